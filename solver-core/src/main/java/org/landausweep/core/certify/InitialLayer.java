package org.landausweep.core.certify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.landausweep.core.data.InitialDatum;
import org.landausweep.core.evolution.ModalExpansion;

/**
 * The initial tail of a degree-N solve split at a higher degree N' > N (docs/CERTIFICATION.md §3a):
 * u(0) = Π_{>N} h(0) = u_mid + u_far, u_mid the degrees N+1..N' (exact, from the datum's coefficients) and
 * u_far the degrees above N'.
 *
 * <ul>
 *   <li>v(t) = e^{t M0} u_mid, the band under M0 alone: ||v_n(t)|| is exact (M0 is symmetric and block
 *       diagonal by degree, so each eigenmode decays by its own e^{μ t}, μ = -(d-1)n - l(l+d-2)), and
 *       non-increasing in t;</li>
 *   <li>the far part evolves inside the degrees > N' (an invariant subspace), so its norm is at most
 *       e^{-Γ_{N'}(t)} y_{N'}(0), y_{N'}(0)^2 = E(0) - E_{N'}(0);</li>
 *   <li>the coupling that v misses, e^{-4dt} M1 v, lies in degrees N+3..N'+2 with norm at most
 *       e^{-4dt} sqrt(Σ_n c_{n+2}^2 ||v_n(t)||^2), the {@link #leak} (also non-increasing).</li>
 * </ul>
 */
final class InitialLayer {
    private final ModalExpansion free;
    private final int degree;
    private final int top;
    private final TailRates farRates;
    private final double farTail0;
    /** {@link #sums} by t, once computed. Not thread-safe, like the solution it accompanies. */
    private final Map<Double, double[]> known = new HashMap<>();

    private InitialLayer(ModalExpansion free, int degree, int top, TailRates farRates, double farTail0) {
        this.free = free;
        this.degree = degree;
        this.top = top;
        this.farRates = farRates;
        this.farTail0 = farTail0;
    }

    /**
     * @param datum   the datum in the frame where P_in = diag(1 + q)
     * @param q       λ_i^in - 1
     * @param degree  N, the degree of the solve
     * @param top     N' > N
     * @param e0Upper an upper bound of E(0)
     */
    static InitialLayer of(InitialDatum datum, double[] q, int degree, int top, double e0Upper) {
        int d = datum.d();
        InitialDatum.CoefficientStream stream = datum.coefficients();
        List<double[]> band = new ArrayList<>(top + 1);
        double energy = 0;
        for (int n = 0; n <= top; n++) {
            double[] a = stream.next();
            for (int k = 0; n > 0 && k < a.length; k++) {
                energy += a[k] * a[k];
            }
            // degrees <= N belong to the solve: zero here, so the expansion below holds the band only
            band.add(n <= degree ? new double[a.length] : a);
        }
        double farTail0 = InitialTail.squared(e0Upper, energy, top);
        ModalExpansion free = ModalExpansion.build(d, band, new double[d], Math.max(energy, 1e-300));
        return new InitialLayer(free, degree, top, TailRates.of(d, top, q), farTail0);
    }

    /** Degrees of the band above N in d >= 3 (see {@link #topFor}). */
    private static final int BAND_3D = 8;

    /**
     * The N' used for a solve at degree N: 2N (at most 600) in d = 2, where the blocks of M0 are small (n/4 rows); N + 8 in
     * d >= 3, where the blocks grow like n^{d-1} and their eigenbases, cached per JVM, cost like n^{3(d-1)}: in d = 3 the
     * cache from degree 64 to 72 took as long as the cache up to 64 (BENCHMARKS.md), to 80 twice as long again.
     */
    static int topFor(int d, int degree) {
        return d == 2 ? Math.max(degree + 1, Math.min(600, 2 * degree)) : degree + BAND_3D;
    }

    /** ||v(t)||^2 = Σ_{N<n<=N'} ||v_n(t)||^2 + an upper bound of the far part's norm squared: a bound of ||v(t) + far(t)||^2 (orthogonal degrees). */
    double bandAndFarSquared(double t) {
        double far = Math.sqrt(farTail0) * Math.exp(-farRates.gammaIntegral(t));
        return sums(t)[0] + far * far;
    }

    /** ||v(t)|| = sqrt(Σ_{N<n<=N'} ||v_n(t)||^2), exact up to rounding and the pruning of negligible modes (which lowers it). */
    double bandNorm(double t) {
        return Math.sqrt(sums(t)[0]);
    }

    /** sqrt(Σ_{N<n<=N'} c_{n+2}^2 ||v_n(t)||^2) >= ||M1 v(t)||, non-increasing in t. */
    double leak(double t) {
        return Math.sqrt(sums(t)[1]);
    }

    /**
     * Computes {@link #sums} ahead at each of {@code times}, the band's degree norms of all of them in one
     * {@link ModalExpansion#degreeNorms} call: the same values as one time after the other.
     */
    void ahead(double[] times) {
        double[] missing = Arrays.stream(times).filter(t -> !known.containsKey(t)).distinct().toArray();
        double[][] r = free.degreeNorms(IntStream.rangeClosed(degree + 1, top).toArray(), missing);
        for (int k = 0; k < missing.length; k++) {
            double[] norms = new double[top - degree];
            for (int i = 0; i < norms.length; i++) {
                norms[i] = r[i][k];
            }
            known.put(missing[k], sums(norms));
        }
    }

    /** {Σ ||v_n(t)||^2, Σ c_{n+2}^2 ||v_n(t)||^2}, kept per t (the grid, the decisions and the derivative bound ask each t in turn). */
    private double[] sums(double t) {
        return known.computeIfAbsent(t, s -> {
            double[] norms = new double[top - degree];
            for (int i = 0; i < norms.length; i++) {
                norms[i] = free.degreeNorm(degree + 1 + i, s);
            }
            return sums(norms);
        });
    }

    /** The two sums from ||v_n(t)||, n = N+1..N'. */
    private double[] sums(double[] norms) {
        double band = 0;
        double leak = 0;
        for (int i = 0; i < norms.length; i++) {
            double r = norms[i];
            double c = farRates.coupling(degree + 1 + i + 2);
            band += r * r;
            leak += c * c * r * r;
        }
        return new double[] {band, leak};
    }
}
