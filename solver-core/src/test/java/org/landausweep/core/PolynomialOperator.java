package org.landausweep.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.landausweep.core.data.GaussianMixture;

/**
 * An independent assembly of the coefficient system of the Landau equation, for tests: polynomials in
 * monomial form, the adjoint operator taken straight from eq. (4)/(10),
 * L*φ = tr(A D^2 φ) - 2(d-1) v·∇φ with A = (|v|^2 + d) Id - v⊗v - P, and da_α/dt = ∫ f L*H_α read off
 * in the Hermite basis. Shares no code with the solver's Hermite machinery.
 */
public final class PolynomialOperator {
    private final int d;
    private final int maxDegree;
    private final List<int[]> alphas = new ArrayList<>();
    private final Map<Long, Integer> position = new HashMap<>();

    public PolynomialOperator(int d, int maxDegree) {
        this.d = d;
        this.maxDegree = maxDegree;
        for (int n = 0; n <= maxDegree; n++) {
            enumerate(new int[d], 0, n);
        }
    }

    private void enumerate(int[] a, int i, int remaining) {
        if (i == d - 1) {
            a[i] = remaining;
            position.put(key(a), alphas.size());
            alphas.add(a.clone());
            return;
        }
        for (int k = remaining; k >= 0; k--) {
            a[i] = k;
            enumerate(a, i + 1, remaining - k);
        }
    }

    public int size() {
        return alphas.size();
    }

    public int[] alpha(int k) {
        return alphas.get(k);
    }

    public int degree(int k) {
        int n = 0;
        for (int a : alphas.get(k)) {
            n += a;
        }
        return n;
    }

    /** M[α][β] with da_α/dt = Σ_β M[α][β] a_β for the given second-moment matrix P. */
    public double[][] matrix(double[][] p) {
        int n = size();
        double[][] m = new double[n][n];
        for (int row = 0; row < n; row++) {
            Map<Long, Double> image = adjoint(hermite(alphas.get(row)), p);
            Map<Long, Double> inHermite = toHermite(image);
            for (Map.Entry<Long, Double> e : inHermite.entrySet()) {
                Integer col = position.get(e.getKey());
                if (col == null) {
                    if (Math.abs(e.getValue()) > 1e-12) {
                        throw new IllegalStateException("degree raised beyond " + maxDegree);
                    }
                    continue;
                }
                m[row][col] = e.getValue();
            }
        }
        return m;
    }

    /** a_α = ∫ f H_α for a normalized mixture, from its raw moments. */
    public double[] coefficients(GaussianMixture mixture) {
        double[] a = new double[size()];
        for (int k = 0; k < mixture.componentCount(); k++) {
            Map<Long, Double> memo = new HashMap<>();
            double[] mu = mixture.mean(k);
            double[][] cov = mixture.covariance(k);
            for (int idx = 0; idx < size(); idx++) {
                double sum = 0;
                for (Map.Entry<Long, Double> term : hermite(alphas.get(idx)).entrySet()) {
                    sum += term.getValue() * moment(unkey(term.getKey()), mu, cov, memo);
                }
                a[idx] += mixture.weight(k) * sum;
            }
        }
        return a;
    }

    /** E[X^m] for X ~ N(μ, Σ): E[X^{m+e_i}] = μ_i E[X^m] + Σ_j Σ_ij m_j E[X^{m-e_j}]. */
    private double moment(int[] m, double[] mu, double[][] cov, Map<Long, Double> memo) {
        Long k = key(m);
        Double cached = memo.get(k);
        if (cached != null) {
            return cached;
        }
        int i = -1;
        for (int j = 0; j < d; j++) {
            if (m[j] > 0) {
                i = j;
                break;
            }
        }
        double value;
        if (i < 0) {
            value = 1;
        } else {
            int[] base = m.clone();
            base[i]--;
            value = mu[i] * moment(base, mu, cov, memo);
            for (int j = 0; j < d; j++) {
                if (base[j] > 0) {
                    int[] lower = base.clone();
                    lower[j]--;
                    value += cov[i][j] * base[j] * moment(lower, mu, cov, memo);
                }
            }
        }
        memo.put(k, value);
        return value;
    }

    /** H_α = Π He_{α_i}(v_i)/sqrt(α_i!) in monomials, He_{n+1} = x He_n - n He_{n-1}. */
    private Map<Long, Double> hermite(int[] alpha) {
        Map<Long, Double> poly = Map.of(key(new int[d]), 1.0);
        for (int i = 0; i < d; i++) {
            double[] he = hermite1d(alpha[i]);
            double norm = Math.sqrt(factorial(alpha[i]));
            Map<Long, Double> next = new HashMap<>();
            for (Map.Entry<Long, Double> e : poly.entrySet()) {
                for (int k = 0; k < he.length; k++) {
                    if (he[k] != 0) {
                        int[] m = unkey(e.getKey());
                        m[i] += k;
                        next.merge(key(m), e.getValue() * he[k] / norm, Double::sum);
                    }
                }
            }
            poly = next;
        }
        return poly;
    }

