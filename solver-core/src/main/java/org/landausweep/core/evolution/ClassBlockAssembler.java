package org.landausweep.core.evolution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.landausweep.core.hermite.MultiIndices;
import org.landausweep.core.numerics.SecondMoments;

/**
 * Builds one {@link ClassBlock} of dimension d: the eigenbasis of M0 on the Hermite functions of degree n
 * in one reflection class, its degenerate eigenspaces split by the Casimirs of SO(d-1) ⊃ ... ⊃ SO(2)
 * into a canonical basis, and the couplings to the block of degree n - 2. {@link OperatorCache} keeps
 * what it builds.
 */
final class ClassBlockAssembler {
    /** Coupling entries below this fraction of the block's largest are rounding noise of exact zeros. */
    private static final double COUPLING_DROP = 1e-13;
    /** Eigenvalues of M0 and of the Casimirs are integers; a larger distance means a wrong operator. */
    private static final double INTEGER_SLACK = 1e-7;

    private final int d;
    private final MultiIndices indices;

    ClassBlockAssembler(int d) {
        this.d = d;
        this.indices = MultiIndices.of(d);
    }

    /** The block of degree n and reflection class c; {@code lower} is the block of degree n - 2 (null for n < 2). */
    ClassBlock build(int n, int c, ClassBlock lower) {
        MultiIndices.Degree deg = indices.degree(n);
        int[] hermite = membersOfClass(deg, c);
        int s = hermite.length;
        int[] local = localPositions(deg, hermite);

        // M0 = Δ_S - (d-1) n on degree n, with Δ_S = Σ_{i<j} L_ij^2
        double[] m0 = casimir(deg, hermite, local, d);
        for (int h = 0; h < s; h++) {
            m0[h * s + h] -= (d - 1.0) * n;
        }
        Eigen eig = Eigen.of(m0, s);
        int[] eigenvalue = new int[s];
        for (int e = 0; e < s; e++) {
            eigenvalue[e] = exactInteger(eig.values[e], "M0 eigenvalue at degree " + n);
            int q = -(eigenvalue[e] + (d - 1) * n); // l(l + d - 2)
            if (angularDegree(q, d) < 0) {
                throw new IllegalStateException("M0 eigenvalue " + eig.values[e] + " at degree " + n
                        + " is not -(d-1)n - l(l+d-2): the operator assembly is wrong");
            }
        }
        double[] basis = eig.vectors;
        // Split the degenerate eigenspaces with the Casimirs of SO(d-1) ⊃ ... ⊃ SO(2).
        int[][] labels = new int[s][];
        for (int e = 0; e < s; e++) {
            labels[e] = new int[] {eigenvalue[e]};
        }
        for (int k = d - 1; k >= 2; k--) {
            double[] ck = casimir(deg, hermite, local, k);
            refine(basis, s, labels, ck);
        }
        sortByLabels(basis, s, labels, eigenvalue);

        SparseRows[] coupling = null;
        if (lower != null) {
            coupling = new SparseRows[d];
            for (int i = 0; i < d; i++) {
                coupling[i] = coupling(deg, hermite, basis, lower, i);
            }
        }
        return new ClassBlock(n, c, hermite, basis, eigenvalue, coupling);
    }

    private int[] membersOfClass(MultiIndices.Degree deg, int c) {
        int[] members = new int[deg.size()];
        int count = 0;
        for (int k = 0; k < deg.size(); k++) {
            if (reflectionClass(deg.alpha(k)) == c) {
                members[count++] = k;
            }
        }
        return Arrays.copyOf(members, count);
    }

    static int reflectionClass(int[] alpha) {
        int c = 0;
        for (int i = 0; i < alpha.length; i++) {
            c |= (alpha[i] & 1) << i;
        }
        return c;
    }

    private static int[] localPositions(MultiIndices.Degree deg, int[] hermite) {
        int[] local = new int[deg.size()];
        Arrays.fill(local, -1);
        for (int h = 0; h < hermite.length; h++) {
            local[hermite[h]] = h;
        }
        return local;
    }

