package org.landausweep.core.evolution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The exact solution of the truncated coefficient system as sums of exponentials.
 *
 * <p>In the eigenbasis of M0 the coefficients of degree n obey
 * dz_n/dt = Λ_n z_n + e^{-4dt} G_n z_{n-2}, G_n = Σ_i (λ_i^in - 1) V_n^T S_i V_{n-2} (MATH.md §3 with P_in
 * diagonal). Λ_n holds integers, so by induction on n every coefficient is a finite sum of terms
 * c t^p e^{κt} with integer κ: a forcing term g t^p e^{κ't} (κ' = κ - 4d) adds the particular solution
 * e^{κ't} Σ_q w_q t^q with w_q = (g_q - (q+1) w_{q+1})/(κ' - λ) when κ' ≠ λ, or t^{p+1} g/(p+1) e^{λt}
 * at a resonance κ' = λ; the homogeneous term e^{λt} takes the rest of z(0). There is no time-stepping
 * error: E(t) and E'(t) are evaluated in closed form at any t.
 *
 * <p>Not thread-safe (it keeps a scratch table); one instance per solve.
 */
public final class ModalExpansion {
    /** Terms below this fraction of sqrt(E(0)) at their peak are dropped (far below rounding of E). */
    private static final double PRUNE = 1e-20;
    /** degreeNorm stops a row once its remaining terms are bounded by this share of what it has summed (below rounding). */
    private static final double NEGLIGIBLE = 1e-17;

    private final int d;
    /** chains.get(c) = the blocks of reflection class c, degrees |c|, |c|+2, ..., N. */
    private final List<List<ModalTerms>> chains;
    private final List<List<ClassBlock>> blocks;
    private double[] decay = new double[64];
    /** The t of the table {@code decay} and the largest j filled for it: the chains of one evaluation share it. */
    private double decayT = Double.NaN;
    private int decayFilled = -1;

    private ModalExpansion(int d, List<List<ModalTerms>> chains, List<List<ClassBlock>> blocks) {
        this.d = d;
        this.chains = chains;
        this.blocks = blocks;
    }

    /**
     * @param coefficients Hermite coefficients a_n of the datum in the frame where P_in is diagonal, n = 0..N
     * @param q            λ_i^in - 1, the diagonal of P_in - Id
     * @param e0           E(0), the scale for pruning
     */
    public static ModalExpansion build(int d, List<double[]> coefficients, double[] q, double e0) {
        OperatorCache cache = OperatorCache.of(d);
        int top = coefficients.size() - 1;
        cache.ensureDegree(top);
        boolean coupled = false;
        for (double x : q) {
            coupled |= x != 0;
        }
        double prune = PRUNE * Math.sqrt(e0);
        List<List<ModalTerms>> chains = new ArrayList<>();
        List<List<ClassBlock>> blocks = new ArrayList<>();
        Scratch scratch = new Scratch();
        for (int c = 0; c < (1 << d); c++) {
            List<ModalTerms> chain = new ArrayList<>();
            List<ClassBlock> chainBlocks = new ArrayList<>();
            ModalTerms previous = null;
            for (int n = Integer.bitCount(c); n <= top; n += 2) {
                ClassBlock block = cache.degree(n)[c];
                double[] z0 = project(block, coefficients.get(n));
                SparseRows forcing = coupled && previous != null ? SparseRows.combine(block.coupling, q) : null;
                previous = solveBlock(block, z0, forcing, previous, 4 * d, prune, scratch);
                chain.add(previous);
                chainBlocks.add(block);
            }
            chains.add(chain);
            blocks.add(chainBlocks);
        }
        return new ModalExpansion(d, chains, blocks);
    }

    /** z(0) = V^T a restricted to the block. */
    private static double[] project(ClassBlock block, double[] a) {
        int s = block.size();
        double[] z = new double[s];
        for (int h = 0; h < s; h++) {
            double ah = a[block.hermite[h]];
            if (ah == 0) {
                continue;
            }
            int row = h * s;
            for (int e = 0; e < s; e++) {
                z[e] += block.basis[row + e] * ah;
            }
        }
        return z;
    }

