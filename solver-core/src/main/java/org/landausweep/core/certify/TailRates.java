package org.landausweep.core.certify;

/**
 * The rates of the tail inequality (docs/CERTIFICATION.md §2-§3) for a datum with P_in = diag(1 + q_i)
 * truncated at degree N. With ε(t) = e^{-4dt} max_i |q_i| and S(t) = e^{-4dt} Σ_{q_i<0} (-q_i), every
 * function u with Hermite degrees > N satisfies
 * <u, L(t) u> <= -(d - 1 - ε(t)) ||∇u||^2 + S(t) ||u||^2 <= -γ_N(t) ||u||^2,
 * γ_N(t) = (d - 1 - ε(t))(N + 1) - S(t), and every u of mean zero satisfies it with N + 1 replaced by 1
 * (rate ρ(t) = d - 1 - ε(t) - S(t) of the a priori bound E' <= -2ρE).
 *
 * @param d      dimension
 * @param degree truncation degree N
 * @param eps0   max_i |λ_i^in - 1|
 * @param s0     Σ_{λ_i^in < 1} (1 - λ_i^in)
 * @param q2     Σ_i (λ_i^in - 1)^2, for the bound {@link #coupling} of ||C_n||
 */
record TailRates(int d, int degree, double eps0, double s0, double q2) {

    static TailRates of(int d, int degree, double[] q) {
        double eps0 = 0;
        double s0 = 0;
        double q2 = 0;
        for (double x : q) {
            eps0 = Math.max(eps0, Math.abs(x));
            s0 += x < 0 ? -x : 0;
            q2 += x * x;
        }
        return new TailRates(d, degree, eps0, s0, q2);
    }

    double decay(double t) {
        return Math.exp(-4.0 * d * t);
    }

    /** γ_N(t) = (d - 1 - ε(t))(N + 1) - S(t), increasing in t. */
    double gamma(double t) {
        double e = decay(t);
        return (d - 1 - eps0 * e) * (degree + 1) - s0 * e;
    }

    /** Γ_N(t) = ∫_0^t γ_N = (d - 1)(N + 1) t + (ε0 (N + 1) + S0) (e^{-4dt} - 1)/(4d). */
    double gammaIntegral(double t) {
        return (d - 1.0) * (degree + 1) * t + (eps0 * (degree + 1) + s0) * Math.expm1(-4.0 * d * t) / (4.0 * d);
    }

    /** ρ(t) = d - 1 - ε(t) - S(t), the a priori rate: E' <= -2ρ(t) E for the whole solution. Increasing in t. */
    double rho(double t) {
        return d - 1 - (eps0 + s0) * decay(t);
    }

    /** ∫_0^t ρ = (d - 1) t + (ε0 + S0)(e^{-4dt} - 1)/(4d). */
    double rhoIntegral(double t) {
        return (d - 1.0) * t + (eps0 + s0) * Math.expm1(-4.0 * d * t) / (4.0 * d);
    }

    /**
     * A = exp(S0/(4d)) >= ||U(t, s)|| for the flow U of the truncated hierarchy, 0 <= s <= t: by (2.3) without the gradient
     * term, d/dt ||a||^2 <= 2 S(t) ||a||^2, and ∫_0^∞ S = S0/(4d) (docs/CERTIFICATION.md §9).
     */
    double flowAmplification() {
        return Math.exp(s0 / (4.0 * d));
    }

    /**
     * c_n >= ||C_n||, where e^{-4dt} C_n maps degree n - 2 to degree n (docs/CERTIFICATION.md §4). C_n = -Σ_i q_i a_i^{†2}
     * (a_i^† the raising operator of coordinate i), and [a_i^2, a_j^{†2}] = 0 for i != j, a_i^2 a_i^{†2} = a_i^{†2} a_i^2 + 4N_i + 2,
     * so for φ of degree m = n - 2: ||C_n φ||^2 = ||C_m^T φ||^2 + Σ_i q_i^2 <φ, (4N_i + 2) φ> <= (||C_m||^2 + 4 ε0^2 m + 2 q2) ||φ||^2.
     * Summed down to ||C_1|| = ||C_0|| = 0: c_n^2 = ε0^2 n(n - 2) + n q2 (n even), ε0^2 (n - 1)^2 + (n - 1) q2 (n odd), about ε0 n
     * (the triangle inequality gave Σ_i|q_i| sqrt(n(n-1)), and Σ_i|q_i| >= 2 ε0 as Σ q_i = 0).
     */
    double coupling(int n) {
        if (n < 2) {
            return 0;
        }
        double k = n % 2 == 0 ? eps0 * eps0 * n * (n - 2.0) + n * q2 : eps0 * eps0 * (n - 1.0) * (n - 1.0) + (n - 1.0) * q2;
        return Math.sqrt(k);
    }
}
