package org.landausweep.core.certify;

/** exp(A) of a small dense matrix: scaling so that ||A/2^k||_1 <= 1/2, Taylor to rounding, k squarings. */
final class SmallExp {
    private SmallExp() {
    }

    static double[][] exp(double[][] a) {
        int n = a.length;
        double norm = 0;
        for (int j = 0; j < n; j++) {
            double col = 0;
            for (int i = 0; i < n; i++) {
                col += Math.abs(a[i][j]);
            }
            norm = Math.max(norm, col);
        }
        int k = norm <= 0.5 ? 0 : (int) Math.ceil(Math.log(norm / 0.5) / Math.log(2));
        double scale = Math.scalb(1.0, -k);
        double[][] x = new double[n][n];
        double[][] term = new double[n][n];
        for (int i = 0; i < n; i++) {
            x[i][i] = 1;
            term[i][i] = 1;
        }
        for (int p = 1; p <= 30; p++) {
            double[][] nextTerm = multiply(term, a, scale / p);
            double size = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    x[i][j] += nextTerm[i][j];
                    size = Math.max(size, Math.abs(nextTerm[i][j]));
                }
            }
            term = nextTerm;
            if (size < 1e-18) {
                break;
            }
        }
        for (int s = 0; s < k; s++) {
            x = multiply(x, x, 1);
        }
        return x;
    }

    private static double[][] multiply(double[][] p, double[][] q, double factor) {
        int n = p.length;
        double[][] r = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int l = 0; l < n; l++) {
                double v = p[i][l] * factor;
                if (v == 0) {
                    continue;
                }
                for (int j = 0; j < n; j++) {
                    r[i][j] += v * q[l][j];
                }
            }
        }
        return r;
    }
}
