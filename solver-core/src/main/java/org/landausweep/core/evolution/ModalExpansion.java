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
        for (int c = 0; c < (1 << d); c++) {
            List<ModalTerms> chain = new ArrayList<>();
            List<ClassBlock> chainBlocks = new ArrayList<>();
            ModalTerms previous = null;
            for (int n = Integer.bitCount(c); n <= top; n += 2) {
                ClassBlock block = cache.degree(n)[c];
                double[] z0 = project(block, coefficients.get(n));
                SparseRows forcing = coupled && previous != null ? SparseRows.combine(block.coupling, q) : null;
                previous = solveBlock(block, z0, forcing, previous, 4 * d, prune);
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

    private static ModalTerms solveBlock(ClassBlock block, double[] z0, SparseRows g, ModalTerms lower, int shift, double prune) {
        int s = block.size();
        ModalTerms.Builder out = new ModalTerms.Builder(block.degree, s);
        RowBuffer row = new RowBuffer();
        int[] cursor = new int[8];
        int[] end = new int[8];
        double[] weight = new double[8];
        double[] forcing = new double[8];
        double[] w = new double[9];
        for (int r = 0; r < s; r++) {
            int lambda = block.eigenvalue[r];
            row.clear();
            int sources = g == null ? 0 : g.start[r + 1] - g.start[r];
            if (sources > cursor.length) {
                cursor = new int[sources];
                end = new int[sources];
                weight = new double[sources];
            }
            for (int j = 0; j < sources; j++) {
                int k = g.column[g.start[r] + j];
                cursor[j] = lower.start[k];
                end[j] = lower.start[k + 1];
                weight[j] = g.value[g.start[r] + j];
            }
            double homogeneous = z0[r];
            int resonantAt = -1;
            // merge the sources' sorted terms one exponent at a time, largest first
            while (true) {
                int kappa = Integer.MIN_VALUE;
                for (int j = 0; j < sources; j++) {
                    if (cursor[j] < end[j]) {
                        kappa = Math.max(kappa, lower.kappa[cursor[j]]);
                    }
                }
                if (kappa == Integer.MIN_VALUE) {
                    break;
                }
                int maxP = 0;
                Arrays.fill(forcing, 0);
                for (int j = 0; j < sources; j++) {
                    for (; cursor[j] < end[j] && lower.kappa[cursor[j]] == kappa; cursor[j]++) {
                        int p = lower.power[cursor[j]];
                        if (p + 2 >= forcing.length) {
                            forcing = Arrays.copyOf(forcing, 2 * p + 4);
                            w = Arrays.copyOf(w, 2 * p + 5);
                        }
                        forcing[p] += weight[j] * lower.coef[cursor[j]];
                        maxP = Math.max(maxP, p);
                    }
                }
                int forced = kappa - shift;
                if (forced != lambda) {
                    double gap = forced - lambda;
                    w[maxP + 1] = 0;
                    for (int p = maxP; p >= 0; p--) {
                        w[p] = (forcing[p] - (p + 1) * w[p + 1]) / gap;
                    }
                    homogeneous -= w[0];
                    for (int p = 0; p <= maxP; p++) {
                        row.add(forced, p, w[p]);
                    }
                } else {
                    resonantAt = row.size;
                    row.add(forced, 0, 0); // the homogeneous coefficient, known at the end
                    for (int p = 0; p <= maxP; p++) {
                        row.add(forced, p + 1, forcing[p] / (p + 1));
                    }
                }
            }
            if (resonantAt >= 0) {
                row.coef[resonantAt] = homogeneous;
            } else {
                row.insert(lambda, homogeneous);
            }
            for (int k = 0; k < row.size; k++) {
                addPruned(out, row.kappa[k], row.power[k], row.coef[k], prune);
            }
            out.endRow();
        }
        return out.build();
    }

    /** The terms of one row, in order of decreasing exponent, then increasing power. */
    private static final class RowBuffer extends TermList {

        void clear() {
            size = 0;
        }

        /** Inserts (k, 0, c) before the first term of smaller exponent (no term of exponent k exists). */
        void insert(int k, double c) {
            int at = 0;
            while (at < size && kappa[at] > k) {
                at++;
            }
            add(0, 0, 0);
            System.arraycopy(kappa, at, kappa, at + 1, size - 1 - at);
            System.arraycopy(power, at, power, at + 1, size - 1 - at);
            System.arraycopy(coef, at, coef, at + 1, size - 1 - at);
            kappa[at] = k;
            power[at] = 0;
            coef[at] = c;
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
            for (int r = 0; r + 1 < terms.start.length; r++) {
                double z = 0;
                for (int k = terms.start[r]; k < terms.start[r + 1]; k++) {
                    z += terms.coef[k] * tp[terms.power[k]] * decay[-terms.kappa[k]];
                }
                sum += z * z;
            }
        }
        return Math.sqrt(sum);
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
        double step = Math.exp(-t);
        for (int j = from; j <= max; j++) {
            decay[j] = (j & 31) == 0 ? Math.exp(-j * t) : decay[j - 1] * step;
        }
        decayT = t;
        decayFilled = Math.max(max, from - 1);
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