    /**
     * Solves one block row by row. A row's forcing Σ_j g_j z_{k_j}(t) is first scattered into a dense table indexed by
     * (-κ, p), one source after the other, then read in order of decreasing κ: each (κ, p) receives the same products
     * in the same order as a merge of the sources' sorted terms would give it, so the sums are the merge's to the bit;
     * the scatter only avoids rescanning every source for the next exponent (the merge's cost was sources x exponents).
     * The terms go straight to the output, pruned ({@link #addPruned}); the homogeneous term e^{λt} takes its place
     * in the order (before the first smaller exponent, or the resonance's own slot) and its coefficient at the end.
     */
    private static ModalTerms solveBlock(ClassBlock block, double[] z0, SparseRows g, ModalTerms lower, int shift, double prune,
            Scratch scratch) {
        int s = block.size();
        // a block has about a quarter more terms than the one two degrees below it (its forcing): sized so, the
        // builder's arrays are not copied again and again as a block of 10^5 terms fills up
        ModalTerms.Builder out = new ModalTerms.Builder(block.degree, s, (lower == null ? 0 : lower.coef.length + lower.coef.length / 4) + s + 1);
        int width = lower == null ? 1 : lower.maxPower + 1;
        scratch.ensure(lower == null ? 0 : lower.maxAbsKappa + 1, width, g == null ? 0 : maxRow(g));
        double[] forcing = scratch.forcing;
        int[] maxPower = scratch.maxPower;
        int[] runEnd = scratch.runEnd;
        double[] w = scratch.w;
        for (int r = 0; r < s; r++) {
            int lambda = block.eigenvalue[r];
            int count = 0;
            int runs = 0;
            int[] exponents = scratch.exponents;
            if (g != null) {
                int[] lowKappa = lower.kappa;
                int[] lowPower = lower.power;
                double[] lowCoef = lower.coef;
                for (int e = g.start[r]; e < g.start[r + 1]; e++) {
                    int k = g.column[e];
                    double weight = g.value[e];
                    int stop = lower.start[k + 1];
                    if (count + stop - lower.start[k] > exponents.length) {
                        exponents = scratch.exponents = Arrays.copyOf(exponents, Math.max(2 * exponents.length, count + stop - lower.start[k]));
                    }
                    for (int i = lower.start[k]; i < stop; i++) {
                        int j = -lowKappa[i];
                        int p = lowPower[i];
                        int seen = maxPower[j];
                        if (seen < 0) {
                            exponents[count++] = j; // increasing within a source: its terms are sorted
                            maxPower[j] = p;
                        } else if (p > seen) {
                            maxPower[j] = p;
                        }
                        forcing[j * width + p] += weight * lowCoef[i];
                    }
                    if (runs == 0 || count > runEnd[runs - 1]) {
                        runEnd[runs++] = count;
                    }
                }
                exponents = scratch.mergeRuns(count, runs); // increasing -κ: largest exponent first
            }
            double homogeneous = z0[r];
            int homogeneousAt = -1;
            for (int x = 0; x < count; x++) {
                int j = exponents[x];
                int maxP = maxPower[j];
                int base = j * width;
                int forced = -j - shift;
                if (homogeneousAt < 0 && forced < lambda) {
                    homogeneousAt = out.size;
                    out.add(lambda, 0, 0); // known at the end
                }
                if (forced != lambda) {
                    double gap = forced - lambda;
                    w[maxP + 1] = 0;
                    for (int p = maxP; p >= 0; p--) {
                        w[p] = (forcing[base + p] - (p + 1) * w[p + 1]) / gap;
                    }
                    homogeneous -= w[0];
                    for (int p = 0; p <= maxP; p++) {
                        addPruned(out, forced, p, w[p], prune);
                    }
                } else {
                    homogeneousAt = out.size;
                    out.add(forced, 0, 0); // the resonance's homogeneous coefficient, known at the end
                    for (int p = 0; p <= maxP; p++) {
                        addPruned(out, forced, p + 1, forcing[base + p] / (p + 1), prune);
                    }
                }
                for (int p = 0; p <= maxP; p++) {
                    forcing[base + p] = 0;
                }
                maxPower[j] = -1;
            }
            if (homogeneousAt < 0) {
                homogeneousAt = out.size;
                out.add(lambda, 0, 0);
            }
            if (Math.abs(homogeneous) > prune) { // addPruned's test for a power 0
                out.coef[homogeneousAt] = homogeneous;
            } else {
                out.remove(homogeneousAt);
                out.prune(Math.abs(homogeneous)); // its peak, at t = 0: the pruning's error counts it (prunedPeak)
            }
            out.endRow();
        }
        return out.build();
    }

    private static int maxRow(SparseRows g) {
        int m = 0;
        for (int r = 0; r < g.rows; r++) {
            m = Math.max(m, g.start[r + 1] - g.start[r]);
        }
        return m;
    }

