package org.landausweep.core.certify;

import java.util.List;
import java.util.TreeMap;

/**
 * {@link TruncatedSolution} at high degree by piecewise Krylov propagation ({@link KrylovPropagator}), for
 * degrees beyond the exponential-sum solver. It moves forward in time; every time it visits is kept (E_N,
 * E_N' = 2 Σ_{n>=1} a_n·(M(t)a)_n, all r_n and the error estimate), and a query before the current time
 * restarts from t = 0. Callers should query in increasing time. Not thread-safe.
 */
final class KrylovSolution implements TruncatedSolution {
    private static final int KRYLOV_DIMENSION = 30;
    /** Requested accuracy of one step, relative to sqrt(E_N). */
    private static final double STEP_ACCURACY = 1e-11;

    private final int d;
    private final int degree;
    private final HermiteGenerator generator;
    private final KrylovPropagator propagator;
    private final double[] initial;
    private final double[] a;
    private final double[] work;
    private final double amplification;
    private final TreeMap<Double, Snapshot> visited = new TreeMap<>();
    private double time;
    private double error;

    /** What is kept at a visited time. */
    private record Snapshot(double e, double de, double[] norms, double error) {
    }

    KrylovSolution(int d, List<double[]> coefficients, double[] q) {
        this.d = d;
        this.degree = coefficients.size() - 1;
        this.generator = new HermiteGenerator(d, degree, q);
        this.propagator = new KrylovPropagator(generator, d, KRYLOV_DIMENSION);
        this.initial = new double[generator.size()];
        for (int n = 0; n <= degree; n++) {
            System.arraycopy(coefficients.get(n), 0, initial, generator.offset(n), coefficients.get(n).length);
        }
        this.a = initial.clone();
        this.work = new double[generator.size()];
        this.amplification = TailRates.of(d, degree, q).flowAmplification();
    }

    @Override
    public int degree() {
        return degree;
    }

    @Override
    public double degreeNorm(int n, double t) {
        return at(t).norms[n];
    }

    @Override
    public void evaluate(double t, double[] out) {
        Snapshot s = at(t);
        out[0] = s.e;
        out[1] = s.de;
    }

    /** The accumulated Krylov error estimate ||a - a_computed|| at t (safety factor and flow amplification included). */
    @Override
    public double coefficientError(double t) {
        return at(t).error;
    }

    private Snapshot at(double t) {
        Snapshot s = visited.get(t);
        if (s != null) {
            return s;
        }
        if (t < time) {
            System.arraycopy(initial, 0, a, 0, a.length);
            time = 0;
            error = 0;
        }
        double maxStep = KrylovSolve.maxStep(d, degree);
        while (time < t) {
            double accuracy = STEP_ACCURACY * Math.sqrt(Math.max(energy(), 1e-300));
            KrylovPropagator.Step step = propagator.advance(a, time, Math.min(maxStep, t - time), accuracy);
            time = step.advanced() >= t - time ? t : time + step.advanced();
            error += amplification * step.errorEstimate();
        }
        double[] norms = new double[degree + 1];
        for (int n = 0; n <= degree; n++) {
            double sum = 0;
            for (int r = generator.offset(n); r < generator.offset(n + 1); r++) {
                sum += a[r] * a[r];
            }
            norms[n] = Math.sqrt(sum);
        }
        generator.apply(Math.exp(-4.0 * d * t), false, a, work, 1);
        double de = 0;
        for (int r = generator.offset(1); r < a.length; r++) {
            de += 2 * a[r] * work[r];
        }
        s = new Snapshot(energy(), de, norms, error);
        visited.put(t, s);
        return s;
    }

    private double energy() {
        double sum = 0;
        for (int r = generator.offset(1); r < a.length; r++) {
            sum += a[r] * a[r];
        }
        return sum;
    }
}
