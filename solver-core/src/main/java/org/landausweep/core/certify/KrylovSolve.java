package org.landausweep.core.certify;

import org.landausweep.core.data.InitialDatum;

/**
 * The truncated hierarchy at degree N propagated by {@link KrylovPropagator} from t = 0 through given times
 * (the high-degree engine; not yet wired into {@link CertifiedSolver}): E_N and the top degree norms at those
 * times, and the accumulated Krylov error estimate.
 *
 * @param times      the times reached
 * @param energy     E_N at the times
 * @param topNorm    r_N at the times
 * @param errorBound Σ of the step error estimates (safety factor included), a bound of ||a - a_computed|| to the
 *                   estimate's level: the exact flow amplifies errors by at most exp(Σ_{q_i<0}(-q_i)/(4d)) (§2)
 * @param steps      number of Krylov steps
 * @param e0Hermite  E_N(0) from the coefficients
 */
record KrylovSolve(double[] times, double[] energy, double[] topNorm, double errorBound, int steps, double e0Hermite) {

    /** Largest step, as in MATH.md §6: exp(sB) grows like e^{(d+1)Ns}. */
    static double maxStep(int d, int n) {
        return 40.0 / ((d + 1.0) * n);
    }

    static KrylovSolve run(InitialDatum datum, int degree, double[] times, int krylovDimension, double relativeAccuracy) {
        PrincipalFrame frame = PrincipalFrame.of(datum);
        int d = datum.d();
        HermiteGenerator generator = new HermiteGenerator(d, degree, frame.q());
        double[] a = new double[generator.size()];
        InitialDatum.CoefficientStream stream = frame.datum().coefficients();
        for (int n = 0; n <= degree; n++) {
            double[] block = stream.next();
            System.arraycopy(block, 0, a, generator.offset(n), block.length);
        }
        double e0 = energy(a, generator);
        KrylovPropagator propagator = new KrylovPropagator(generator, d, krylovDimension);
        double[] energy = new double[times.length];
        double[] top = new double[times.length];
        double t = 0;
        double error = 0;
        int steps = 0;
        double amplification = 0;
        for (double x : frame.q()) {
            amplification += x < 0 ? -x : 0;
        }
        amplification = Math.exp(amplification / (4.0 * d));
        for (int k = 0; k < times.length; k++) {
            while (t < times[k]) {
                double accuracy = relativeAccuracy * Math.sqrt(energy(a, generator));
                KrylovPropagator.Step step = propagator.advance(a, t, Math.min(maxStep(d, degree), times[k] - t), accuracy);
                t = step.advanced() >= times[k] - t ? times[k] : t + step.advanced();
                error += amplification * step.errorEstimate();
                steps++;
            }
            energy[k] = energy(a, generator);
            double s = 0;
            for (int r = generator.offset(degree); r < generator.offset(degree + 1); r++) {
                s += a[r] * a[r];
            }
            top[k] = Math.sqrt(s);
        }
        return new KrylovSolve(times.clone(), energy, top, error, steps, e0);
    }

    private static double energy(double[] a, HermiteGenerator generator) {
        double s = 0;
        for (int r = generator.offset(1); r < generator.size(); r++) {
            s += a[r] * a[r];
        }
        return s;
    }
}
