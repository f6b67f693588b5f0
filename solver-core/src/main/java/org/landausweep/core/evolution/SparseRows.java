package org.landausweep.core.evolution;

/** An immutable sparse matrix in compressed-row form. */
final class SparseRows {
    final int rows;
    final int[] start;
    final int[] column;
    final double[] value;

    SparseRows(int rows, int[] start, int[] column, double[] value) {
        this.rows = rows;
        this.start = start;
        this.column = column;
        this.value = value;
    }

    /** Keeps the entries of a dense row-major matrix whose magnitude exceeds {@code drop}. */
    static SparseRows ofDense(double[] dense, int rows, int cols, double drop) {
        int[] start = new int[rows + 1];
        int count = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (Math.abs(dense[r * cols + c]) > drop) {
                    count++;
                }
            }
            start[r + 1] = count;
        }
        int[] column = new int[count];
        double[] value = new double[count];
        int k = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double v = dense[r * cols + c];
                if (Math.abs(v) > drop) {
                    column[k] = c;
                    value[k++] = v;
                }
            }
        }
        return new SparseRows(rows, start, column, value);
    }

    /**
     * Σ_i q_i A_i for matrices of one shape; entries cancelling to zero are kept (harmless). A row is gathered in a
     * dense table over the columns: each entry is q_i A_i of the first part that has it, plus those of the later parts
     * in order (the sums a sorted map's merge gives), emitted by increasing column.
     */
    static SparseRows combine(SparseRows[] parts, double[] q) {
        int rows = parts[0].rows;
        int[] start = new int[rows + 1];
        int[] column = new int[countUpperBound(parts)];
        double[] value = new double[column.length];
        int columns = 0;
        for (SparseRows p : parts) {
            for (int c : p.column) {
                columns = Math.max(columns, c + 1);
            }
        }
        double[] row = new double[columns];
        boolean[] present = new boolean[columns];
        int[] touched = new int[16];
        int k = 0;
        for (int r = 0; r < rows; r++) {
            int count = 0;
            for (int i = 0; i < parts.length; i++) {
                if (q[i] == 0) {
                    continue;
                }
                SparseRows p = parts[i];
                for (int e = p.start[r]; e < p.start[r + 1]; e++) {
                    int c = p.column[e];
                    double x = q[i] * p.value[e];
                    if (present[c]) {
                        row[c] = row[c] + x;
                    } else {
                        present[c] = true;
                        row[c] = x;
                        if (count == touched.length) {
                            touched = java.util.Arrays.copyOf(touched, 2 * count);
                        }
                        touched[count++] = c;
                    }
                }
            }
            java.util.Arrays.sort(touched, 0, count);
            for (int x = 0; x < count; x++) {
                int c = touched[x];
                column[k] = c;
                value[k++] = row[c];
                present[c] = false;
            }
            start[r + 1] = k;
        }
        return new SparseRows(rows, start, java.util.Arrays.copyOf(column, k), java.util.Arrays.copyOf(value, k));
    }

    private static int countUpperBound(SparseRows[] parts) {
        int n = 0;
        for (SparseRows p : parts) {
            n += p.value.length;
        }
        return n;
    }
}
