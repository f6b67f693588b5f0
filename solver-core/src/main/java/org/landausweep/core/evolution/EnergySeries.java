package org.landausweep.core.evolution;

import java.util.List;
import org.landausweep.core.diagnostics.EnergyCurve;

/**
 * E_N(t) = Σ_{n>=1} |z_n(t)|^2, mostly collected into one exponential polynomial Σ_k C_k t^{p_k} e^{κ_k t}
 * (κ_k integer): with z_r = Σ_i c_i t^{p_i} e^{κ_i t}, z_r^2 = Σ_{i,j} c_i c_j t^{p_i+p_j} e^{(κ_i+κ_j)t}.
 * Built once per solve at a cost of Σ_r (terms of row r)^2; afterwards E and the analytic E' cost one
 * pass over the distinct exponents, whatever the number of Hermite coefficients.
 *
 * <p>Squaring is exact only for well-conditioned rows: the rounding of C is about ε (Σ_i |c_i|)^2, and
 * at high degree a row's terms can exceed its value by orders of magnitude (particular solutions that
 * cancel). Rows with Σ_i |c_i| above sqrt(E(0)) are therefore kept apart and summed term by term before
 * squaring (rounding ε |z_r| Σ_i |c_i|); they decay fast, so they are skipped once negligible.
 * Immutable except for scratch tables: one instance per thread.
 */
public final class EnergySeries implements EnergyCurve {
    private final int[] kappa;
    private final int[] power;
    private final double[] coef;
    /** tail[k] = Σ_{j>=k} |coef[j]|: bounds what the terms after k can still add. */
    private final double[] tail;
    private final int maxPower;
    private final int maxAbsKappa;
    private final DirectRows direct;
    /** e^{-jt} = coarse[j >> 6] fine[j & 63]: two small tables instead of one of length max|κ|. */
    private final double[] fine = new double[64];
    private final double[] coarse;
    /** powers[q] = Math.pow(t, q) for the t of the last evaluate, q < max power: one call per power, not per term. */
    private final double[] powers;

    private EnergySeries(int[] kappa, int[] power, double[] coef, DirectRows direct) {
        this.kappa = kappa;
        this.power = power;
        this.coef = coef;
        this.direct = direct;
        this.tail = new double[coef.length + 1];
        for (int k = coef.length - 1; k >= 0; k--) {
            tail[k] = tail[k + 1] + Math.abs(coef[k]);
        }
        int p = 0;
        for (int x : power) {
            p = Math.max(p, x);
        }
        this.maxPower = p;
        this.maxAbsKappa = Math.max(coef.length == 0 ? 0 : -kappa[coef.length - 1], direct.maxAbsKappa);
        this.coarse = new double[(maxAbsKappa >> 6) + 1];
        this.powers = new double[Math.max(maxPower, direct.maxPower) + 1];
    }

