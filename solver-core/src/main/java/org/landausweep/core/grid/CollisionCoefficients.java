package org.landausweep.core.grid;

/**
 * The two convolutions of eq. (1) for the grid state f = m (1 + y), y = u/sqrt(m), computed by quadrature
 * over the grid's interior corners c (weight Δ^d), with a(z) = |z|^2 K(z) = |z|^2 Id - z⊗z:
 * <pre>
 *   A(v) = Σ_c a(v - v_c) f_c Δ^d,        f_c = m(v_c) (1 + ȳ_c)        (the matrix A[f] of Proposition 1)
 *   B(v) = Σ_c a(v - v_c) G_c Δ^d,        G_c = m(v_c) (Dy)_c            (∫ a(v-w) m∇h(w) dw = ∫ a(v-w) (∇f + w f)(w) dw)
 * </pre>
 * with ȳ_c and (Dy)_c the corner average and gradient of {@link VelocityGrid#cornerGradient}. Nothing is
 * taken from Proposition 1: because a is a quadratic polynomial the sums reduce exactly (to rounding) to
 * discrete moments of the current grid function,
 * <pre>
 *   A(v)   = N0 (|v|^2 Id - v⊗v) - 2 (v·N1) Id + v⊗N1 + N1⊗v + tr(N2) Id - N2,
 *   B_k(v) = |v|^2 Γ0_k - 2 Σ_j v_j Γ1_jk + S_k - v_k (v·Γ0) + v_k tr Γ1 + Σ_l v_l Γ1_kl - T_k,
 * </pre>
 * N0 = Σ f_c Δ^d, N1 = Σ v_c f_c Δ^d, N2 = Σ v_c⊗v_c f_c Δ^d, Γ0 = Σ G_c Δ^d, Γ1_jl = Σ (v_c)_j (G_c)_l Δ^d,
 * S_k = Σ |v_c|^2 (G_c)_k Δ^d, T_k = Σ (v_c)_k (v_c·G_c) Δ^d: O(corners) work instead of O(corners^2).
 * The quadrature is spectrally accurate for the corner values; the corner average ȳ_c makes A second
 * order in Δ overall (tested against Proposition 1).
 */
final class CollisionCoefficients {
    private final VelocityGrid grid;
    private final int d;
    private double n0;
    private final double[] n1;
    private final double[] n2;
    private final double[] g0;
    private final double[] g1;
    private final double[] s;
    private final double[] t;
    private final double[][] all;
    /** Workspace: y = u/sqrt(m) (padded) and one corner gradient. */
    private final double[] y;
    private final double[] grad;

    CollisionCoefficients(VelocityGrid grid) {
        this.grid = grid;
        this.d = grid.d;
        n1 = new double[d];
        n2 = new double[d * d];
        g0 = new double[d];
        g1 = new double[d * d];
        s = new double[d];
        t = new double[d];
        all = new double[][] {n1, n2, g0, g1, s, t};
        y = new double[grid.paddedLength];
        grad = new double[d];
    }

    /** Recomputes the moments from the grid state u = (f - m)/sqrt(m) (a padded cell vector); returns this. */
    CollisionCoefficients update(double[] u) {
        for (int p : grid.cells) {
            y[p] = u[p] * grid.invSqrtM[p];
        }
        n0 = 0;
        for (double[] a : all) {
            java.util.Arrays.fill(a, 0);
        }
        for (int q = 0; q < grid.cornerCount(); q++) {
            double mass = grid.cornerM[q];
            double f = mass * (1 + grid.cornerGradient(y, q, grad));
            int at = q * d;
            double v2 = 0;
            double vg = 0;
            for (int k = 0; k < d; k++) {
                double vk = grid.cornerV[at + k];
                grad[k] *= mass;
                v2 += vk * vk;
                vg += vk * grad[k];
            }
            n0 += f;
            for (int j = 0; j < d; j++) {
                double vj = grid.cornerV[at + j];
                n1[j] += vj * f;
                g0[j] += grad[j];
                s[j] += v2 * grad[j];
                t[j] += vj * vg;
                for (int l = 0; l < d; l++) {
                    n2[j * d + l] += vj * grid.cornerV[at + l] * f;
                    g1[j * d + l] += vj * grad[l];
                }
            }
        }
        n0 *= grid.volume;
        for (double[] a : all) {
            for (int i = 0; i < a.length; i++) {
                a[i] *= grid.volume;
            }
        }
        return this;
    }

    /** A(v) into out[0 .. d^2) (row-major), v read from v[at .. at+d). */
    void matrixA(double[] v, int at, double[] out) {
        double v2 = 0;
        double vn1 = 0;
        double trace = 0;
        for (int k = 0; k < d; k++) {
            v2 += v[at + k] * v[at + k];
            vn1 += v[at + k] * n1[k];
            trace += n2[k * d + k];
        }
        double diagonal = n0 * v2 - 2 * vn1 + trace;
        for (int k = 0; k < d; k++) {
            double vk = v[at + k];
            for (int l = 0; l < d; l++) {
                double vl = v[at + l];
                out[k * d + l] = (k == l ? diagonal : 0) - n0 * vk * vl + vk * n1[l] + n1[k] * vl - n2[k * d + l];
            }
        }
    }

    /** B(v) into out[0 .. d), v read from v[at .. at+d). */
    void vectorB(double[] v, int at, double[] out) {
        double v2 = 0;
        double vg0 = 0;
        double traceG1 = 0;
        for (int k = 0; k < d; k++) {
            v2 += v[at + k] * v[at + k];
            vg0 += v[at + k] * g0[k];
            traceG1 += g1[k * d + k];
        }
        for (int k = 0; k < d; k++) {
            double vk = v[at + k];
            double sum = v2 * g0[k] + s[k] - vk * vg0 + vk * traceG1 - t[k];
            for (int j = 0; j < d; j++) {
                sum += -2 * v[at + j] * g1[j * d + k] + v[at + j] * g1[k * d + j];
            }
            out[k] = sum;
        }
    }
}
