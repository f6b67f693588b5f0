package org.landausweep.core.data;

import java.util.List;

/**
 * E'(0) of a normalized Gaussian mixture in closed form, in any d: an exact reference for the solver's E_N'(0)
 * and its certified bound, and the search's evaluation of the objectives at t = 0 (docs/INITIAL-RATE.md).
 *
 * <p>Derivation. Equation (4) is ∂t f = div J with J = A∇f + (d - 1) v f and A(v) = |v|² Id - v v^T + d Id - P
 * (MATH.md §1). With h = f/m, ∇f = m(∇h - h v), and A v = (d Id - P) v, so J = m [A ∇h + h (P - Id) v]. Since
 * ∫ ∂t f = 0, E' = 2 ∫ h ∂t f = -2 ∫ ∇h · J, and ∫ m h ∇h · (P - Id) v = -½ ∫ h² div(m (P - Id) v) =
 * ½ ∫ m h² v^T (P - Id) v because tr(P - Id) = 0:
 *
 * <pre>
 *   E'(t) = -2 ∫ m ∇h^T A ∇h dv - ∫ m h² v^T (P - Id) v dv.
 * </pre>
 *
 * At t = 0, f = Σ_k w_k N_k: m h² = Σ_{k,l} w_k w_l N_k N_l/m and m ∇h ∇h^T = Σ_{k,l} w_k w_l (N_k N_l/m) g_k g_l^T with
 * g_k(v) = a_k - G_k v ({@link ComponentPairs}). N_k N_l/m = Z_kl N(ν, C), so with x ~ N(0, C) and v = ν + x every term is a
 * Gaussian expectation of a product of at most four affine functions m_i + β_i·x, given by Isserlis' theorem:
 *
 * <pre>
 *   E[Π_{i=1..4} (m_i + β_i·x)] = m1 m2 m3 m4 + Σ_{pairs {a,b}} c_ab Π_{i ∉ {a,b}} m_i + c12 c34 + c13 c24 + c14 c23,
 *   c_ab = β_a^T C β_b;   E[v^T B v] = ν^T B ν + tr(B C).
 * </pre>
 *
 * Exact up to rounding: the terms are O(Z_kl) and cancel to E'(0), so the absolute error is about 1e-15 Σ w_k w_l Z_kl
 * times the polynomial sizes; relative to E'(0) it grows as the datum nears equilibrium (checked against the solver in
 * InitialRateTest).
 */
public final class InitialRate {

    private InitialRate() {
    }

    /** E'(0) of {@code f} (normalized: unit mass, zero mean, second moment d). */
    public static double of(GaussianMixture f) {
        return slope(f, ComponentPairs.of(f));
    }

    /** E'(0)/E(0), both from one set of component pairs (E(0) + 1 = Σ w_k w_l Z_kl). */
    public static double rate(GaussianMixture f) {
        List<ComponentPairs.Pair> pairs = ComponentPairs.of(f);
        return slope(f, pairs) / ComponentPairs.e0(pairs);
    }

    private static double slope(GaussianMixture f, List<ComponentPairs.Pair> pairs) {
        int d = f.d();
        double[][] p = f.secondMoments();
        double sum = 0;
        for (ComponentPairs.Pair pair : pairs) {
            sum += pair.weight() * pair.mass() * (-2 * fluxTerm(pair, p, d) - anisotropyTerm(pair, p, d));
        }
        return sum;
    }

    /** E[g_k^T A g_l] under N(ν, C): |v|² g_k·g_l - (v·g_k)(v·g_l) + g_k^T (d Id - P) g_l, term by term. */
    private static double fluxTerm(ComponentPairs.Pair pair, double[][] p, int d) {
        double[][] c = pair.covariance();
        double[] nu = pair.mean();
        // g_k = α_k + β_k x with α_k = a_k - G_k ν and β_k = -G_k (row i: the i-th component)
        double[] alphaK = affineMean(pair.scoreK(), pair.driftK(), nu);
        double[] alphaL = affineMean(pair.scoreL(), pair.driftL(), nu);
        double[][] betaK = negated(pair.driftK());
        double[][] betaL = negated(pair.driftL());
        double[][] unit = identity(d); // v_j = ν_j + e_j·x
        double q = 0;
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                q += isserlis(c, nu[j], unit[j], nu[j], unit[j], alphaK[i], betaK[i], alphaL[i], betaL[i]);
                q -= isserlis(c, nu[i], unit[i], alphaK[i], betaK[i], nu[j], unit[j], alphaL[j], betaL[j]);
                double dMinusP = (i == j ? d : 0) - p[i][j];
                q += dMinusP * (alphaK[i] * alphaL[j] + form(betaK[i], c, betaL[j]));
            }
        }
        return q;
    }

    /** E[v^T (P - Id) v] under N(ν, C) = ν^T (P - Id) ν + tr((P - Id) C). */
    private static double anisotropyTerm(ComponentPairs.Pair pair, double[][] p, int d) {
        double[][] c = pair.covariance();
        double[] nu = pair.mean();
        double s = 0;
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                s += (p[i][j] - (i == j ? 1 : 0)) * (nu[i] * nu[j] + c[i][j]);
            }
        }
        return s;
    }

    /** E[(m1 + β1·x)(m2 + β2·x)(m3 + β3·x)(m4 + β4·x)] for x ~ N(0, C) (Isserlis). */
    private static double isserlis(double[][] c, double m1, double[] b1, double m2, double[] b2, double m3, double[] b3,
                                   double m4, double[] b4) {
        double c12 = form(b1, c, b2);
        double c13 = form(b1, c, b3);
        double c14 = form(b1, c, b4);
        double c23 = form(b2, c, b3);
        double c24 = form(b2, c, b4);
        double c34 = form(b3, c, b4);
        return m1 * m2 * m3 * m4 + m1 * m2 * c34 + m1 * m3 * c24 + m1 * m4 * c23 + m2 * m3 * c14 + m2 * m4 * c13 + m3 * m4 * c12
                + c12 * c34 + c13 * c24 + c14 * c23;
    }

    /** a^T C b. */
    private static double form(double[] a, double[][] c, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++) {
                s += a[i] * c[i][j] * b[j];
            }
        }
        return s;
    }

    private static double[] affineMean(double[] score, double[][] drift, double[] nu) {
        double[] alpha = score.clone();
        for (int i = 0; i < alpha.length; i++) {
            for (int j = 0; j < nu.length; j++) {
                alpha[i] -= drift[i][j] * nu[j];
            }
        }
        return alpha;
    }

    private static double[][] negated(double[][] a) {
        double[][] n = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            n[i] = a[i].clone();
            for (int j = 0; j < n[i].length; j++) {
                n[i][j] = -n[i][j];
            }
        }
        return n;
    }

    private static double[][] identity(int d) {
        double[][] e = new double[d][d];
        for (int i = 0; i < d; i++) {
            e[i][i] = 1;
        }
        return e;
    }
}