    private static double[] hermite1d(int n) {
        double[] prev = {1};
        if (n == 0) {
            return prev;
        }
        double[] cur = {0, 1};
        for (int k = 1; k < n; k++) {
            double[] next = new double[k + 2];
            for (int j = 0; j < cur.length; j++) {
                next[j + 1] += cur[j];
            }
            for (int j = 0; j < prev.length; j++) {
                next[j] -= k * prev[j];
            }
            prev = cur;
            cur = next;
        }
        return cur;
    }

    /** L*φ = (|v|^2 + d) Δφ - Σ_ij v_i v_j ∂_i∂_j φ - Σ_ij P_ij ∂_i∂_j φ - 2(d-1) Σ_i v_i ∂_i φ. */
    private Map<Long, Double> adjoint(Map<Long, Double> phi, double[][] p) {
        Map<Long, Double> out = new HashMap<>();
        for (Map.Entry<Long, Double> e : phi.entrySet()) {
            int[] m = unkey(e.getKey());
            double c = e.getValue();
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    double dd = second(m, i, j);
                    if (dd == 0) {
                        continue;
                    }
                    int[] base = m.clone();
                    base[i]--;
                    base[j]--;
                    if (i == j) {
                        for (int k = 0; k < d; k++) {
                            int[] r = base.clone();
                            r[k] += 2;
                            out.merge(key(r), c * dd, Double::sum); // |v|^2 Δφ
                        }
                        out.merge(key(base), c * dd * d, Double::sum); // d Δφ
                    }
                    int[] r = base.clone();
                    r[i]++;
                    r[j]++;
                    out.merge(key(r), -c * dd, Double::sum); // -v_i v_j ∂_i∂_j φ
                    out.merge(key(base), -c * dd * p[i][j], Double::sum); // -P_ij ∂_i∂_j φ
                }
                if (m[i] > 0) {
                    out.merge(key(m), -2.0 * (d - 1) * m[i] * c, Double::sum); // -2(d-1) v_i ∂_i φ
                }
            }
        }
        return out;
    }

    /** The factor of ∂_i∂_j v^m = factor · v^{m - e_i - e_j}. */
    private static double second(int[] m, int i, int j) {
        if (i == j) {
            return m[i] >= 2 ? m[i] * (m[i] - 1.0) : 0;
        }
        return m[i] >= 1 && m[j] >= 1 ? (double) m[i] * m[j] : 0;
    }

    /** Monomials to normalized Hermite functions: x^n = Σ_j n!/(j!(n-2j)! 2^j) He_{n-2j}, He_k = sqrt(k!) H_k. */
    private Map<Long, Double> toHermite(Map<Long, Double> poly) {
        Map<Long, Double> out = new HashMap<>();
        for (Map.Entry<Long, Double> e : poly.entrySet()) {
            if (e.getValue() == 0) {
                continue;
            }
            Map<Long, Double> partial = Map.of(key(new int[d]), e.getValue());
            int[] m = unkey(e.getKey());
            for (int i = 0; i < d; i++) {
                Map<Long, Double> next = new HashMap<>();
                int n = m[i];
                for (Map.Entry<Long, Double> t : partial.entrySet()) {
                    for (int j = 0; 2 * j <= n; j++) {
                        int k = n - 2 * j;
                        double c = factorial(n) / (factorial(j) * factorial(k) * Math.pow(2, j)) * Math.sqrt(factorial(k));
                        int[] b = unkey(t.getKey());
                        b[i] = k;
                        next.merge(key(b), t.getValue() * c, Double::sum);
                    }
                }
                partial = next;
            }
            partial.forEach((k, v) -> out.merge(k, v, Double::sum));
        }
        return out;
    }

    private static double factorial(int n) {
        double f = 1;
        for (int k = 2; k <= n; k++) {
            f *= k;
        }
        return f;
    }

    private long key(int[] a) {
        long k = 0;
        for (int x : a) {
            k = (k << 8) | x;
        }
        return k;
    }

    private int[] unkey(long k) {
        int[] a = new int[d];
        for (int i = d - 1; i >= 0; i--) {
            a[i] = (int) (k & 0xFF);
            k >>>= 8;
        }
        return a;
    }
}
