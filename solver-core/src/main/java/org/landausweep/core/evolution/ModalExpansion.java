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
final class ModalExpansion {
    /** Terms below this fraction of sqrt(E(0)) at their peak are dropped (far below rounding of E). */
    private static final double PRUNE = 1e-20;
    /** A block is skipped at time t when its contribution to E is below this fraction of floor E(0). */
    private static final double SKIP = 1e-18;

    private final int d;
    /** chains.get(c) = the blocks of reflection class c, degrees |c|, |c|+2, ..., N. */
    private final List<List<ModalTerms>> chains;
    private final List<List<ClassBlock>> blocks;
    private final double skipAbs;
    private double[] decay = new double[64];

    private ModalExpansion(int d, List<List<ModalTerms>> chains, List<List<ClassBlock>> blocks, double skipAbs) {
        this.d = d;
        this.chains = chains;
        this.blocks = blocks;
        this.skipAbs = skipAbs;
    }

    /**
     * @param coefficients Hermite coefficients a_n of the datum in the frame where P_in is diagonal, n = 0..N
     * @param q            λ_i^in - 1, the diagonal of P_in - Id
     * @param e0           E(0), the scale for pruning
     * @param floor        resolution floor of E(t)/E(0)
     */
    static ModalExpansion build(int d, List<double[]> coefficients, double[] q, double e0, double floor) {
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
        return new ModalExpansion(d, chains, blocks, SKIP * floor * e0);
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
        long[] keys = new long[16];
        double[] vals = new double[16];
        double[] forcing = new double[8];
        double[] w = new double[9];
        for (int r = 0; r < s; r++) {
            int lambda = block.eigenvalue[r];
            int count = 0;
            if (g != null) {
                for (int e = g.start[r]; e < g.start[r + 1]; e++) {
                    int k = g.column[e];
                    double gv = g.value[e];
                    for (int m = lower.start[k]; m < lower.start[k + 1]; m++) {
                        if (count == keys.length) {
                            keys = Arrays.copyOf(keys, 2 * count);
                            vals = Arrays.copyOf(vals, 2 * count);
                        }
                        vals[count] = gv * lower.coef[m];
                        keys[count] = pack(lower.kappa[m] - shift, lower.power[m], count);
                        count++;
                    }
                }
            }
            Arrays.sort(keys, 0, count);
            double homogeneous = z0[r];
            int resonantTop = -1;
            double[] resonant = null;
            int i = 0;
            while (i < count) {
                int kappa = kappaOf(keys[i]);
                int maxP = 0;
                Arrays.fill(forcing, 0);
                while (i < count && kappaOf(keys[i]) == kappa) {
                    int p = powerOf(keys[i]);
                    if (p >= forcing.length - 1) {
                        forcing = Arrays.copyOf(forcing, 2 * p + 2);
                        w = Arrays.copyOf(w, 2 * p + 3);
                    }
                    forcing[p] += vals[indexOf(keys[i])];
                    maxP = Math.max(maxP, p);
                    i++;
                }
                if (kappa != lambda) {
                    double gap = kappa - lambda;
                    w[maxP + 1] = 0;
                    for (int p = maxP; p >= 0; p--) {
                        w[p] = (forcing[p] - (p + 1) * w[p + 1]) / gap;
                    }
                    homogeneous -= w[0];
                    for (int p = 0; p <= maxP; p++) {
                        addPruned(out, kappa, p, w[p], prune);
                    }
                } else {
                    resonant = new double[maxP + 2];
                    for (int p = 0; p <= maxP; p++) {
                        resonant[p + 1] = forcing[p] / (p + 1);
                    }
                    resonantTop = maxP + 1;
                }
            }
            addPruned(out, lambda, 0, homogeneous, prune);
            for (int p = 1; p <= resonantTop; p++) {
                addPruned(out, lambda, p, resonant[p], prune);
            }
            out.endRow();
        }
        return out.build();
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
        }
    }

    // A sort key: larger kappa first, then smaller power, then input order (22 + 10 + 31 bits).
    private static long pack(int kappa, int power, int index) {
        return ((long) -kappa << 41) | ((long) power << 31) | index;
    }

    private static int kappaOf(long key) {
        return (int) -(key >>> 41);
    }

    private static int powerOf(long key) {
        return (int) ((key >>> 31) & 0x3FF);
    }

    private static int indexOf(long key) {
        return (int) (key & 0x7FFFFFFFL);
    }

    /** out[0] = E_N(t) = Σ_{n>=1} |z_n(t)|^2, out[1] = E_N'(t) = 2 Σ z_n z_n'. */
    void energy(double t, double[] out) {
        List<ModalTerms> active = new ArrayList<>();
        int maxAbsKappa = 0;
        for (List<ModalTerms> chain : chains) {
            for (ModalTerms block : chain) {
                double b = block.bound(t);
                if (block.degree > 0 && b * b * (1 + 2.0 * block.maxAbsKappa) >= skipAbs) {
                    active.add(block);
                    maxAbsKappa = Math.max(maxAbsKappa, block.maxAbsKappa);
                }
            }
        }
        fillDecay(t, maxAbsKappa);
        double e = 0;
        double de = 0;
        for (ModalTerms block : active) {
            for (int r = 0; r < block.rows(); r++) {
                double z = 0;
                double dz = 0;
                for (int k = block.start[r]; k < block.start[r + 1]; k++) {
                    int p = block.power[k];
                    double x = block.coef[k] * decay[-block.kappa[k]];
                    if (p == 0) {
                        z += x;
                        dz += block.kappa[k] * x;
                    } else {
                        double tp = Math.pow(t, p - 1);
                        z += x * tp * t;
                        dz += x * (p * tp + block.kappa[k] * tp * t);
                    }
                }
                e += z * z;
                de += 2 * z * dz;
            }
        }
        out[0] = e;
        out[1] = de;
    }

    /** The Hermite coefficients of degree n at time t, in the frame of the solve (n small: used for moments). */
    double[] hermiteDegree(int n, double t, int size) {
        double[] a = new double[size];
        for (int c = 0; c < chains.size(); c++) {
            if (Integer.bitCount(c) > n || (n - Integer.bitCount(c)) % 2 != 0) {
                continue;
            }
            int position = (n - Integer.bitCount(c)) / 2;
            if (position >= chains.get(c).size()) {
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

    /** decay[j] = e^{-jt} for j <= max, by products re-anchored on Math.exp every 32 steps. */
    private void fillDecay(double t, int max) {
        if (decay.length <= max) {
            decay = new double[Math.max(max + 1, 2 * decay.length)];
        }
        double step = Math.exp(-t);
        for (int j = 0; j <= max; j++) {
            decay[j] = (j & 31) == 0 ? Math.exp(-j * t) : decay[j - 1] * step;
        }
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
