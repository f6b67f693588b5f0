package org.landausweep.core.diagnostics;

/**
 * The bounds of Theorem 1 for a datum with largest second-moment eigenvalue λmax (MATH.md §2).
 *
 * @param d         velocity dimension
 * @param lambdaMax largest eigenvalue of P_in
 */
public record Theorem1(int d, double lambdaMax) {

    /** t0 = max{ (1/(4d)) log(2(λmax - 1)/(d - 1)), 0 }: E is non-increasing after it. */
    public double t0() {
        double arg = 2 * (lambdaMax - 1) / (d - 1);
        return arg <= 1 ? 0 : Math.log(arg) / (4.0 * d);
    }

    /** c0 = exp((λmax - 1)/d), the constant of E(t) <= c0 e^{-2(d-1)t} E(0). */
    public double c0() {
        return Math.exp((lambdaMax - 1) / d);
    }

    /** The bound of the proof: E(0) exp(-2(d-1)t + (λmax - 1)(1 - e^{-4dt})/d). */
    public double bound(double t, double e0) {
        return e0 * Math.exp(-2.0 * (d - 1) * t - (lambdaMax - 1) * Math.expm1(-4.0 * d * t) / d);
    }

    /** The rate of the instantaneous form E'(t) <= -ρ(t) E(t): ρ(t) = 2(d - 1 - 2 e^{-4dt}(λmax - 1)). */
    public double instantaneousRate(double t) {
        return 2 * (d - 1 - 2 * Math.exp(-4.0 * d * t) * (lambdaMax - 1));
    }

    /** The rate 2(d - 1) of the theorem's exponential decay. */
    public double rate() {
        return 2.0 * (d - 1);
    }
}
