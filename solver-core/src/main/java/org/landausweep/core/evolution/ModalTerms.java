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
    /** Largest |exponent| and largest power of t. */
    final int maxAbsKappa;
    final int maxPower;
    /** Σ of max_t |c t^p e^{κt}| over the terms pruned from this block: a bound of ||pruned part(t)|| at every t. */
    final double prunedPeak;
    /** max_k |coef[k]| of each row, for the bound of a row's remaining terms. */
    final double[] rowMaxAbs;

    private ModalTerms(int degree, int[] start, int[] kappa, int[] power, double[] coef, double prunedPeak) {
        this.degree = degree;
        this.start = start;
        this.kappa = kappa;
        this.power = power;
        this.coef = coef;
        this.prunedPeak = prunedPeak;
        int maxAbs = 0;
        int maxP = 0;
        for (int k = 0; k < coef.length; k++) {
            maxAbs = Math.max(maxAbs, -kappa[k]);
            maxP = Math.max(maxP, power[k]);
        }
        this.maxAbsKappa = maxAbs;
        this.maxPower = maxP;
        this.rowMaxAbs = new double[start.length - 1];
        for (int r = 0; r < rowMaxAbs.length; r++) {
            for (int k = start[r]; k < start[r + 1]; k++) {
                rowMaxAbs[r] = Math.max(rowMaxAbs[r], Math.abs(coef[k]));
            }
        }
    }

    int rows() {
        return start.length - 1;
    }

    /** Accumulates rows one at a time. */
    static final class Builder extends TermList {
        private final int degree;
        private final int[] start;
        private int rows;
        private double pruned;

        /** @param capacity the terms expected (the builder grows past it) */
        Builder(int degree, int rowCount, int capacity) {
            super(capacity);
            this.degree = degree;
            this.start = new int[rowCount + 1];
        }

        /** Records a term left out whose peak over t >= 0 is {@code peak}. */
        void prune(double peak) {
            pruned += peak;
        }

        void endRow() {
            start[++rows] = size;
        }

        ModalTerms build() {
            return new ModalTerms(degree, start, Arrays.copyOf(kappa, size), Arrays.copyOf(power, size),
                    Arrays.copyOf(coef, size), pruned);
        }
    }
}
