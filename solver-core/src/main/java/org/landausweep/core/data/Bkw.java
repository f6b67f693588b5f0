package org.landausweep.core.data;

import java.util.Set;
import org.landausweep.core.hermite.MultiIndices;
import org.landausweep.core.io.DatumFamily;
import org.landausweep.core.io.JsonFields;

/**
 * The BKW-type solution with collision constant 1 (MATH.md §5):
 * f = (2πK)^{-d/2} e^{-|v|^2/(2K)} (P + Q|v|^2), P = ((d+2)K - d)/(2K), Q = (1-K)/(2K^2),
 * K(t) = 1 - (1 - K0) e^{-2(d-1)t}; non-negative while K >= d/(d+2). This class is its initial datum
 * (parameter K0 = K(0)); the closed forms of K(t) and E(t) serve as exact references.
 */
public final class Bkw implements InitialDatum {
    /** The JSON form {@code {"K0": K0}}. */
    public static final DatumFamily JSON = DatumFamily.of("bkw", Set.of("K0"),
            (d, root) -> of(d, JsonFields.number(root, "K0", "K0")), Bkw.class, (b, root) -> root.put("K0", b.k0()));

    private final int d;
    private final double k0;

    private Bkw(int d, double k0) {
        this.d = d;
        this.k0 = k0;
    }

    /** The BKW datum; K0 must lie in [d/(d+2), 1) (non-negative and not the equilibrium itself). */
    public static Bkw of(int d, double k0) {
        InvalidInputException.require(d >= 2 && d <= 8, "d", d, "must lie in [2, 8]");
        double lowest = d / (d + 2.0);
        InvalidInputException.require(Double.isFinite(k0) && k0 >= lowest && k0 < 1, "K0", k0,
                "must lie in [d/(d+2), 1) = [" + lowest + ", 1): below it f is negative somewhere, at 1 it is the equilibrium");
        return new Bkw(d, k0);
    }

    public double k0() {
        return k0;
    }

    /** K(t) = 1 - (1 - K0) e^{-2(d-1)t}. */
    public double k(double t) {
        return 1 - (1 - k0) * Math.exp(-2.0 * (d - 1) * t);
    }

    /** E(t) = [K(2-K)]^{-d/2} [P^2 + 2dPQσ^2 + d(d+2)Q^2σ^4] - 1 with σ^2 = K/(2-K) (MATH.md §5). */
    public double e(double t) {
        double kk = k(t);
        double p = ((d + 2) * kk - d) / (2 * kk);
        double q = (1 - kk) / (2 * kk * kk);
        double s2 = kk / (2 - kk);
        return Math.pow(kk * (2 - kk), -d / 2.0) * (p * p + 2 * d * p * q * s2 + d * (d + 2.0) * q * q * s2 * s2) - 1;
    }

    @Override
    public int d() {
        return d;
    }

    @Override
    public String family() {
        return "bkw";
    }

    @Override
    public double[][] secondMoments() {
        double[][] p = new double[d][d];
        for (int i = 0; i < d; i++) {
            p[i][i] = 1;
        }
        return p;
    }

    @Override
    public double e0Closed() {
        return e(0);
    }

    /** Radial, so every rotation leaves it unchanged. */
    @Override
    public Bkw rotated(double[][] r) {
        return this;
    }

    @Override
    public double density(double[] v) {
        double r2 = 0;
        for (double x : v) {
            r2 += x * x;
        }
        double p = ((d + 2) * k0 - d) / (2 * k0);
        double q = (1 - k0) / (2 * k0 * k0);
        return Math.pow(2 * Math.PI * k0, -d / 2.0) * Math.exp(-r2 / (2 * k0)) * (p + q * r2);
    }

    /**
     * From the generating function [P + Q(Kd + K^2|s|^2)] exp((K-1)|s|^2/2), where P + QKd = 1:
     * a_α = ĝ_α + QK^2 Σ_i sqrt(α_i(α_i - 1)) ĝ_{α-2e_i}, with ĝ_β = Π_i h_{β_i},
     * h_{2k} = sqrt((2k)!) c^k / k!, h_odd = 0 and c = (K - 1)/2.
     */
    @Override
    public CoefficientStream coefficients() {
        MultiIndices indices = MultiIndices.of(d);
        double q = (1 - k0) / (2 * k0 * k0);
        double b0 = q * k0 * k0;
        double c = (k0 - 1) / 2;
        return new CoefficientStream() {
            private int degree = 0;
            private double[] h = {1};

            @Override
            public double[] next() {
                h = extend(h, degree, c);
                MultiIndices.Degree deg = indices.degree(degree);
                double[] a = new double[deg.size()];
                for (int m = 0; m < a.length; m++) {
                    int[] alpha = deg.alpha(m);
                    double sum = product(alpha, -1);
                    for (int i = 0; i < d; i++) {
                        if (alpha[i] >= 2) {
                            sum += b0 * Math.sqrt(alpha[i] * (alpha[i] - 1.0)) * product(alpha, i);
                        }
                    }
                    a[m] = sum;
                }
                degree++;
                return a;
            }

            /** Π_j h_{α_j - 2δ_ij}. */
            private double product(int[] alpha, int lowered) {
                double p = 1;
                for (int j = 0; j < d; j++) {
                    p *= h[alpha[j] - (j == lowered ? 2 : 0)];
                }
                return p;
            }
        };
    }

    private static double[] extend(double[] h, int degree, double c) {
        if (h.length > degree) {
            return h;
        }
        double[] g = java.util.Arrays.copyOf(h, degree + 1);
        for (int m = h.length; m <= degree; m++) {
            // h_{2k} = h_{2k-2} c sqrt(2k (2k-1)) / k
            g[m] = m % 2 == 1 ? 0 : g[m - 2] * c * Math.sqrt(m * (m - 1.0)) / (m / 2);
        }
        return g;
    }

    /**
     * f^2/m ∝ (P + Q|v|^2)^2 N(0, K0/(2 - K0) Id) and f ∝ (P + Q|v|^2) N(0, K0 Id): the quartic factor
     * shifts the fall-off by about 4 log(r^2) in the exponent.
     */
    @Override
    public double tailRadius(double r) {
        double polynomial = Math.sqrt(r * r + 4 * Math.log(r * r));
        return Math.max(polynomial * Math.sqrt(k0 / (2 - k0)), polynomial * Math.sqrt(k0));
    }
}
