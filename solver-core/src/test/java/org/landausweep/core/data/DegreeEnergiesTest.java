package org.landausweep.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.PrimitiveIterator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A mixture's energy per degree in closed form (the generating function of its pair sums) against the squares
 * of its Hermite coefficients, summed by the test, from isotropic to the top anisotropy band; and its sum
 * against the closed-form E(0).
 */
class DegreeEnergiesTest {

    @ParameterizedTest
    @CsvSource({"2, 0.0, 120", "2, 0.5, 120", "2, 0.9, 120", "3, 0.0, 64", "3, 0.5, 64", "3, 0.9, 64", "4, 0.5, 24"})
    void closedFormIsTheSumOfSquaredCoefficients(int d, double anisotropy, int degree) {
        MixtureSamplingSpec spec = MixtureSamplingSpec.benchmark(d).withLambdaMaxTarget(anisotropy == 0 ? null : 1 + anisotropy * (d - 1));
        for (long run = 0; run < 4; run++) {
            GaussianMixture datum = MixtureGenerator.generate(spec, 11, run);
            PrimitiveIterator.OfDouble closed = datum.degreeEnergies(degree);
            InitialDatum.CoefficientStream coefficients = datum.coefficients();
            double scale = datum.e0Closed() + 1;
            double closedSum = 0;
            double squaredSum = 0;
            for (int n = 0; n <= degree; n++) {
                double squared = 0;
                for (double a : coefficients.next()) {
                    squared += a * a;
                }
                double e = closed.nextDouble();
                closedSum += e;
                squaredSum += squared;
                // the closed form sums signed pair terms: its rounding is relative to E(0) + 1, not to e_n
                assertEquals(squared, e, 1e-13 * scale, "d = " + d + ", run " + run + ", degree " + n);
                assertEquals(squaredSum, closedSum, 1e-13 * scale, "d = " + d + ", run " + run + ", E_" + n + "(0)");
            }
            assertTrue(!closed.hasNext(), "one energy per degree 0.." + degree);
        }
    }

    @ParameterizedTest
    @CsvSource({"2, 60", "3, 40"})
    void energiesSumToTheClosedFormE0(int d, int degree) {
        // components of variance 0.7-1.3 and small means: the tail beyond degree 40 is far below 1e-12
        GaussianMixture datum = GaussianMixture.normalize(d, new double[] {0.5, 0.3, 0.2},
                new double[][] {unit(d, 0.3), unit(d, -0.2), unit(d, -0.45)},
                new double[][][] {scaled(d, 0.8), scaled(d, 1.2), scaled(d, 1.0)});
        PrimitiveIterator.OfDouble e = datum.degreeEnergies(degree);
        assertEquals(1, e.nextDouble(), 1e-15, "e_0 is the mass");
        double sum = 0;
        while (e.hasNext()) {
            sum += e.nextDouble();
        }
        assertEquals(datum.e0Closed(), sum, 1e-12 * datum.e0Closed());
    }

    private static double[] unit(int d, double x) {
        double[] v = new double[d];
        v[0] = x;
        return v;
    }

    private static double[][] scaled(int d, double s) {
        double[][] c = new double[d][d];
        for (int i = 0; i < d; i++) {
            c[i][i] = s * (1 + 0.1 * i);
        }
        return c;
    }
}