    /**
     * The dense matrix of C_k = Σ_{i<j<k} L_ij^2 on the block, L_ij = v_i∂_j - v_j∂_i acting as
     * L_ij H_α = sqrt(α_j(α_i+1)) H_{α+e_i-e_j} - sqrt(α_i(α_j+1)) H_{α-e_i+e_j}. C_d is Δ_S.
     */
    private double[] casimir(MultiIndices.Degree deg, int[] hermite, int[] local, int k) {
        int s = hermite.length;
        double[] out = new double[s * s];
        int[] once = new int[d];
        int[] twice = new int[d];
        for (int col = 0; col < s; col++) {
            int[] alpha = deg.alpha(hermite[col]);
            for (int i = 0; i < k; i++) {
                for (int j = i + 1; j < k; j++) {
                    for (int first = 0; first < 2; first++) {
                        double c1 = rotate(alpha, once, i, j, first);
                        if (c1 == 0) {
                            continue;
                        }
                        for (int second = 0; second < 2; second++) {
                            double c2 = rotate(once, twice, i, j, second);
                            if (c2 == 0) {
                                continue;
                            }
                            int row = local[deg.indexOf(twice)];
                            out[row * s + col] += c1 * c2;
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * One of the two terms of L_ij H_α: branch 0 is +sqrt(α_j(α_i+1)) H_{α+e_i-e_j}, branch 1 is
     * -sqrt(α_i(α_j+1)) H_{α-e_i+e_j}. Writes the new multi-index to {@code out}; returns the coefficient.
     */
    private static double rotate(int[] alpha, int[] out, int i, int j, int branch) {
        System.arraycopy(alpha, 0, out, 0, alpha.length);
        if (branch == 0) {
            if (alpha[j] == 0) {
                return 0;
            }
            out[i]++;
            out[j]--;
            return Math.sqrt(alpha[j] * (alpha[i] + 1.0));
        }
        if (alpha[i] == 0) {
            return 0;
        }
        out[i]--;
        out[j]++;
        return -Math.sqrt(alpha[i] * (alpha[j] + 1.0));
    }

    /** Within every group of equal labels, diagonalizes the operator {@code op} and appends its eigenvalue. */
    private void refine(double[] basis, int s, int[][] labels, double[] op) {
        boolean[] done = new boolean[s];
        for (int e = 0; e < s; e++) {
            if (done[e]) {
                continue;
            }
            List<Integer> group = new ArrayList<>();
            for (int f = e; f < s; f++) {
                if (!done[f] && Arrays.equals(labels[f], labels[e])) {
                    group.add(f);
                    done[f] = true;
                }
            }
            int g = group.size();
            DMatrixRMaj vg = new DMatrixRMaj(s, g);
            for (int r = 0; r < s; r++) {
                for (int a = 0; a < g; a++) {
                    vg.unsafe_set(r, a, basis[r * s + group.get(a)]);
                }
            }
            // W = V_g^T op V_g, diagonalized as Q Λ Q^T; the group's new basis is V_g Q
            DMatrixRMaj opV = new DMatrixRMaj(s, g);
            CommonOps_DDRM.mult(DMatrixRMaj.wrap(s, s, op), vg, opV);
            DMatrixRMaj w = new DMatrixRMaj(g, g);
            CommonOps_DDRM.multTransA(vg, opV, w);
            Eigen eig = Eigen.of(SecondMoments.symmetrizeInPlace(w.data, g), g);
            DMatrixRMaj rotated = new DMatrixRMaj(s, g);
            CommonOps_DDRM.mult(vg, DMatrixRMaj.wrap(g, g, eig.vectors), rotated);
            for (int b = 0; b < g; b++) {
                int col = group.get(b);
                for (int r = 0; r < s; r++) {
                    basis[r * s + col] = rotated.unsafe_get(r, b);
                }
                int[] grown = Arrays.copyOf(labels[col], labels[col].length + 1);
                grown[grown.length - 1] = exactInteger(eig.values[b], "angular Casimir eigenvalue");
                labels[col] = grown;
            }
        }
    }

    /** Orders eigenvectors by their labels (slowest first) and fixes each sign so its largest entry is positive: a canonical basis. */
    private static void sortByLabels(double[] basis, int s, int[][] labels, int[] eigenvalue) {
        Integer[] order = new Integer[s];
        for (int e = 0; e < s; e++) {
            order[e] = e;
        }
        Arrays.sort(order, (a, b) -> {
            for (int k = 0; k < labels[a].length; k++) {
                int cmp = Integer.compare(labels[b][k], labels[a][k]);
                if (cmp != 0) {
                    return cmp;
                }
            }
            return 0;
        });
        double[] copy = basis.clone();
        for (int e = 0; e < s; e++) {
            int from = order[e];
            int arg = 0;
            for (int r = 0; r < s; r++) {
                if (Math.abs(copy[r * s + from]) > Math.abs(copy[arg * s + from]) + 1e-12) {
                    arg = r;
                }
            }
            double sign = copy[arg * s + from] < 0 ? -1 : 1;
            for (int r = 0; r < s; r++) {
                basis[r * s + e] = sign * copy[r * s + from];
            }
            eigenvalue[e] = labels[from][0];
        }
    }

    /** V_n^T S_i V_{n-2} with (S_i)_{α, α-2e_i} = -sqrt(α_i(α_i-1)): the Hermite matrix of -∂_i^2 read backwards. */
    private SparseRows coupling(MultiIndices.Degree deg, int[] hermite, double[] basis, ClassBlock lower, int i) {
        int s = hermite.length;
        int t = lower.size();
        MultiIndices.Degree lowerDeg = indices.degree(deg.degree() - 2);
        int[] lowerLocal = localPositions(lowerDeg, lower.hermite);
        // V_n^T S_i V_{n-2} = A^T L: A's row h is -sqrt(α_i(α_i-1)) times V_n's row h, L's row h is
        // V_{n-2}'s row of α - 2e_i (both zero where α_i < 2)
        DMatrixRMaj scaled = new DMatrixRMaj(s, s);
        DMatrixRMaj gathered = new DMatrixRMaj(s, t);
        int[] beta = new int[d];
        for (int h = 0; h < s; h++) {
            int[] alpha = deg.alpha(hermite[h]);
            if (alpha[i] < 2) {
                continue;
            }
            System.arraycopy(alpha, 0, beta, 0, d);
            beta[i] -= 2;
            int hb = lowerLocal[lowerDeg.indexOf(beta)];
            double factor = -Math.sqrt(alpha[i] * (alpha[i] - 1.0));
            for (int e = 0; e < s; e++) {
                scaled.data[h * s + e] = factor * basis[h * s + e];
            }
            System.arraycopy(lower.basis, hb * t, gathered.data, h * t, t);
        }
        DMatrixRMaj product = new DMatrixRMaj(s, t);
        CommonOps_DDRM.multTransA(scaled, gathered, product);
        double[] dense = product.data;
        double largest = 0;
        for (double v : dense) {
            largest = Math.max(largest, Math.abs(v));
        }
        return SparseRows.ofDense(dense, s, t, COUPLING_DROP * largest);
    }

    private static int exactInteger(double x, String what) {
        long r = Math.round(x);
        if (Math.abs(x - r) > INTEGER_SLACK * Math.max(1, Math.abs(x))) {
            throw new IllegalStateException(what + " " + x + " is not an integer: the operator assembly is wrong");
        }
        return (int) r;
    }

    /** The l >= 0 with l(l + d - 2) = q, or -1. */
    static int angularDegree(int q, int d) {
        for (int l = 0; l * (l + d - 2) <= q; l++) {
            if (l * (l + d - 2) == q) {
                return l;
            }
        }
        return -1;
    }

    /** Symmetric eigendecomposition (EJML's symmetric QR algorithm), vectors as columns of a row-major matrix. */
    private record Eigen(double[] values, double[] vectors) {
        static Eigen of(double[] a, int n) {
            if (n == 1) {
                return new Eigen(new double[] {a[0]}, new double[] {1});
            }
            EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, true, true);
            if (!eig.decompose(new DMatrixRMaj(n, n, true, a))) {
                throw new IllegalStateException("symmetric eigendecomposition of a " + n + " x " + n + " operator block failed");
            }
            double[] values = new double[n];
            double[] vectors = new double[n * n];
            for (int e = 0; e < n; e++) {
                values[e] = eig.getEigenvalue(e).getReal();
                DMatrixRMaj v = eig.getEigenVector(e);
                for (int r = 0; r < n; r++) {
                    vectors[r * n + e] = v.get(r, 0);
                }
            }
            return new Eigen(values, vectors);
        }
    }
}
