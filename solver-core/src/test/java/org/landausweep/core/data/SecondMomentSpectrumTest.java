package org.landausweep.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.landausweep.core.numerics.SecondMoments;

/** {@link GaussianMixture#withSecondMomentSpectrum}: the image's P_in has the asked spectrum, or it is refused by name. */
class SecondMomentSpectrumTest {

    @Test
    void theImageHasTheAskedSpectrumAndKeepsTheEigenvectors() {
        int checked = 0;
        for (long run = 0; run < 5; run++) {
            GaussianMixture f = MixtureGenerator.generate(MixtureSamplingSpec.benchmark(3).withLambdaMaxTarget(1.4), 20261203, run);
            double[] spectrum = {1.3, 1.0, 0.7};
            GaussianMixture g;
            try {
                g = f.withSecondMomentSpectrum(spectrum);
            } catch (InvalidInputException inadmissible) {
                continue;
            }
            assertArrayEquals(spectrum, SecondMoments.eigenvalues(g.secondMoments()), 1e-12, "run " + run);
            // P_g = U diag(spectrum) U^T with P_f's U: the two commute
            double[][] p = f.secondMoments();
            double[][] q = g.secondMoments();
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    double pq = 0;
                    double qp = 0;
                    for (int k = 0; k < 3; k++) {
                        pq += p[i][k] * q[k][j];
                        qp += q[i][k] * p[k][j];
                    }
                    assertEquals(pq, qp, 1e-12, "run " + run + ": P_f and P_g commute");
                }
            }
            checked++;
        }
        assertTrue(checked >= 3, "admissible images: " + checked + " of 5");
    }

    @Test
    void anImageWhoseComponentReachesTwiceTheIdentityIsRefusedByName() {
        // normalized (s^2 = 2/1.86): P = diag(0.925, 0.968); component 0 has variance 1.83 along y, which the spectrum
        // (1.9, 0.1) stretches by 1.9/0.968 to 3.6 >= 2
        GaussianMixture f = GaussianMixture.normalize(2, new double[] {0.5, 0.5}, new double[][] {{0.6, 0}, {-0.6, 0}},
                new double[][][] {{{0.5, 0}, {0, 1.7}}, {{0.5, 0}, {0, 0.1}}});
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> f.withSecondMomentSpectrum(new double[] {1.9, 0.1}));
        assertTrue(e.getMessage().contains("components[0].covariance"), e.getMessage());
    }
}