    /**
     * solveBlock's tables, reused by the blocks of one build: forcing[(-κ) width + p] (zero between rows), maxPower[-κ]
     * (-1 where nothing was scattered), the exponents a row scattered (sorted runs, one per source, ending at runEnd),
     * a second buffer to merge them, and w.
     */
    private static final class Scratch {
        double[] forcing = new double[0];
        int[] maxPower = new int[0];
        int[] exponents = new int[64];
        int[] merged = new int[64];
        int[] runEnd = new int[8];
        double[] w = new double[2];

        void ensure(int kappas, int width, int sources) {
            if (forcing.length < kappas * width) {
                forcing = new double[Math.max(kappas * width, 2 * forcing.length)];
            }
            if (maxPower.length < kappas) {
                int old = maxPower.length;
                maxPower = Arrays.copyOf(maxPower, Math.max(kappas, 2 * old));
                Arrays.fill(maxPower, old, maxPower.length, -1);
            }
            if (w.length < width + 1) {
                w = new double[width + 1];
            }
            if (runEnd.length < sources) {
                runEnd = new int[sources];
            }
        }

        /**
         * Merges the sorted runs exponents[runEnd[i-1], runEnd[i]) (distinct values) pairwise until one is left;
         * returns the array that holds the result (exponents or merged, swapped as it goes).
         */
        int[] mergeRuns(int count, int runs) {
            if (merged.length < exponents.length) {
                merged = new int[exponents.length];
            }
            int[] a = exponents;
            int[] b = merged;
            while (runs > 1) {
                int kept = 0;
                int from = 0;
                for (int i = 0; i < runs; i += 2) {
                    int mid = runEnd[i];
                    int to = i + 1 < runs ? runEnd[i + 1] : mid;
                    int x = from;
                    int y = mid;
                    int o = from;
                    while (x < mid && y < to) {
                        b[o++] = a[x] < a[y] ? a[x++] : a[y++];
                    }
                    while (x < mid) {
                        b[o++] = a[x++];
                    }
                    while (y < to) {
                        b[o++] = a[y++];
                    }
                    runEnd[kept++] = to;
                    from = to;
                }
                runs = kept;
                int[] swap = a;
                a = b;
                b = swap;
            }
            exponents = a;
            merged = b;
            return a;
        }
    }

    /** Keeps a term unless its peak max_t |c t^p e^{κt}| = |c| (p/(e|κ|))^p is below the pruning level. */
    private static void addPruned(ModalTerms.Builder out, int kappa, int p, double c, double prune) {
        double peak = Math.abs(c);
        if (p > 0 && kappa < 0) {
            peak *= Math.pow(p / (Math.E * -kappa), p);
        } else if (p > 0) {
            peak = Double.POSITIVE_INFINITY;
        }
        if (peak > prune) {
            out.add(kappa, p, c);
        } else {
            out.prune(peak);
        }
    }

    /** E_N(t) and E_N'(t) as one exponential polynomial ({@link EnergySeries}). */
    public EnergySeries energySeries(double e0) {
        List<ModalTerms> all = new ArrayList<>();
        chains.forEach(all::addAll);
        return EnergySeries.of(all, e0);
    }

    /** Where degree n stands in reflection class c's chain (degrees bitCount(c), bitCount(c) + 2, ...), or -1 if not kept. */
    private int position(int c, int n) {
        int low = Integer.bitCount(c);
        int position = (n - low) / 2;
        return n < low || (n - low) % 2 != 0 || position >= chains.get(c).size() ? -1 : position;
    }

    /** The Hermite coefficients of degree n at time t, in the frame of the solve (n small: used for moments). */
    double[] hermiteDegree(int n, double t, int size) {
        double[] a = new double[size];
        for (int c = 0; c < chains.size(); c++) {
            int position = position(c, n);
            if (position < 0) {
                continue;
            }
            ModalTerms terms = chains.get(c).get(position);
            ClassBlock block = blocks.get(c).get(position);
            fillDecay(t, terms.maxAbsKappa);
            int s = block.size();
            for (int r = 0; r < s; r++) {
                double z = 0;
                for (int k = terms.start[r]; k < terms.start[r + 1]; k++) {
                    z += terms.coef[k] * Math.pow(t, terms.power[k]) * decay[-terms.kappa[k]];
                }
                for (int h = 0; h < s; h++) {
                    a[block.hermite[h]] += block.basis[h * s + r] * z;
                }
            }
        }
        return a;
    }

