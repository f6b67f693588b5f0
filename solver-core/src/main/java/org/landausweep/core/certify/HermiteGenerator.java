package org.landausweep.core.certify;

/**
 * The generator of the coefficient hierarchy on degrees 0..N as a matrix-free sparse operator, in the
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
 * d(d-1) + d + 1 entries per row; nothing is stored but binomial tables.
 */
final class HermiteGenerator {
    private final int d;
    private final int top;
    private final double[] q;
    private final int[] offset;
    /** binom[x][k] = C(x, k) for k < d. */
    private final int[][] binom;
    /** root2[k] = sqrt(k(k-1)). */
    private final double[] root2;

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
        root2 = new double[top + 3];
        for (int k = 0; k < root2.length; k++) {
            root2[k] = Math.sqrt(k * (k - 1.0));
        }
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
        int[] alpha = new int[d];
        for (int n = Math.max(0, from); n <= top; n++) {
            first(alpha, n);
            double diagonalShift = -2.0 * (d - 1) * n + (shifted ? 2.0 * d * n : 0);
            int base = offset[n];
            int size = offset[n + 1] - base;
            for (int k = 0; k < size; k++) {
                double cross = 0;
                for (int i = 0; i < d; i++) {
                    for (int j = i + 1; j < d; j++) {
                        cross += alpha[i] * alpha[j];
                    }
                }
                double sum = (diagonalShift - 2 * cross) * x[base + k];
                for (int i = 0; i < d; i++) {
                    for (int j = 0; j < d; j++) {
                        if (i == j || alpha[i] < 2) {
                            continue;
                        }
                        // from α - 2e_i + 2e_j: sqrt((α_j+2)(α_j+1) α_i(α_i-1))
                        alpha[i] -= 2;
                        alpha[j] += 2;
                        sum += root2[alpha[j]] * root2[alpha[i] + 2] * x[base + rank(alpha, n)];
                        alpha[i] += 2;
                        alpha[j] -= 2;
                    }
                    if (c != 0 && q[i] != 0 && alpha[i] >= 2) {
                        alpha[i] -= 2;
                        sum -= c * q[i] * root2[alpha[i] + 2] * x[offset[n - 2] + rank(alpha, n - 2)];
                        alpha[i] += 2;
                    }
                }
                y[base + k] = sum;
                next(alpha);
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
