package org.landausweep.core.grid;

/**
 * Right-preconditioned BiCGSTAB (van der Vorst 1992) on padded cell vectors: the stage matrices are not
 * symmetric (the B term), so conjugate gradients do not apply. Work vectors are allocated once; ghost
 * entries stay zero because every vector is a linear combination of vectors whose ghosts are zero.
 */
final class BiCgStab {
    private final double[] r;
    private final double[] rHat;
    private final double[] p;
    private final double[] v;
    private final double[] y;
    private final double[] s;
    private final double[] z;
    private final double[] t;
    private final int maxIterations;

    BiCgStab(int length, int maxIterations) {
        r = new double[length];
        rHat = new double[length];
        p = new double[length];
        v = new double[length];
        y = new double[length];
        s = new double[length];
        z = new double[length];
        t = new double[length];
        this.maxIterations = maxIterations;
    }

    /**
     * Solves M x = b to ||b - M x|| <= tol ||b|| (true residual, 2-norm), starting from x.
     *
     * @return the number of iterations; 0 when the starting x already meets the tolerance
     * @throws IllegalStateException when it does not converge within the iteration limit
     */
    int solve(LinearSystem system, double[] b, double[] x, double tol) {
        double target = tol * norm(b);
        if (target == 0) {
            java.util.Arrays.fill(x, 0);
            return 0;
        }
        int iterations = 0;
        while (residual(system, b, x) > target) {
            // a restart from the true residual: also how rounding drift of the recursive residual is corrected
            iterations = iterate(system, x, target, iterations);
        }
        return iterations;
    }

    /** ||b - M x|| / ||b|| (0 when b = 0 and x = 0). */
    double relativeResidual(LinearSystem system, double[] b, double[] x) {
        double scale = norm(b);
        double residual = residual(system, b, x);
        return scale == 0 ? residual : residual / scale;
    }

    /** r = b - M x; returns ||r||. */
    private double residual(LinearSystem system, double[] b, double[] x) {
        system.multiply(x, r);
        for (int i = 0; i < r.length; i++) {
            r[i] = b[i] - r[i];
        }
        return norm(r);
    }

    private int iterate(LinearSystem system, double[] x, double target, int done) {
        System.arraycopy(r, 0, rHat, 0, r.length);
        java.util.Arrays.fill(p, 0);
        java.util.Arrays.fill(v, 0);
        double rho = 1;
        double alpha = 1;
        double omega = 1;
        for (int it = done + 1; it <= maxIterations; it++) {
            double rhoNew = dot(rHat, r);
            if (rhoNew == 0) {
                return it; // breakdown: restart from the true residual
            }
            double beta = rhoNew / rho * (alpha / omega);
            for (int i = 0; i < p.length; i++) {
                p[i] = r[i] + beta * (p[i] - omega * v[i]);
            }
            system.precondition(p, y);
            system.multiply(y, v);
            alpha = rhoNew / dot(rHat, v);
            for (int i = 0; i < s.length; i++) {
                s[i] = r[i] - alpha * v[i];
            }
            if (norm(s) <= target) {
                axpy(alpha, y, x);
                return it;
            }
            system.precondition(s, z);
            system.multiply(z, t);
            omega = dot(t, s) / dot(t, t);
            for (int i = 0; i < x.length; i++) {
                x[i] += alpha * y[i] + omega * z[i];
                r[i] = s[i] - omega * t[i];
            }
            if (norm(r) <= target || omega == 0) {
                return it;
            }
            rho = rhoNew;
        }
        throw new IllegalStateException("BiCGSTAB did not reach the tolerance in " + maxIterations + " iterations");
    }

    private static void axpy(double alpha, double[] a, double[] out) {
        for (int i = 0; i < out.length; i++) {
            out[i] += alpha * a[i];
        }
    }

    static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }
}