    /**
     * r_n(t) = ||a_n(t)||, the Euclidean norm of the degree-n coefficients at time t: the norm of the
     * eigenbasis coordinates z_n, as every block basis is orthonormal (certification reads the top degrees).
     */
    public double degreeNorm(int n, double t) {
        double sum = 0;
        for (int c = 0; c < chains.size(); c++) {
            int position = position(c, n);
            if (position < 0) {
                continue;
            }
            ModalTerms terms = chains.get(c).get(position);
            fillDecay(t, terms.maxAbsKappa);
            double[] tp = powersOf(t, terms.maxPower);
            double powerBound = Math.max(1, tp[terms.maxPower]);
            for (int r = 0; r + 1 < terms.start.length; r++) {
                double z = 0;
                int end = terms.start[r + 1];
                double rest = terms.rowMaxAbs[r] * powerBound;
                for (int k = terms.start[r]; k < end; k++) {
                    int j = -terms.kappa[k];
                    // the row's terms have decreasing κ: those from k on add at most (end - k) max|c| max(1,t)^P e^{κ_k t}
                    if (((k - terms.start[r]) & 15) == 15 && (end - k) * rest * decay[j] <= NEGLIGIBLE * Math.abs(z)) {
                        break;
                    }
                    z += terms.coef[k] * tp[terms.power[k]] * decay[j];
                }
                sum += z * z;
            }
        }
        return Math.sqrt(sum);
    }

    /** Fewer terms than this (256 KB of them) stay in cache from one time to the next: batching them gains nothing. */
    private static final long BATCH_WORTH = 1 << 14;
    /** Most times per pass of {@link #degreeNorms}. */
    private static final int BATCH = 32;
    /**
     * Entries of a batch's decay tables together (1 MB): they must stay in cache, so a batch has fewer times where max|κ| is
     * large (about N^2: 5,000 in d = 3 at N = 64, 58,000 for the initial layer's band of d = 2 at N' = 240).
     */
    private static final int TABLE_BUDGET = 1 << 17;

    /**
     * r_n(t) for each n of {@code degrees} at each of {@code times}: norms[i][k] = r_{degrees[i]}(times[k]), equal to the bit to
     * {@link #degreeNorm}: the same terms summed in the same order with the same stop. A pass over a degree's terms is
     * bounded by memory, not arithmetic (16 bytes a term, megabytes a degree at N = 64 in d = 3), so each term is read once
     * for up to {@link #BATCH} times instead of once per time.
     */
    public double[][] degreeNorms(int[] degrees, double[] times) {
        double[][] norms = new double[degrees.length][times.length];
        if (termCount(degrees) < BATCH_WORTH) {
            // the terms fit in cache: one time after the other, the decay table filled once per time for all degrees
            for (int k = 0; k < times.length; k++) {
                for (int i = 0; i < degrees.length; i++) {
                    norms[i][k] = degreeNorm(degrees[i], times[k]);
                }
            }
            return norms;
        }
        int maxAbs = 0;
        int maxP = 0;
        for (List<ModalTerms> chain : chains) {
            for (ModalTerms m : chain) {
                maxAbs = Math.max(maxAbs, m.maxAbsKappa);
                maxP = Math.max(maxP, m.maxPower);
            }
        }
        int batchSize = Math.max(1, Math.min(BATCH, TABLE_BUDGET / (maxAbs + 1)));
        for (int first = 0; first < times.length; first += batchSize) {
            int count = Math.min(batchSize, times.length - first);
            Batch batch = new Batch(Arrays.copyOfRange(times, first, first + count), maxAbs, maxP);
            for (int i = 0; i < degrees.length; i++) {
                double[] sums = new double[count];
                for (int c = 0; c < chains.size(); c++) {
                    int position = position(c, degrees[i]);
                    if (position >= 0) {
                        batch.addRowSquares(chains.get(c).get(position), sums);
                    }
                }
                for (int b = 0; b < count; b++) {
                    norms[i][first + b] = Math.sqrt(sums[b]);
                }
            }
        }
        return norms;
    }

    /** The tables of one batch of times, and {@link #degreeNorm}'s row loop with the times inside. */
    private static final class Batch {
        final int count;
        final double[] decay;
        final double[] tp;
        final double[] z;
        final int[] active;

        /** decay[j count + b] = e^{-j t_b}, tp[p count + b] = t_b^p: fillDecay's and powersOf's values, interleaved by time. */
        Batch(double[] times, int maxAbs, int maxP) {
            this.count = times.length;
            this.decay = new double[(maxAbs + 1) * count];
            this.tp = new double[(maxP + 1) * count];
            this.z = new double[count];
            this.active = new int[count];
            double[] one = new double[maxAbs + 1];
            for (int b = 0; b < count; b++) {
                fillDecay(one, times[b], 0, maxAbs);
                for (int j = 0; j <= maxAbs; j++) {
                    decay[j * count + b] = one[j];
                }
                double[] powers = powersOf(times[b], maxP);
                for (int p = 0; p <= maxP; p++) {
                    tp[p * count + b] = powers[p];
                }
            }
        }

