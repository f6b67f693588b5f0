package org.landausweep.core.certify;

import java.util.ArrayList;
import java.util.List;
import org.landausweep.core.data.InitialDatum;

/**
 * The first piece [0, t1] of a degree-N certificate solved again at a higher degree N' > N by the Krylov engine
 * (docs/CERTIFICATION.md §3c), to bound the tail Q(t) = E(t) - E_N(t) of the exact degree-N solve there.
 *
 * <p>Q = Σ_{N<n<=N'} r_n^2 + Q_{N'}: the band N+1..N' is read from the degree-N' Krylov vector (exact truncation: the
 * degrees <= N' solve a closed system), within its error estimate δ(t) of the whole vector, and the tail above N' is
 * bounded by (3.1) at γ_{N'} from y_{N'}(0)^2 = E(0) - E_{N'}(0) ({@link TailEnclosure} on [0, t1] over the Krylov
 * solution). So for t in [0, t1]
 * <pre>
 *   max(0, ||band|| - δ)^2 <= Q(t) <= (||band|| + δ)^2 + Q_up^{N'}(t),
 * </pre>
 * and the degree-N bound of §3-§4 restarts from the right side at t1 (and at the grid points before it). The Krylov
 * part is floating-point level with its stated safety factor (§9).
 */
final class EarlyPiece {
    /** Largest N' in d = 2 and in d >= 3 (the degrees). */
    private static final int TOP_2D = 600;
    private static final int TOP_3D = 200;
    /** Doubles held per coefficient by the Krylov engine: 31 Arnoldi vectors, the state, its start and two work vectors. */
    private static final int VECTORS = 35;
    /** Share of the JVM's heap one piece may take (two tasks may hold one each). */
    private static final double HEAP_SHARE = 0.25;

    private final KrylovSolution band;
    private final TailEnclosure far;
    private final int degree;
    private final double end;
    private final double scale;

    private EarlyPiece(KrylovSolution band, TailEnclosure far, int degree, double end, double scale) {
        this.band = band;
        this.far = far;
        this.degree = degree;
        this.end = end;
        this.scale = scale;
    }

    /**
     * The blocks a_0(0), ..., a_{N'}(0) of the early piece and y_{N'}(0)^2 >= E(0) - E_{N'}(0).
     *
     * @param coefficients a_n(0), n = 0..N'
     * @param tail0        y_{N'}(0)^2 of {@link InitialTail}
     */
    record Band(List<double[]> coefficients, double tail0) {
        int top() {
            return coefficients.size() - 1;
        }
    }

    /**
     * The band of a solve at degree N: N' the smallest degree >= 2N with E(0) - E_{N'}(0) <= {@code target}, at most 600 in
     * d = 2 and 200 in d >= 3; null when that is not above N. N' depends on the datum only, never on the heap, so that the
     * certificate is the same on every JVM.
     *
     * @param datum   the datum in the frame where P_in = diag(1 + q)
     * @param degree  N
     * @param topCap  a further cap on N'
     * @param e0Upper an upper bound of E(0)
     * @param target  the initial tail above N' aimed at
     * @throws IllegalStateException when the Krylov engine's vectors at N' need more than a quarter of this JVM's heap; the
     *                               message names the -Xmx that would do
     */
    static Band band(InitialDatum datum, int degree, int topCap, double e0Upper, double target) {
        return band(datum, degree, topCap, e0Upper, target, Runtime.getRuntime().maxMemory());
    }

    /** {@link #band} for a heap of {@code heapBytes}. */
    static Band band(InitialDatum datum, int degree, int topCap, double e0Upper, double target, long heapBytes) {
        int d = datum.d();
        int cap = Math.min(topCap, d == 2 ? TOP_2D : TOP_3D);
        if (cap <= degree) {
            return null;
        }
        InitialDatum.CoefficientStream stream = datum.coefficients();
        List<double[]> coefficients = new ArrayList<>();
        double energy = 0;
        while (coefficients.size() <= Math.min(cap, 2 * degree) || coefficients.size() <= cap && e0Upper - energy > target) {
            double[] a = stream.next();
            for (int k = 0; !coefficients.isEmpty() && k < a.length; k++) {
                energy += a[k] * a[k];
            }
            coefficients.add(a);
        }
        int top = coefficients.size() - 1;
        double bytes = (8.0 * VECTORS + HermiteGenerator.bytesPerCoefficient(d)) * binomial(top + d, d);
        if (bytes > HEAP_SHARE * heapBytes) {
            throw new IllegalStateException(String.format(java.util.Locale.ROOT, "the early piece at N' = %d (d = %d) needs %.0f MB of"
                    + " Krylov vectors, more than a quarter of this JVM's heap (%d MB): run with -Xmx%dm or more, or without the early piece",
                    top, d, bytes / 1e6, heapBytes >> 20, (long) Math.ceil(bytes / HEAP_SHARE / (1 << 20))));
        }
        return new Band(coefficients, InitialTail.squared(e0Upper, energy, top));
    }

    /**
     * @param band    the blocks up to N' and the initial tail above N' ({@link #band})
     * @param q       λ_i^in - 1
     * @param degree  N, the degree of the exact solve
     * @param end     t1 > 0
     * @param e0Upper an upper bound of E(0)
     * @param maxCell the largest cell of the degree-N' tail grid
     * @param scale   multiplies the upper bound, hence the restart energy y(t1)^2 (1; smaller only in its mutation test)
     */
    static EarlyPiece of(Band band, double[] q, int degree, double end, double e0Upper, double maxCell, double scale) {
        KrylovSolution solution = new KrylovSolution(q.length, band.coefficients(), q);
        TailEnclosure far = TailEnclosure.build(TailRates.of(q.length, band.top(), q), solution, band.tail0(), e0Upper, end, maxCell,
                Double.POSITIVE_INFINITY, 1, 1, new double[0], null, null);
        return new EarlyPiece(solution, far, degree, end, scale);
    }

    /** C(n, d): the number of coefficients of degrees 0..n - d in d variables. */
    private static double binomial(int n, int d) {
        double c = 1;
        for (int k = 1; k <= d; k++) {
            c = c * (n - d + k) / k;
        }
        return c;
    }

    /** t1: the bounds below hold on [0, t1]. */
    double end() {
        return end;
    }

    /** N'. */
    int top() {
        return band.degree();
    }

    /** (||band(t)|| + δ(t))^2 + Q_up^{N'}(t) >= Q(t) = E(t) - E_N(t), for t in [0, t1] (times the mutation's scale). */
    double upper(double t) {
        double b = bandNorm(t) + band.coefficientError(t);
        return scale * (b * b + far.upper(t));
    }

    /** max(0, ||band(t)|| - δ(t))^2 <= Q(t), for t in [0, t1]: the degrees above N' can only add to the norm. */
    double lower(double t) {
        double b = Math.max(0, bandNorm(t) - band.coefficientError(t));
        return b * b;
    }

    /** sqrt(Σ_{N<n<=N'} r_n(t)^2) of the computed degree-N' vector. */
    private double bandNorm(double t) {
        double s = 0;
        for (int n = degree + 1; n <= band.degree(); n++) {
            double r = band.degreeNorm(n, t);
            s += r * r;
        }
        return Math.sqrt(s);
    }
}
