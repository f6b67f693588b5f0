package org.landausweep.core.evolution;

import java.util.List;
import org.landausweep.core.diagnostics.EnergyCurve;

/**
 * E_N(t) = Σ_{n>=1} |z_n(t)|^2 collected into one exponential polynomial Σ_k C_k t^{p_k} e^{κ_k t}
 * (κ_k integer): with z_r = Σ_i c_i t^{p_i} e^{κ_i t}, z_r^2 = Σ_{i,j} c_i c_j t^{p_i+p_j} e^{(κ_i+κ_j)t}.
 * Built once per solve at a cost of Σ_r (terms of row r)^2; afterwards E and the analytic E' cost one
 * pass over the distinct exponents, whatever the number of Hermite coefficients. Immutable except for a
 * scratch table: one instance per thread.
 */
final class EnergySeries implements EnergyCurve {
    private final int[] kappa;
    private final int[] power;
    private final double[] coef;
    private final int maxAbsKappa;
    /** e^{-jt} = coarse[j >> 6] fine[j & 63]: two small tables instead of one of length max|κ|. */
    private final double[] fine = new double[64];
    private final double[] coarse;

    private EnergySeries(int[] kappa, int[] power, double[] coef, int maxAbsKappa) {
        this.kappa = kappa;
        this.power = power;
        this.coef = coef;
        this.maxAbsKappa = maxAbsKappa;
        this.coarse = new double[(maxAbsKappa >> 6) + 1];
    }

    /** Squares and sums the rows of every block of degree >= 1. */
    static EnergySeries of(List<ModalTerms> blocks) {
        int maxAbs = 0;
        int maxP = 0;
        for (ModalTerms b : blocks) {
            maxAbs = Math.max(maxAbs, b.maxAbsKappa);
            maxP = Math.max(maxP, b.maxPower);
        }
        int width = 2 * maxP + 1;
        double[] acc = new double[(2 * maxAbs + 1) * width];
        for (ModalTerms b : blocks) {
            if (b.degree == 0) {
                continue;
            }
            for (int r = 0; r < b.rows(); r++) {
                for (int i = b.start[r]; i < b.start[r + 1]; i++) {
                    double ci = b.coef[i];
                    int ki = -b.kappa[i];
                    int pi = b.power[i];
                    acc[(2 * ki) * width + 2 * pi] += ci * ci;
                    double twice = 2 * ci;
                    for (int j = i + 1; j < b.start[r + 1]; j++) {
                        acc[(ki - b.kappa[j]) * width + pi + b.power[j]] += twice * b.coef[j];
                    }
                }
            }
        }
        int count = 0;
        for (double v : acc) {
            if (v != 0) {
                count++;
            }
        }
        int[] kappa = new int[count];
        int[] power = new int[count];
        double[] coef = new double[count];
        int k = 0;
        for (int idx = 0; idx < acc.length; idx++) {
            if (acc[idx] != 0) {
                kappa[k] = -(idx / width);
                power[k] = idx % width;
                coef[k++] = acc[idx];
            }
        }
        return new EnergySeries(kappa, power, coef, count == 0 ? 0 : -kappa[count - 1]);
    }

    @Override
    public void evaluate(double t, double[] out) {
        double step = Math.exp(-t);
        fine[0] = 1;
        for (int j = 1; j < 64; j++) {
            fine[j] = fine[j - 1] * step;
        }
        double block = Math.exp(-64 * t);
        coarse[0] = 1;
        for (int j = 1; j < coarse.length; j++) {
            // products, re-anchored on Math.exp every 16 steps to bound the rounding drift
            coarse[j] = (j & 15) == 0 ? Math.exp(-64.0 * j * t) : coarse[j - 1] * block;
        }
        double e = 0;
        double de = 0;
        for (int k = 0; k < coef.length; k++) {
            int j = -kappa[k];
            double x = coef[k] * coarse[j >> 6] * fine[j & 63];
            int p = power[k];
            if (p == 0) {
                e += x;
                de += kappa[k] * x;
            } else {
                double tp = Math.pow(t, p - 1);
                e += x * tp * t;
                de += x * (p * tp + kappa[k] * tp * t);
            }
        }
        out[0] = e;
        out[1] = de;
    }

    /** Number of distinct (exponent, power) terms. */
    int size() {
        return coef.length;
    }
}
