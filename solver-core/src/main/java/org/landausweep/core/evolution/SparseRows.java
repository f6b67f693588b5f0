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

    /** Σ_i q_i A_i for matrices of one shape; entries cancelling to zero are kept (harmless). */
    static SparseRows combine(SparseRows[] parts, double[] q) {
        int rows = parts[0].rows;
        int[] start = new int[rows + 1];
        int[] column = new int[countUpperBound(parts)];
        double[] value = new double[column.length];
        int k = 0;
        java.util.TreeMap<Integer, Double> row = new java.util.TreeMap<>();
        for (int r = 0; r < rows; r++) {
            row.clear();
            for (int i = 0; i < parts.length; i++) {
                if (q[i] == 0) {
                    continue;
                }
                SparseRows p = parts[i];
                for (int e = p.start[r]; e < p.start[r + 1]; e++) {
                    row.merge(p.column[e], q[i] * p.value[e], Double::sum);
                }
            }
            for (var entry : row.entrySet()) {
                column[k] = entry.getKey();
                value[k++] = entry.getValue();
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
