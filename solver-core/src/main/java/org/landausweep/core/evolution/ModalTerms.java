package org.landausweep.core.evolution;

import java.util.Arrays;

/**
 * The coefficients of one (degree, class) block as exponential polynomials:
 * z_r(t) = Σ_k coef[k] t^{power[k]} e^{kappa[k] t} over k in [start[r], start[r+1]), the terms of a
 * row sorted by decreasing kappa, then increasing power. Exponents are exact integers.
 */
final class ModalTerms {
    final int degree;
    final int[] start;
    final int[] kappa;
    final int[] power;
    final double[] coef;
    /** Largest exponent of any term (the slowest decay), and largest |exponent|. */
    final int topKappa;
    final int maxAbsKappa;
    final int maxPower;
    /** Σ |coef|: Σ_r |z_r(t)| <= scale max(1, t)^maxPower e^{topKappa t}. */
    final double scale;

    private ModalTerms(int degree, int[] start, int[] kappa, int[] power, double[] coef) {
        this.degree = degree;
        this.start = start;
        this.kappa = kappa;
        this.power = power;
        this.coef = coef;
        int top = Integer.MIN_VALUE;
        int maxAbs = 0;
        int maxP = 0;
        double sc = 0;
        for (int k = 0; k < coef.length; k++) {
            top = Math.max(top, kappa[k]);
            maxAbs = Math.max(maxAbs, -kappa[k]);
            maxP = Math.max(maxP, power[k]);
            sc += Math.abs(coef[k]);
        }
        this.topKappa = coef.length == 0 ? 0 : top;
        this.maxAbsKappa = maxAbs;
        this.maxPower = maxP;
        this.scale = sc;
    }

    int rows() {
        return start.length - 1;
    }

    /** Bound of Σ_r |z_r(t)|. */
    double bound(double t) {
        return scale * Math.pow(Math.max(1, t), maxPower) * Math.exp(topKappa * t);
    }

    /** Accumulates rows one at a time. */
    static final class Builder {
        private final int degree;
        private final int[] start;
        private int rows;
        private int size;
        private int[] kappa = new int[64];
        private int[] power = new int[64];
        private double[] coef = new double[64];

        Builder(int degree, int rowCount) {
            this.degree = degree;
            this.start = new int[rowCount + 1];
        }

        void add(int k, int p, double c) {
            if (size == coef.length) {
                kappa = Arrays.copyOf(kappa, 2 * size);
                power = Arrays.copyOf(power, 2 * size);
                coef = Arrays.copyOf(coef, 2 * size);
            }
            kappa[size] = k;
            power[size] = p;
            coef[size++] = c;
        }

        void endRow() {
            start[++rows] = size;
        }

        ModalTerms build() {
            return new ModalTerms(degree, start, Arrays.copyOf(kappa, size), Arrays.copyOf(power, size),
                    Arrays.copyOf(coef, size));
        }
    }
}
