package org.landausweep.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.junit.jupiter.api.Test;

/** Normalization, closed-form E(0), and the random generator. */
class DataFamiliesTest {

    private static GaussianMixture sample() {
        return GaussianMixture.normalize(2, new double[] {2, 1}, new double[][] {{1.0, 0.5}, {-0.4, 0.2}},
                new double[][][] {{{0.6, 0.2}, {0.2, 0.9}}, {{1.1, -0.3}, {-0.3, 0.5}}});
    }

    @Test
    void normalizationGivesUnitMassZeroMomentumAndSecondMomentD() {
        GaussianMixture m = sample();
        double mass = 0;
        double[] momentum = new double[2];
        for (int k = 0; k < m.componentCount(); k++) {
            mass += m.weight(k);
            for (int i = 0; i < 2; i++) {
                momentum[i] += m.weight(k) * m.mean(k)[i];
            }
        }
        assertEquals(1, mass, 1e-15);
        assertArrayEquals(new double[] {0, 0}, momentum, 1e-15);
        double[][] p = m.secondMoments();
        assertEquals(2, p[0][0] + p[1][1], 1e-14);
    }

    /** E(0) closed form (MATH.md §4) against a 2-d trapezoidal quadrature of (f/m - 1)^2 m (spectrally accurate for Gaussians). */
    @Test
    void closedFormE0MatchesQuadrature() {
        GaussianMixture m = sample();
        double h = 0.02;
        double sum = 0;
        for (double x = -12; x <= 12; x += h) {
            for (double y = -12; y <= 12; y += h) {
                double mw = Math.exp(-(x * x + y * y) / 2) / (2 * Math.PI);
                double f = m.density(new double[] {x, y});
                sum += (f - mw) * (f - mw) / mw;
            }
        }
        double quadrature = sum * h * h;
        assertEquals(quadrature, m.e0Closed(), 1e-9 * quadrature);
    }

    @Test
    void generatorDependsOnSeedAndRunIndexOnly() {
        MixtureSamplingSpec spec = MixtureSamplingSpec.benchmark(3);
        GaussianMixture a = MixtureGenerator.generate(spec, 7, 41);
        GaussianMixture b = MixtureGenerator.generate(spec, 7, 41);
        assertArrayEquals(a.mean(0), b.mean(0), 0);
        assertEquals(a.e0Closed(), b.e0Closed(), 0);
        assertNotEquals(a.e0Closed(), MixtureGenerator.generate(spec, 7, 42).e0Closed());
        assertNotEquals(a.e0Closed(), MixtureGenerator.generate(spec, 8, 41).e0Closed());
    }

    @Test
    void generatorHitsTheTargetLambdaMax() {
        for (double target : new double[] {1.0, 1.4, 2.2, 2.8}) {
            GaussianMixture m = MixtureGenerator.generate(MixtureSamplingSpec.benchmark(3).withLambdaMaxTarget(target), 3, 5);
            double[] lambda = new EigenDecompositionSymmetric(MatrixUtils.createRealMatrix(m.secondMoments())).getEigenvalues();
            assertEquals(target, lambda[0], 1e-10, "λmax for target " + target);
        }
    }

    /** Regression: run 630 of sweeps/quick.yaml failed on a covariance R D R^T symmetric only to rounding. */
    @Test
    void stretchedMixturesOfTheQuickSweepAreGenerated() {
        MixtureSamplingSpec spec = new MixtureSamplingSpec(3, 2, 3, 0.2, 1.2, 0.5, 0.3, 0.4, 1.4, true, 1.2160655852848057, null);
        GaussianMixture m = MixtureGenerator.generate(spec, 20261124L, 630);
        assertTrue(m.e0Closed() > 0);
        for (int k = 0; k < 500; k++) {
            MixtureGenerator.generate(spec.withLambdaMaxTarget(1 + (k % 100) / 50.0), 5, k);
        }
    }

    @Test
    void badSamplingSpecNamesTheField() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> MixtureSamplingSpec.benchmark(2).withLambdaMaxTarget(2.5).validate());
        assertEquals("lambdaMaxTarget", e.field());
        assertTrue(e.getMessage().contains("[1, d)"));
    }
}
