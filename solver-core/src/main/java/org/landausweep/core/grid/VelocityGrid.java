package org.landausweep.core.grid;

/**
 * A uniform cell-centred velocity grid on the cube [-L, L]^d: n cells per dimension of width Δ = 2L/n,
 * cell i (0 <= i_k < n) centred at v_k = -L + (i_k + 1/2)Δ, and the (n-1)^d interior corners c at
 * v_k = -L + (c_k + 1)Δ, each shared by the 2^d cells c + β, β ∈ {0,1}^d. Fluxes live on the corners
 * (see {@link FluxOperator}); corners on the boundary of the cube carry none, which is the zero-flux
 * boundary condition.
 *
 * <p>Cell vectors are stored padded by one ghost layer ((n+2)^d entries, dimension 0 fastest, ghosts
 * zero) so that stencil loops need no bounds tests. Everything here is fixed at construction.
 */
final class VelocityGrid {
    final int d;
    final int n;
    final double halfWidth;
    final double spacing;
    /** Δ^d, the quadrature weight of a cell or a corner. */
    final double volume;
    /** (n+2)^d: the length of a padded cell vector. */
    final int paddedLength;
    /** Padded index of interior cell r (r = 0 .. n^d - 1, dimension 0 fastest). */
    final int[] cells;
    /** Interior cell number of a padded index, -1 for ghosts. */
    final int[] row;
    /** Centre of interior cell r: cellV[r d + k]. */
    final double[] cellV;
    /** m, sqrt(m) and 1/sqrt(m) at the cell centres, padded (ghosts zero). */
    final double[] m;
    final double[] sqrtM;
    final double[] invSqrtM;
    /** Padded index of the lowest cell (β = 0) of corner q. */
    final int[] cornerBase;
    /** Position of corner q: cornerV[q d + k]. */
    final double[] cornerV;
    /** m at corner q. */
    final double[] cornerM;
    /** Padded displacement of cell c + β from cell c, β = Σ β_k 2^k. */
    final int[] betaOffset;
    /** s_k(β) = 2β_k - 1: on which side of the corner cell c + β lies in direction k (signs[β d + k]). */
    final double[] signs;
    /** Padded displacement of stencil offset ω = Σ (o_k + 1) 3^k, o ∈ {-1, 0, 1}^d. */
    final int[] stencilOffset;

    VelocityGrid(int d, int n, double halfWidth) {
        this.d = d;
        this.n = n;
        this.halfWidth = halfWidth;
        this.spacing = 2 * halfWidth / n;
        this.volume = Math.pow(spacing, d);
        int[] stride = new int[d];
        int length = 1;
        for (int k = 0; k < d; k++) {
            stride[k] = length;
            length *= n + 2;
        }
        this.paddedLength = length;

        int cellCount = pow(n, d);
        cells = new int[cellCount];
        row = new int[length];
        java.util.Arrays.fill(row, -1);
        cellV = new double[cellCount * d];
        m = new double[length];
        sqrtM = new double[length];
        invSqrtM = new double[length];
        int[] index = new int[d];
        for (int r = 0; r < cellCount; r++) {
            int p = 0;
            double r2 = 0;
            for (int k = 0; k < d; k++) {
                p += (index[k] + 1) * stride[k];
                double v = -halfWidth + (index[k] + 0.5) * spacing;
                cellV[r * d + k] = v;
                r2 += v * v;
            }
            cells[r] = p;
            row[p] = r;
            m[p] = maxwellian(r2, d);
            sqrtM[p] = Math.sqrt(m[p]);
            invSqrtM[p] = 1 / sqrtM[p];
            next(index, n);
        }

        int cornerCount = pow(n - 1, d);
        cornerBase = new int[cornerCount];
        cornerV = new double[cornerCount * d];
        cornerM = new double[cornerCount];
        java.util.Arrays.fill(index, 0);
        for (int q = 0; q < cornerCount; q++) {
            int p = 0;
            double r2 = 0;
            for (int k = 0; k < d; k++) {
                p += (index[k] + 1) * stride[k];
                double v = -halfWidth + (index[k] + 1) * spacing;
                cornerV[q * d + k] = v;
                r2 += v * v;
            }
            cornerBase[q] = p;
            cornerM[q] = maxwellian(r2, d);
            next(index, n - 1);
        }

        int corners = 1 << d;
        betaOffset = new int[corners];
        signs = new double[corners * d];
        for (int beta = 0; beta < corners; beta++) {
            for (int k = 0; k < d; k++) {
                int bit = (beta >> k) & 1;
                betaOffset[beta] += bit * stride[k];
                signs[beta * d + k] = 2 * bit - 1;
            }
        }
        int stencil = pow(3, d);
        stencilOffset = new int[stencil];
        for (int w = 0; w < stencil; w++) {
            int rest = w;
            for (int k = 0; k < d; k++) {
                stencilOffset[w] += (rest % 3 - 1) * stride[k];
                rest /= 3;
            }
        }
    }

    int cellCount() {
        return cells.length;
    }

    int cornerCount() {
        return cornerBase.length;
    }

    /** 2^d, the cells around a corner. */
    int cellsPerCorner() {
        return betaOffset.length;
    }

    /** 3^d, the width of a cell's stencil. */
    int stencilSize() {
        return stencilOffset.length;
    }

    /** The stencil offset ω of cell c + γ seen from cell c + β (o = γ - β). */
    int stencilIndex(int beta, int gamma) {
        int w = 0;
        int scale = 1;
        for (int k = 0; k < d; k++) {
            w += (((gamma >> k) & 1) - ((beta >> k) & 1) + 1) * scale;
            scale *= 3;
        }
        return w;
    }

    /**
     * The corner gradient and average of a padded cell vector y at corner q:
     * (Dy)_k = Σ_β s_k(β) y_{c+β} / (2^{d-1} Δ) into grad[0..d), and returns ȳ = Σ_β y_{c+β} / 2^d.
     * D is exact on polynomials of degree <= 2 (differences of a quadratic across a corner, averaged over
     * the other directions), in particular on 1, v_k and |v|^2: that is what makes the scheme conserve
     * mass, momentum and energy.
     */
    double cornerGradient(double[] y, int q, double[] grad) {
        int base = cornerBase[q];
        java.util.Arrays.fill(grad, 0, d, 0);
        double sum = 0;
        for (int beta = 0; beta < betaOffset.length; beta++) {
            double value = y[base + betaOffset[beta]];
            sum += value;
            for (int k = 0; k < d; k++) {
                grad[k] += signs[beta * d + k] * value;
            }
        }
        double scale = 2.0 / (betaOffset.length * spacing);
        for (int k = 0; k < d; k++) {
            grad[k] *= scale;
        }
        return sum / betaOffset.length;
    }

    /** m(v) = (2π)^{-d/2} exp(-|v|^2/2). */
    static double maxwellian(double r2, int d) {
        return Math.exp(-0.5 * r2) / Math.pow(2 * Math.PI, 0.5 * d);
    }

    private static void next(int[] index, int n) {
        for (int k = 0; k < index.length; k++) {
            if (++index[k] < n) {
                return;
            }
            index[k] = 0;
        }
    }

    private static int pow(int base, int exponent) {
        int p = 1;
        for (int k = 0; k < exponent; k++) {
            p *= base;
        }
        return p;
    }
}
