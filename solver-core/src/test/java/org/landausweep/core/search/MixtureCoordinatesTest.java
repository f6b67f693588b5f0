package org.landausweep.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.landausweep.core.data.GaussianMixture;
import org.landausweep.core.data.InvalidInputException;
import org.landausweep.core.data.MixtureGenerator;
import org.landausweep.core.data.MixtureSamplingSpec;

class MixtureCoordinatesTest {
    /** Bounds every admissible component variance satisfies: the starts as they were drawn without bounds. */
    private static final MixtureSamplingSpec.VarianceBounds WIDE = new MixtureSamplingSpec.VarianceBounds(1e-12, 1.999999);

    @Test
    void decodingTheEncodingOfANormalizedMixtureGivesItBack() {
        for (int d = 2; d <= 4; d++) {
            for (long run = 0; run < 20; run++) {
                GaussianMixture m = MixtureGenerator.generate(MixtureSamplingSpec.benchmark(d).withLambdaMaxTarget(1.0 + 0.4 * d * 0.9), 7, run);
                MixtureCoordinates c = new MixtureCoordinates(d, m.componentCount());
                GaussianMixture back = c.decode(c.encode(m));
                for (int k = 0; k < m.componentCount(); k++) {
                    assertEquals(m.weight(k), back.weight(k), 1e-12);
                    for (int i = 0; i < d; i++) {
                        assertEquals(m.mean(k)[i], back.mean(k)[i], 1e-12);
                        for (int j = 0; j < d; j++) {
                            assertEquals(m.covariance(k)[i][j], back.covariance(k)[i][j], 1e-12);
                        }
                    }
                }
                assertEquals(m.e0Closed(), back.e0Closed(), 1e-12 * m.e0Closed());
            }
        }
    }

    @Test
    void everyCoordinateVectorIsARealMixtureOrRefusedAsInadmissible() {
        MixtureCoordinates c = new MixtureCoordinates(2, 2);
        assertEquals(2 * (1 + 2 + 3), c.dimension());
        // a light, very wide component next to a heavy, narrow one: normalized, its variance is about 4
        double[] x = {0, Math.log(3), 0, 0, 0, 0, Math.log(3), 0, Math.log(3), Math.log(0.05), 0, Math.log(0.05)};
        assertThrows(InvalidInputException.class, () -> c.decode(x));
    }

    @Test
    void constraintViolationIsZeroExactlyInsideTheBands() {
        GaussianMixture m = GaussianMixture.normalize(2, new double[] {1, 1}, new double[][] {{1, 0}, {-1, 0}},
                new double[][][] {{{0.5, 0}, {0, 0.5}}, {{0.5, 0}, {0, 0.5}}});
        // normalized: s^2 = 2 / (1 + 1) = 1, λ = (1.5, 0.5), component variances 0.5
        assertEquals(0, new SearchConstraints(1.4, 1.6, 0.4, 0.6).violation(m), 1e-15);
        assertEquals(0.1, new SearchConstraints(1.6, 1.8, 0.4, 0.6).violation(m), 1e-12);
        assertEquals(4 * 0.1, new SearchConstraints(1.4, 1.6, 0.6, 0.9).violation(m), 1e-12);
        // a band on λ_2 = 0.5: inside [0.4, 0.6] nothing, above [0.7, 0.9] by 0.2
        assertEquals(0, new SearchConstraints(1.4, 1.6, 0.4, 0.6, 0.4, 0.6).violation(m), 1e-15);
        assertEquals(0.2, new SearchConstraints(1.4, 1.6, 0.4, 0.6, 0.7, 0.9).violation(m), 1e-12);
    }

    @Test
    void twoLargeStartsLieInBothBandsAndDependOnTheirIndexOnly() {
        for (long start = 0; start < 20; start++) {
            GaussianMixture m = SearchStarts.datum(3, 2, 1.2, 1.45, 1.15, 1.45, WIDE, 11, start);
            double[] lambda = org.landausweep.core.numerics.SecondMoments.eigenvalues(m.secondMoments());
            java.util.Arrays.sort(lambda);
            assertEquals(3, lambda[0] + lambda[1] + lambda[2], 1e-12, "trace d");
            org.junit.jupiter.api.Assertions.assertTrue(lambda[2] >= 1.2 - 1e-9 && lambda[2] <= 1.45 + 1e-9, "λmax " + lambda[2]);
            org.junit.jupiter.api.Assertions.assertTrue(lambda[1] >= 1.15 - 1e-9 && lambda[1] <= 1.45 + 1e-9, "λ_2 " + lambda[1]);
            assertEquals(0, new SearchConstraints(1.2 - 1e-9, 1.45 + 1e-9, 1e-6, 1.999, 1.15 - 1e-9, 1.45 + 1e-9).violation(m), 0);
            GaussianMixture again = SearchStarts.datum(3, 2, 1.2, 1.45, 1.15, 1.45, WIDE, 11, start);
            assertEquals(m.e0Closed(), again.e0Closed(), 0, "deterministic");
        }
        assertThrows(InvalidInputException.class, () -> SearchStarts.datum(2, 2, 1.2, 1.4, 1.1, 1.3, WIDE, 11, 0));
    }
}
