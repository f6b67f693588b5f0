package org.landausweep.core.certify;

/**
 * The generator of the coefficient hierarchy on degrees 0..N as a sparse operator, in the
 * rotated frame and the order of {@code MultiIndices} (degree by degree, α_1 largest first):
 *
 * <pre>
 *   B(c) = M0 + σ 2d diag(n) + c M1,
 *   M0 = Δ_S - (d-1) n,  Δ_S = Σ_{i<j} L_ij^2,  L_ij = A_ij - A_ij^T,  A_ij H_α = sqrt(α_j(α_i+1)) H_{α+e_i-e_j},
 *   (M1 a)_α = -Σ_i q_i sqrt(α_i(α_i-1)) a_{α-2e_i}.
 * </pre>
 *
 * L_ij^2 = A^2 + (A^T)^2 - A A^T - A^T A has diagonal -(2α_iα_j + α_i + α_j), so M0's diagonal is
 * -2Σ_{i<j} α_iα_j - 2(d-1)n and its off-diagonal entries are sqrt((α_j+2)(α_j+1)α_i(α_i-1)) at α-2e_i+2e_j
 * (and symmetrically). With σ = 1 this is the autonomous generator of b_n(s) = e^{2dns} a_n(t_k + s) on a
 * piece, c = e^{-4d t_k} (docs/CERTIFICATION.md §9); with σ = 0 it is M(t) at e^{-4dt} = c. About
 * d(d-1) + d + 1 entries per row. The rows are laid out once, at construction, as sparse rows (CSR: start, column,
 * value), in the order the sum runs, so that {@link #apply} is a gather over arrays: an entry of M0 carries
 * √((α_j+2)(α_j+1)α_i(α_i-1)), one of M1 carries √(α_i(α_i-1)) and the component i of its factor c q_i.
 */
final class HermiteGenerator {
    /**
     * Bytes of the sparse rows per coefficient, an upper bound: the diagonal (8) and the row start (4), and per entry a
     * column (4), a value (8) and the entry's factor (1), for d(d-1) entries of M0 and d of M1.
     */
    static int bytesPerCoefficient(int d) {
        return 12 + 13 * d * d;
    }

    private final int d;
    private final int top;
    private final double[] q;
    private final int[] offset;
    /** binom[x][k] = C(x, k) for k < d. */
    private final int[][] binom;
    /** -2 Σ_{i<j} α_i α_j of each row: M0's diagonal less its degree part -2(d-1)n. */
    private final double[] cross;
    /** Row r's entries are start[r] .. start[r+1]-1 of column, value and factor. */
    private final int[] start;
    private final int[] column;
    private final double[] value;
    /** The entry's factor in {@link #apply}: i < d for M1's -c q_i, d for M0's (+1). */
    private final byte[] factor;

    HermiteGenerator(int d, int top, double[] q) {
        this.d = d;
        this.top = top;
        this.q = q.clone();
        int width = top + d + 3;
        binom = new int[width][d];
        for (int x = 0; x < width; x++) {
            binom[x][0] = 1;
            for (int k = 1; k < d; k++) {
                binom[x][k] = x == 0 ? 0 : binom[x - 1][k - 1] + binom[x - 1][k];
            }
        }
        offset = new int[top + 2];
        for (int n = 0; n <= top; n++) {
            offset[n + 1] = offset[n] + binom[n + d - 1][d - 1];
        }
        double[] root2 = new double[top + 3];
        for (int k = 0; k < root2.length; k++) {
            root2[k] = Math.sqrt(k * (k - 1.0));
        }
        int size = offset[top + 1];
        cross = new double[size];
        start = new int[size + 1];
        int capacity = size * d * d;
        int[] columns = new int[capacity];
        double[] values = new double[capacity];
        byte[] factors = new byte[capacity];
        int count = 0;
        int[] alpha = new int[d];
        for (int n = 0; n <= top; n++) {
            first(alpha, n);
            for (int r = offset[n]; r < offset[n + 1]; r++) {
                double pairs = 0;
                for (int i = 0; i < d; i++) {
                    for (int j = i + 1; j < d; j++) {
                        pairs += alpha[i] * alpha[j];
                    }
                }
                cross[r] = -2 * pairs;
                for (int i = 0; i < d; i++) {
                    if (alpha[i] < 2) {
                        continue;
                    }
                    for (int j = 0; j < d; j++) {
                        if (i != j) {
                            // from α - 2e_i + 2e_j: sqrt((α_j+2)(α_j+1) α_i(α_i-1))
                            alpha[i] -= 2;
                            alpha[j] += 2;
                            columns[count] = offset[n] + rank(alpha, n);
                            values[count] = root2[alpha[j]] * root2[alpha[i] + 2];
                            factors[count++] = (byte) d;
                            alpha[i] += 2;
                            alpha[j] -= 2;
                        }
                    }
                    if (q[i] != 0) {
                        // from α - 2e_i in degree n - 2: -c q_i sqrt(α_i(α_i-1))
                        alpha[i] -= 2;
                        columns[count] = offset[n - 2] + rank(alpha, n - 2);
                        values[count] = root2[alpha[i] + 2];
                        factors[count++] = (byte) i;
                        alpha[i] += 2;
                    }
                }
                start[r + 1] = count;
                next(alpha);
            }
        }
        // kept at capacity: a copy would double the peak, and only rows with some α_i < 2 leave room unused
        column = columns;
        value = values;
        factor = factors;
    }

    int size() {
        return offset[top + 1];
    }

    int top() {
        return top;
    }

    /** Position of the first coefficient of degree n. */
    int offset(int n) {
        return offset[n];
    }

    /** Rank of α within its degree n (lexicographic, α_1 largest first). */
    int rank(int[] alpha, int n) {
        int r = 0;
        int rem = n;
        for (int i = 0; i < d - 1; i++) {
            int x = rem - alpha[i] - 1 + d - i - 1;
            if (x >= 0) {
                r += binom[x][d - i - 1];
            }
            rem -= alpha[i];
        }
        return r;
    }

    /** y = B(c) x restricted to degrees [from, top]; entries below {@code from} are left untouched and x is read from from - 2. */
    void apply(double c, boolean shifted, double[] x, double[] y, int from) {
        // y_r -= f v x: f = c q_i for M1's entries and -1 for M0's, which adds v x exactly
        double[] f = new double[d + 1];
        for (int i = 0; i < d; i++) {
            f[i] = c * q[i];
        }
        f[d] = -1;
        for (int n = Math.max(0, from); n <= top; n++) {
            double diagonalShift = -2.0 * (d - 1) * n + (shifted ? 2.0 * d * n : 0);
            for (int r = offset[n]; r < offset[n + 1]; r++) {
                double sum = (diagonalShift + cross[r]) * x[r];
                for (int e = start[r]; e < start[r + 1]; e++) {
                    sum -= f[factor[e]] * value[e] * x[column[e]];
                }
                y[r] = sum;
            }
        }
    }

    private void first(int[] alpha, int n) {
        java.util.Arrays.fill(alpha, 0);
        alpha[0] = n;
    }

    /** The next multi-index of the same degree in the order (α_1 largest first). */
    private void next(int[] alpha) {
        for (int i = d - 2; i >= 0; i--) {
            if (alpha[i] > 0) {
                alpha[i]--;
                int rest = 1;
                for (int j = i + 1; j < d; j++) {
                    rest += alpha[j];
                    alpha[j] = 0;
                }
                alpha[i + 1] = rest;
                return;
            }
        }
    }
}
