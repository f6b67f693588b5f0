package org.landausweep.core.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.landausweep.core.data.GaussianMixture;

/**
 * The collision coefficients computed from the grid function: (i) the moment formulas equal the
 * convolution sums Σ_c a(v - v_c) f_c Δ^d and Σ_c a(v - v_c) G_c Δ^d evaluated term by term (to rounding),
 * and (ii) on a normalized datum, A agrees with Proposition 1, A = |v|^2 K(v) + d Id - P_in, and
 * B = ∫ a(v-w)(∇f + w f)(w) dw with its continuous value A v + b = (Id - P_in) v (b = div A = -(d-1) v),
 * to second order in Δ (observed order 2 ± 0.25 on halving Δ, error below 2Δ^2 on the finer grid): the
 * quadrature over the corners is spectral, the corner average of h is not.
 */
class CollisionCoefficientsTest {
    private static final double TAIL = 1e-12;

    @ParameterizedTest(name = "d = {0}")
    @ValueSource(ints = {2, 3})
    void momentFormulasEqualTheConvolutionSums(int d) {
        GaussianMixture datum = GridTestData.anisotropic(d);
        VelocityGrid grid = new VelocityGrid(d, 9, DomainRule.halfWidth(datum, 1e-6));
        double[] u = GridObservables.initialState(grid, datum);
        CollisionCoefficients coefficients = new CollisionCoefficients(grid).update(u);

        double[] y = new double[grid.paddedLength];
        for (int p : grid.cells) {
            y[p] = u[p] * grid.invSqrtM[p];
        }
        double[] grad = new double[d];
        double[][] v = {new double[d], new double[d], new double[d]};
        v[1][0] = 1.3;
        v[2][d - 1] = -2.1;
        v[2][0] = 0.7;
        for (double[] point : v) {
            double[] a = new double[d * d];
            double[] b = new double[d];
            for (int q = 0; q < grid.cornerCount(); q++) {
                double ybar = grid.cornerGradient(y, q, grad);
                double f = grid.cornerM[q] * (1 + ybar) * grid.volume;
                double[] z = new double[d];
                double z2 = 0;
                for (int k = 0; k < d; k++) {
                    z[k] = point[k] - grid.cornerV[q * d + k];
                    z2 += z[k] * z[k];
                }
                for (int k = 0; k < d; k++) {
                    for (int l = 0; l < d; l++) {
                        double akl = (k == l ? z2 : 0) - z[k] * z[l];
                        a[k * d + l] += akl * f;
                        b[k] += akl * grid.cornerM[q] * grad[l] * grid.volume;
                    }
                }
            }
            double[] aMoments = new double[d * d];
            double[] bMoments = new double[d];
            coefficients.matrixA(point, 0, aMoments);
            coefficients.vectorB(point, 0, bMoments);
            for (int i = 0; i < d * d; i++) {
                assertEquals(a[i], aMoments[i], 1e-12 * (1 + Math.abs(a[i])), "A entry " + i);
            }
            for (int k = 0; k < d; k++) {
                assertEquals(b[k], bMoments[k], 1e-12, "B entry " + k);
            }
        }
    }

    @ParameterizedTest(name = "d = {0}")
    @ValueSource(ints = {2, 3})
    void aAgreesWithProposition1AndBWithItsDivergenceToSecondOrder(int d) {
        GaussianMixture datum = GridTestData.anisotropic(d);
        double[][] pIn = datum.secondMoments();
        int coarse = d == 2 ? 32 : 24;
        double[] coarseError = propositionErrors(datum, pIn, coarse);
        double[] fineError = propositionErrors(datum, pIn, 2 * coarse);
        double fineSpacing = DomainRule.halfWidth(datum, TAIL) / coarse;
        for (int which = 0; which < 2; which++) {
            String name = which == 0 ? "A" : "B";
            double order = Math.log(coarseError[which] / fineError[which]) / Math.log(2);
            assertTrue(Math.abs(order - 2) < 0.25, name + ": observed order " + order + " (errors " + coarseError[which] + ", " + fineError[which] + ")");
            assertTrue(fineError[which] < 2 * fineSpacing * fineSpacing, name + " error " + fineError[which] + " at Δ = " + fineSpacing);
        }
    }

    /**
     * max over the corners of |A - (|v|^2 K(v) + d Id - P_in)| and of |B - (Id - P_in) v|, entrywise. The
     * quadratic growth of A and linear growth of B come from the moments, so the errors are measured in
     * |v| <= 4 where the datum lives.
     */
    private static double[] propositionErrors(GaussianMixture datum, double[][] pIn, int n) {
        int d = datum.d();
        VelocityGrid grid = new VelocityGrid(d, n, DomainRule.halfWidth(datum, TAIL));
        CollisionCoefficients coefficients = new CollisionCoefficients(grid).update(GridObservables.initialState(grid, datum));
        double[] a = new double[d * d];
        double[] b = new double[d];
        double errorA = 0;
        double errorB = 0;
        for (int q = 0; q < grid.cornerCount(); q++) {
            int at = q * d;
            double v2 = 0;
            for (int k = 0; k < d; k++) {
                v2 += grid.cornerV[at + k] * grid.cornerV[at + k];
            }
            if (v2 > 16) {
                continue;
            }
            coefficients.matrixA(grid.cornerV, at, a);
            coefficients.vectorB(grid.cornerV, at, b);
            for (int k = 0; k < d; k++) {
                double bExact = grid.cornerV[at + k];
                for (int l = 0; l < d; l++) {
                    double vk = grid.cornerV[at + k];
                    double vl = grid.cornerV[at + l];
                    double identity = k == l ? 1 : 0;
                    double exact = v2 * identity - vk * vl + d * identity - pIn[k][l];
                    errorA = Math.max(errorA, Math.abs(a[k * d + l] - exact));
                    bExact -= pIn[k][l] * vl;
                }
                errorB = Math.max(errorB, Math.abs(b[k] - bExact));
            }
        }
        return new double[] {errorA, errorB};
    }
}
