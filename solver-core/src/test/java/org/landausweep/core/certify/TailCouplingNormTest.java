package org.landausweep.core.certify;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.landausweep.core.PolynomialOperator;

/**
 * The bound c_n >= ||C_n|| of {@link TailRates#coupling} (docs/CERTIFICATION.md §4) against the norm of the coupling
 * block of the independent assembly {@link PolynomialOperator}: M(Id + diag q) - M(Id) restricted to degree n - 2 -> n,
 * its norm by power iteration on B^T B (which approaches it from below). The bound must hold, to rounding 1e-12
 * relative, and be within a factor 1.6 of the norm (it is sharp to leading order in d = 2: both are ε0 n).
 */
class TailCouplingNormTest {

    @ParameterizedTest
    @CsvSource({"2, 14", "3, 9"})
    void couplingBoundHoldsAndIsNearTheNorm(int d, int maxDegree) {
        PolynomialOperator op = new PolynomialOperator(d, maxDegree);
        double[][] identity = new double[d][d];
        for (int i = 0; i < d; i++) {
            identity[i][i] = 1;
        }
        double[][] m0 = op.matrix(identity);
        SplittableRandom rng = new SplittableRandom(7);
        for (int trial = 0; trial < 8; trial++) {
            double[] q = TailInequalityTest.randomTraceFree(d, rng);
            double[][] p = new double[d][d];
            for (int i = 0; i < d; i++) {
                p[i][i] = 1 + q[i];
            }
            double[][] m = op.matrix(p);
            TailRates rates = TailRates.of(d, 0, q);
            for (int n = 2; n <= maxDegree; n++) {
                double norm = blockNorm(op, m, m0, n, rng);
                double bound = rates.coupling(n);
                String where = "n = " + n + ", q = " + java.util.Arrays.toString(q) + ": ||C_n|| = " + norm + ", bound " + bound;
                assertTrue(norm <= bound * (1 + 1e-12), where);
                assertTrue(bound <= 1.6 * norm, "bound not sharp, " + where);
            }
        }
    }

    /** ||B||, B = (M - M0) from degree n - 2 to degree n, by 300 power iterations on B^T B (d = 3, n = 9 has 55 x 28 entries). */
    private static double blockNorm(PolynomialOperator op, double[][] m, double[][] m0, int n, SplittableRandom rng) {
        int size = op.size();
        double[] x = new double[size];
        for (int k = 0; k < size; k++) {
            x[k] = op.degree(k) == n - 2 ? rng.nextDouble() + 0.5 : 0;
        }
        double norm = 0;
        for (int it = 0; it < 300; it++) {
            double[] y = new double[size];
            for (int r = 0; r < size; r++) {
                if (op.degree(r) != n) {
                    continue;
                }
                for (int c = 0; c < size; c++) {
                    if (op.degree(c) == n - 2) {
                        y[r] += (m[r][c] - m0[r][c]) * x[c];
                    }
                }
            }
            double[] z = new double[size];
            double yy = 0;
            for (int r = 0; r < size; r++) {
                yy += y[r] * y[r];
                for (int c = 0; c < size; c++) {
                    if (op.degree(c) == n - 2) {
                        z[c] += (m[r][c] - m0[r][c]) * y[r];
                    }
                }
            }
            double xx = 0;
            double zz = 0;
            for (int k = 0; k < size; k++) {
                xx += x[k] * x[k];
                zz += z[k] * z[k];
            }
            norm = Math.sqrt(yy / xx);
            double scale = Math.sqrt(zz);
            for (int k = 0; k < size; k++) {
                x[k] = z[k] / scale;
            }
        }
        return norm;
    }
}