        /** sums[b] += Σ_r z_r(t_b)^2 over one block, with degreeNorm's stop per time (its max(1, t)^P of this block). */
        void addRowSquares(ModalTerms terms, double[] sums) {
            double[] powerBound = new double[count];
            for (int b = 0; b < count; b++) {
                powerBound[b] = Math.max(1, tp[terms.maxPower * count + b]);
            }
            for (int r = 0; r + 1 < terms.start.length; r++) {
                int begin = terms.start[r];
                int end = terms.start[r + 1];
                int live = count;
                for (int b = 0; b < count; b++) {
                    z[b] = 0;
                    active[b] = b;
                }
                for (int k = begin; k < end && live > 0; k++) {
                    int j = -terms.kappa[k] * count;
                    if (((k - begin) & 15) == 15) {
                        int kept = 0;
                        for (int x = 0; x < live; x++) {
                            int b = active[x];
                            if (!((end - k) * (terms.rowMaxAbs[r] * powerBound[b]) * decay[j + b] <= NEGLIGIBLE * Math.abs(z[b]))) {
                                active[kept++] = b;
                            }
                        }
                        live = kept;
                    }
                    double c = terms.coef[k];
                    int p = terms.power[k] * count;
                    if (live == count) {
                        for (int b = 0; b < count; b++) {
                            z[b] += c * tp[p + b] * decay[j + b];
                        }
                    } else {
                        for (int x = 0; x < live; x++) {
                            int b = active[x];
                            z[b] += c * tp[p + b] * decay[j + b];
                        }
                    }
                }
                for (int b = 0; b < count; b++) {
                    sums[b] += z[b] * z[b];
                }
            }
        }
    }

    /** t^p for p <= max, by products (the powers of a row are small integers; Math.pow per term dominated degreeNorm). */
    private static double[] powersOf(double t, int max) {
        double[] tp = new double[max + 1];
        tp[0] = 1;
        for (int p = 1; p <= max; p++) {
            tp[p] = tp[p - 1] * t;
        }
        return tp;
    }

    /**
     * decay[j] = e^{-jt} for j <= max, by products re-anchored on Math.exp every 32 steps. Each entry depends on
     * t and j only, so a table already filled for this t is extended, not refilled (the certificate reads many
     * degrees at one t; the table is up to N^2 long).
     */
    private void fillDecay(double t, int max) {
        if (decay.length <= max) {
            decay = Arrays.copyOf(decay, Math.max(max + 1, 2 * decay.length));
        }
        int from = t == decayT ? decayFilled + 1 : 0;
        fillDecay(decay, t, from, max);
        decayT = t;
        decayFilled = Math.max(max, from - 1);
    }

    /** table[j] = e^{-jt} for from <= j <= max, by products re-anchored on Math.exp every 32 steps (table[from - 1] filled). */
    private static void fillDecay(double[] table, double t, int from, int max) {
        double step = Math.exp(-t);
        for (int j = from; j <= max; j++) {
            table[j] = (j & 31) == 0 ? Math.exp(-j * t) : table[j - 1] * step;
        }
    }

    /**
     * P = Σ over the pruned terms of max_t |c t^p e^{κt}|: for every t >= 0 the pruned part p(t) of the coefficient vector
     * has ||p(t)|| <= P (triangle inequality). The kept terms solve the hierarchy with p left out, so the error of the
     * computed vector is p(t) plus what the coupling carries of p upwards ({@code ModalSolution}, docs/CERTIFICATION.md §6).
     */
    public double prunedPeak() {
        double sum = 0;
        for (List<ModalTerms> chain : chains) {
            for (ModalTerms m : chain) {
                sum += m.prunedPeak;
            }
        }
        return sum;
    }

    int dimension() {
        return d;
    }

    /** The number of terms of the given degrees. */
    private long termCount(int[] degrees) {
        long count = 0;
        for (int n : degrees) {
            for (int c = 0; c < chains.size(); c++) {
                int position = position(c, n);
                if (position >= 0) {
                    count += chains.get(c).get(position).coef.length;
                }
            }
        }
        return count;
    }

    /** Total number of exponential terms: the size of the expansion. */
    long termCount() {
        long n = 0;
        for (List<ModalTerms> chain : chains) {
            for (ModalTerms m : chain) {
                n += m.coef.length;
            }
        }
        return n;
    }
}