    /** Squares and sums the well-conditioned rows of every block of degree >= 1; keeps the others apart. */
    static EnergySeries of(List<ModalTerms> blocks, double e0) {
        double conditionLimit = Math.sqrt(e0);
        DirectRows direct = new DirectRows(e0);
        int maxAbs = 0;
        int maxP = 0;
        for (ModalTerms b : blocks) {
            maxAbs = Math.max(maxAbs, b.maxAbsKappa);
            maxP = Math.max(maxP, b.maxPower);
        }
        int width = 2 * maxP + 1;
        double[] acc = new double[(2 * maxAbs + 1) * width];
        // offset[i] = (-κ_i) width + p_i, so that the pair (i, j) lands at offset[i] + offset[j]: one load per
        // term and no index product in the pair loop
        int[] offset = new int[64];
        for (ModalTerms b : blocks) {
            if (b.degree == 0) {
                continue;
            }
            int[] bk = b.kappa;
            int[] bp = b.power;
            double[] bc = b.coef;
            for (int r = 0; r < b.rows(); r++) {
                int from = b.start[r];
                int to = b.start[r + 1];
                double size = 0;
                for (int i = from; i < to; i++) {
                    size += Math.abs(bc[i]);
                }
                if (size > conditionLimit) {
                    direct.add(b, r, size);
                    continue;
                }
                int n = to - from;
                if (offset.length < n) {
                    offset = new int[Math.max(n, 2 * offset.length)];
                }
                for (int i = 0; i < n; i++) {
                    offset[i] = -bk[from + i] * width + bp[from + i];
                }
                addRowSquare(acc, offset, bc, from, n);
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
        return new EnergySeries(kappa, power, coef, direct);
    }

    /**
     * acc[offset[i] + offset[j]] += (2 - δ_ij) c_i c_j for i <= j < n, c_i = coef[from + i]: the square of one row. Eight
     * terms i at a time share each load of (offset[j], c_j) in the loop over j (2.4x faster than one at a time on hard
     * d = 3 rows of ~120 terms: the scattered adds into acc are what is left). A slot's adds come in another order than
     * row by row, term by term, so the sums differ by rounding only.
     */
    private static void addRowSquare(double[] acc, int[] offset, double[] coef, int from, int n) {
        int i = 0;
        for (; i + 8 <= n; i += 8) {
            addPairsWithin(acc, offset, coef, from, i, i + 8);
            double c0 = 2 * coef[from + i];
            double c1 = 2 * coef[from + i + 1];
            double c2 = 2 * coef[from + i + 2];
            double c3 = 2 * coef[from + i + 3];
            double c4 = 2 * coef[from + i + 4];
            double c5 = 2 * coef[from + i + 5];
            double c6 = 2 * coef[from + i + 6];
            double c7 = 2 * coef[from + i + 7];
            int o0 = offset[i];
            int o1 = offset[i + 1];
            int o2 = offset[i + 2];
            int o3 = offset[i + 3];
            int o4 = offset[i + 4];
            int o5 = offset[i + 5];
            int o6 = offset[i + 6];
            int o7 = offset[i + 7];
            for (int j = i + 8; j < n; j++) {
                double cj = coef[from + j];
                int oj = offset[j];
                acc[o0 + oj] += c0 * cj;
                acc[o1 + oj] += c1 * cj;
                acc[o2 + oj] += c2 * cj;
                acc[o3 + oj] += c3 * cj;
                acc[o4 + oj] += c4 * cj;
                acc[o5 + oj] += c5 * cj;
                acc[o6 + oj] += c6 * cj;
                acc[o7 + oj] += c7 * cj;
            }
        }
        addPairsWithin(acc, offset, coef, from, i, n);
    }

    /** The pairs i <= j of terms in [lo, hi) of a row, one term at a time. */
    private static void addPairsWithin(double[] acc, int[] offset, double[] coef, int from, int lo, int hi) {
        for (int i = lo; i < hi; i++) {
            double ci = coef[from + i];
            int oi = offset[i];
            acc[2 * oi] += ci * ci;
            double twice = 2 * ci;
            for (int j = i + 1; j < hi; j++) {
                acc[oi + offset[j]] += twice * coef[from + j];
            }
        }
    }

    /**
     * Sums the terms in order of decreasing exponent and stops once the rest, bounded by
     * tail[k] max(1,t)^P e^{κ_k t} (and |κ| times that for E'), is below 1e-17 of what is summed:
     * at late times only the few slowest exponents are visited.
     */
    @Override
    public void evaluate(double t, double[] out) {
        int filled = series(t, out);
        direct.add(t, coarse, fine, filled, Math.exp(-64 * t), powers, out);
    }

    /** Fewer terms than this in the ill-conditioned rows (256 KB of them) stay in cache from one time to the next. */
    private static final long DIRECT_BATCH_WORTH = 1 << 14;
    /** Times per pass of {@link #evaluate(double[], double[], double[])} over the ill-conditioned rows. */
    private static final int BATCH = 32;

    /**
     * E and E' at each of {@code times}, the values of {@link #evaluate(double, double[])} to the bit: the series term by term
     * per time, then the ill-conditioned rows, each read once for a batch of times (the rows' terms are most of the memory
     * such an evaluation reads).
     */
    @Override
    public void evaluate(double[] times, double[] e, double[] de) {
        if (direct.terms() < DIRECT_BATCH_WORTH) {
            EnergyCurve.super.evaluate(times, e, de); // the rows fit in cache: one time after the other
            return;
        }
        double[] out = new double[2];
        for (int first = 0; first < times.length; first += BATCH) {
            int count = Math.min(BATCH, times.length - first);
            DecayTables[] tables = new DecayTables[count];
            for (int b = 0; b < count; b++) {
                series(times[first + b], out);
                e[first + b] = out[0];
                de[first + b] = out[1];
                tables[b] = new DecayTables(times[first + b], maxAbsKappa, powers.length);
            }
            direct.add(tables, e, de, first);
        }
    }

    /**
     * The well-conditioned part of E and E' at t into out (this object's tables filled for t on the way); returns the
     * coarse index filled up to.
     */
    private int series(double t, double[] out) {
        fillFineAndPowers(t, fine, powers);
        double block = Math.exp(-64 * t);
        double powerBound = Math.pow(Math.max(1, t), maxPower);
        double e = 0;
        double de = 0;
        int filled = -1;
        for (int k = 0; k < coef.length; k++) {
            int j = -kappa[k];
            int c = j >> 6;
            if ((k & 15) == 0 && k > 0 && tail[k] * powerBound * coarse[filled] * (1 + j) <= 1e-17 * Math.abs(e)) {
                break; // coarse[filled] = e^{-64 filled t} >= e^{κ_k t}
            }
            filled = extendCoarse(coarse, filled, c, t, block);
            double x = coef[k] * coarse[c] * fine[j & 63];
            int p = power[k];
            if (p == 0) {
                e += x;
                de += kappa[k] * x;
            } else {
                double tp = powers[p - 1];
                e += x * tp * t;
                de += x * (p * tp + kappa[k] * tp * t);
            }
        }
        out[0] = e;
        out[1] = de;
        return filled;
    }

    /** evaluate's decay and power tables of one time, filled whole (the same values as filled on demand). */
    private record DecayTables(double t, double[] coarse, double[] fine, double[] powers) {
        DecayTables(double t, int maxAbsKappa, int powerCount) {
            this(t, new double[(maxAbsKappa >> 6) + 1], new double[64], new double[powerCount]);
            fillFineAndPowers(t, fine, powers);
            extendCoarse(coarse, -1, coarse.length - 1, t, Math.exp(-64 * t));
        }
    }

    /** fine[j] = e^{-jt} for j < 64 by products, and powers[q] = t^q by Math.pow. */
    private static void fillFineAndPowers(double t, double[] fine, double[] powers) {
        double step = Math.exp(-t);
        fine[0] = 1;
        for (int j = 1; j < 64; j++) {
            fine[j] = fine[j - 1] * step;
        }
        for (int q = 0; q < powers.length; q++) {
            powers[q] = Math.pow(t, q);
        }
    }

    /**
     * Extends the coarse decay table coarse[m] = e^{-64 m t} from {@code filled} up to {@code upTo}: products
     * with {@code block} = e^{-64t}, re-anchored on Math.exp every 16 steps to bound the rounding drift.
     * Returns the index filled up to.
     */
    private static int extendCoarse(double[] coarse, int filled, int upTo, double t, double block) {
        for (int m = filled + 1; m <= upTo; m++) {
            coarse[m] = (m & 15) == 0 ? Math.exp(-64.0 * m * t) : coarse[m - 1] * block;
        }
        return Math.max(filled, upTo);
    }

    /** The ill-conditioned rows, evaluated term by term and skipped once their bound is negligible. */
    private static final class DirectRows {
        /** A row is skipped when its bound, squared, is below this fraction of E(0) (E >= 1e-15 E(0) on [0, T]). */
        private static final double SKIP = 1e-32;
        private final double skipLevel;
        private final java.util.List<ModalTerms> blocks = new java.util.ArrayList<>();
        private int count;
        private int[] block = new int[16];
        private int[] row = new int[16];
        private int[] top = new int[16];
        private double[] size = new double[16];
        int maxAbsKappa;
        int maxPower;

        DirectRows(double e0) {
            this.skipLevel = SKIP * e0;
        }

        void add(ModalTerms b, int r, double rowSize) {
            if (blocks.isEmpty() || blocks.get(blocks.size() - 1) != b) {
                blocks.add(b);
            }
            if (count == row.length) {
                block = java.util.Arrays.copyOf(block, 2 * count);
                row = java.util.Arrays.copyOf(row, 2 * count);
                top = java.util.Arrays.copyOf(top, 2 * count);
                size = java.util.Arrays.copyOf(size, 2 * count);
            }
            block[count] = blocks.size() - 1;
            row[count] = r;
            top[count] = -b.kappa[b.start[r]]; // terms are sorted by decreasing exponent
            size[count++] = rowSize;
            maxAbsKappa = Math.max(maxAbsKappa, b.maxAbsKappa);
            maxPower = Math.max(maxPower, b.maxPower);
        }

        int rows() {
            return count;
        }

        /** The number of terms of these rows. */
        long terms() {
            long n = 0;
            for (int k = 0; k < count; k++) {
                ModalTerms b = blocks.get(block[k]);
                n += b.start[row[k] + 1] - b.start[row[k]];
            }
            return n;
        }

        /**
         * Adds z_r^2 and 2 z_r z_r' of every row that is not negligible at t; extends the decay table
         * e^{-jt} = coarse[j >> 6] fine[j & 63] (filled up to coarse[filled]) to the rows' largest |κ|.
         */
        void add(double t, double[] coarse, double[] fine, int filled, double coarseStep, double[] powers, double[] out) {
            double[] zdz = new double[2];
            // filled once for every row (the same entries as filled row by row: each depends only on t and its index)
            extendCoarse(coarse, filled, maxAbsKappa >> 6, t, coarseStep);
            for (int k = 0; k < count; k++) {
                ModalTerms b = blocks.get(block[k]);
                if (negligible(k, b, t, coarse, fine)) {
                    continue;
                }
                row(b, row[k], t, coarse, fine, powers, zdz);
                out[0] += zdz[0] * zdz[0];
                out[1] += 2 * zdz[0] * zdz[1];
            }
        }

        /** The same sums at the times of {@code tables} into e[first + q], de[first + q]: row after row, each for every time. */
        void add(DecayTables[] tables, double[] e, double[] de, int first) {
            double[] zdz = new double[2];
            for (int k = 0; k < count; k++) {
                ModalTerms b = blocks.get(block[k]);
                for (int q = 0; q < tables.length; q++) {
                    DecayTables x = tables[q];
                    if (negligible(k, b, x.t(), x.coarse(), x.fine())) {
                        continue;
                    }
                    row(b, row[k], x.t(), x.coarse(), x.fine(), x.powers(), zdz);
                    e[first + q] += zdz[0] * zdz[0];
                    de[first + q] += 2 * zdz[0] * zdz[1];
                }
            }
        }

        /** Whether row k's bound, squared and with its derivative's factor, is below the skip level at t. */
        private boolean negligible(int k, ModalTerms b, double t, double[] coarse, double[] fine) {
            double bound = size[k] * Math.pow(Math.max(1, t), b.maxPower) * coarse[top[k] >> 6] * fine[top[k] & 63];
            return bound * bound * (1 + 2.0 * b.maxAbsKappa) < skipLevel;
        }

        /** zdz = (z_r(t), z_r'(t)) of row r of block b, term by term. */
        private static void row(ModalTerms b, int r, double t, double[] coarse, double[] fine, double[] powers, double[] zdz) {
            double z = 0;
            double dz = 0;
            for (int i = b.start[r]; i < b.start[r + 1]; i++) {
                int j = -b.kappa[i];
                double x = b.coef[i] * coarse[j >> 6] * fine[j & 63];
                int p = b.power[i];
                if (p == 0) {
                    z += x;
                    dz += b.kappa[i] * x;
                } else {
                    double tp = powers[p - 1];
                    z += x * tp * t;
                    dz += x * (p * tp + b.kappa[i] * tp * t);
                }
            }
            zdz[0] = z;
            zdz[1] = dz;
        }
    }
}
