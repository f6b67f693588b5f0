package org.landausweep.core.evolution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.landausweep.core.PolynomialOperator;

/**
 * The structure the Hermite method relies on (MATH.md §3), checked on the operator assembled
 * independently from eq. (4) by {@link PolynomialOperator}: M(P) = M0 + (M(P) - M0), M0 symmetric and
 * block-diagonal by degree, the P-part lowering the degree by exactly two; and the solver's exact
 * eigenvalues of M0 equal the spectrum of that independent M0.
 */
class OperatorStructureTest {
    private static final double ZERO = 1e-10;

    @ParameterizedTest
    @CsvSource({"2, 9", "3, 6"})
    void m0IsSymmetricBlockDiagonalAndTheCouplingLowersDegreeByTwo(int d, int n) {
        PolynomialOperator op = new PolynomialOperator(d, n);
        double[][] m0 = op.matrix(identity(d));
        double[][] mp = op.matrix(anisotropicP(d));
        for (int a = 0; a < op.size(); a++) {
            for (int b = 0; b < op.size(); b++) {
                assertEquals(m0[a][b], m0[b][a], ZERO, "M0 symmetric");
                if (op.degree(a) != op.degree(b)) {
                    assertEquals(0, m0[a][b], ZERO, "M0 block-diagonal by degree");
                }
                double m1 = mp[a][b] - m0[a][b];
                if (op.degree(b) != op.degree(a) - 2) {
                    assertEquals(0, m1, ZERO, "the P-part maps degree n - 2 to n only");
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"2, 9", "3, 6"})
    void exactEigenvaluesMatchTheIndependentM0(int d, int n) {
        PolynomialOperator op = new PolynomialOperator(d, n);
        double[][] m0 = op.matrix(identity(d));
        for (int degree = 0; degree <= n; degree++) {
            List<Integer> rows = new ArrayList<>();
            for (int a = 0; a < op.size(); a++) {
                if (op.degree(a) == degree) {
                    rows.add(a);
                }
            }
            double[][] block = new double[rows.size()][rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                for (int j = 0; j < rows.size(); j++) {
                    block[i][j] = m0[rows.get(i)][rows.get(j)];
                }
            }
            double[] independent = new org.hipparchus.linear.EigenDecompositionSymmetric(
                    org.hipparchus.linear.MatrixUtils.createRealMatrix(block), 1e-12, true).getEigenvalues();
            java.util.Arrays.sort(independent);
            List<Double> exact = new ArrayList<>();
            for (ClassBlock cb : OperatorCache.of(d).degree(degree)) {
                if (cb != null) {
                    for (int v : cb.eigenvalue) {
                        exact.add((double) v);
                    }
                }
            }
            double[] solver = exact.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            assertArrayEquals(independent, solver, 1e-9, "spectrum of M0 at degree " + degree);
        }
    }

    static double[][] identity(int d) {
        double[][] p = new double[d][d];
        for (int i = 0; i < d; i++) {
            p[i][i] = 1;
        }
        return p;
    }

    /** A symmetric P with trace d and off-diagonal entries. */
    static double[][] anisotropicP(int d) {
        double[][] p = identity(d);
        p[0][0] = 1.7;
        p[1][1] = 0.3 + (d == 2 ? 0 : 0.4);
        if (d > 2) {
            p[2][2] = d - 1.7 - p[1][1] - (d - 3);
        }
        p[0][1] = p[1][0] = 0.25;
        return p;
    }
}
