package org.landausweep.core.certify;

/**
 * Exact-in-time propagation of the truncated hierarchy to high degree, O(nnz) memory (docs/CERTIFICATION.md §9).
 * On a piece [t_k, t_k + s] the substitution b_n(σ) = e^{2dnσ} a_n(t_k + σ) makes the system autonomous,
 * db/dσ = B_k b with B_k = M0 + 2d diag(n) + e^{-4d t_k} M1 (the coupling from degree n - 2 picks up
 * e^{2dnσ} e^{-2d(n-2)σ} e^{-4dσ} = 1), so a(t_k + s) = e^{-2dns} exp(s B_k) a(t_k). exp(s B_k) b is applied
 * by Arnoldi with m vectors; s is halved until Saad's a-posteriori estimate
 * β h_{m+1,m} |e_m^T s φ_1(sH_m) e_1| times {@value #SAFETY} is below the requested absolute accuracy.
 * The estimate is not a proof: the propagation error is floating-point level, stated as such.
 */
final class KrylovPropagator {
    /** Safety factor on the a-posteriori Krylov error estimate. */
    static final double SAFETY = 10;
    /** The error estimate is checked every this many Arnoldi vectors. */
    private static final int EARLY_CHECK = 4;

    private final HermiteGenerator generator;
    private final int d;
    private final int m;
    private final double[][] basis;
    private final double[] work;

    KrylovPropagator(HermiteGenerator generator, int d, int krylovDimension) {
        this.generator = generator;
        this.d = d;
        this.m = krylovDimension;
        this.basis = new double[m + 1][generator.size()];
        this.work = new double[generator.size()];
    }

    /** The result of one step: the time actually advanced and the (safety-scaled) error estimate in the b-norm. */
    record Step(double advanced, double errorEstimate) {
    }

    /**
     * Advances a (coefficients at time t, degrees 0..N) in place by at most {@code maxStep}, with error estimate at most
     * {@code accuracy} (absolute, Euclidean norm of b).
     */
    Step advance(double[] a, double t, double maxStep, double accuracy) {
        double c = Math.exp(-4.0 * d * t);
        int size = generator.size();
        double beta = norm(a);
        if (beta == 0) {
            return new Step(maxStep, 0);
        }
        for (int i = 0; i < size; i++) {
            basis[0][i] = a[i] / beta;
        }
        double[][] h = new double[m + 1][m];
        int dim = m;
        double[] coeff = null;
        double error = 0;
        double s = maxStep;
        for (int j = 0; j < m; j++) {
            generator.apply(c, true, basis[j], work, 0);
            double next = orthogonalize(j, h);
            h[j + 1][j] = next;
            if (next < 1e-14 * Math.abs(h[j][j]) + 1e-300) {
                dim = j + 1; // invariant subspace: the Krylov solution is exact
                coeff = null;
                break;
            }
            double[] v = basis[j + 1];
            for (int r = 0; r < size; r++) {
                v[r] = work[r] / next;
            }
            // stop early once the requested step is accurate (short steps need few vectors)
            if ((j + 1) % EARLY_CHECK == 0 && j + 1 < m) {
                double[] trial = new double[j + 2];
                double estimate = solveSmall(h, j + 1, s, beta, trial);
                if (estimate <= accuracy) {
                    dim = j + 1;
                    coeff = trial;
                    error = estimate;
                    break;
                }
            }
        }
        if (coeff == null) {
            while (true) {
                coeff = new double[dim + 1];
                error = solveSmall(h, dim, s, beta, coeff);
                if (dim < m && h[dim][dim - 1] < 1e-14 * Math.abs(h[dim - 1][dim - 1]) + 1e-300) {
                    error = 0;
                }
                if (error <= accuracy || s < 1e-12) {
                    break;
                }
                s *= 0.5;
            }
        }
        java.util.Arrays.fill(a, 0);
        for (int j = 0; j < dim; j++) {
            double w = beta * coeff[j];
            double[] v = basis[j];
            for (int r = 0; r < size; r++) {
                a[r] += w * v[r];
            }
        }
        for (int n = 0; n <= generator.top(); n++) {
            double back = Math.exp(-2.0 * d * n * s);
            for (int r = generator.offset(n); r < generator.offset(n + 1); r++) {
                a[r] *= back;
            }
        }
        return new Step(s, error);
    }

    /**
     * Modified Gram-Schmidt of {@code work} against basis[0..j], h[i][j] = v_i·w as it goes, returning ||w|| after. Each pass
     * subtracts one projection and takes the next dot product (and, after the last, the norm) on the same read of w: the
     * same operations in the same order as one pass for each, so the same numbers with half the memory traffic.
     */
    private double orthogonalize(int j, double[][] h) {
        int size = work.length;
        double dot = 0;
        double[] first = basis[0];
        for (int r = 0; r < size; r++) {
            dot += first[r] * work[r];
        }
        for (int i = 0; i <= j; i++) {
            h[i][j] = dot;
            double[] v = basis[i];
            double[] u = i < j ? basis[i + 1] : work; // after the last projection: u·w = ||w||^2
            double following = 0;
            for (int r = 0; r < size; r++) {
                double w = work[r] - dot * v[r];
                work[r] = w;
                following += u[r] * w;
            }
            dot = following;
        }
        return Math.sqrt(dot);
    }

    /**
     * exp(sH) e_1 of the dim-dimensional Arnoldi matrix into coeff[0..dim-1]; returns the safety-scaled estimate
     * β h_{dim+1,dim} |e_dim^T s φ_1(sH) e_1| (from exp([[sH, s e_1], [0, 0]])).
     */
    private static double solveSmall(double[][] h, int dim, double s, double beta, double[] coeff) {
        double[][] aug = new double[dim + 1][dim + 1];
        for (int i = 0; i < dim; i++) {
            for (int j = 0; j < dim; j++) {
                aug[i][j] = s * h[i][j];
            }
        }
        aug[0][dim] = s;
        double[][] e = SmallExp.exp(aug);
        for (int i = 0; i < dim; i++) {
            coeff[i] = e[i][0];
        }
        return SAFETY * beta * h[dim][dim - 1] * Math.abs(e[dim - 1][dim]);
    }

    private static double norm(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v * v;
        }
        return Math.sqrt(s);
    }
}
