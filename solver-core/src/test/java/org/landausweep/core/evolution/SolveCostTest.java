package org.landausweep.core.evolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.landausweep.core.data.GaussianMixture;
import org.landausweep.core.data.MixtureGenerator;
import org.landausweep.core.data.MixtureSamplingSpec;

/**
 * The degree predicted before solving, without the rotation to P_in's frame, is the degree the solve
 * uses, on random benchmark mixtures, also where N_max caps it; read from the closed-form energies per degree,
 * it is the degree the coefficients give, from isotropic data to the top anisotropy band.
 */
class SolveCostTest {

    @ParameterizedTest
    @CsvSource({"2, 1.0e-8, 120, 8", "2, 1.0e-8, 20, 4", "3, 1.0e-6, 64, 3"})
    void predictedDegreeIsTheSolversDegree(int d, double tol, int nMax, int runs) {
        SolverSettings settings = new SolverSettings(tol, nMax, Double.NaN, 20, null, SolverSettings.DEFAULT_FLOOR);
        for (long run = 0; run < runs; run++) {
            GaussianMixture datum = MixtureGenerator.generate(MixtureSamplingSpec.benchmark(d), 7, run);
            assertEquals(((HermiteReport) LandauSolver.solve(datum, settings).report()).truncationDegree(), SolveCost.truncationDegree(datum, settings),
                    "d = " + d + ", run " + run);
        }
    }

    @ParameterizedTest
    @CsvSource({"2, 1.0e-8, 120", "3, 1.0e-8, 64", "3, 1.0e-6, 64"})
    void predictedDegreeIsTheCoefficientsDegreeInEveryBand(int d, double tol, int nMax) {
        SolverSettings settings = new SolverSettings(tol, nMax, Double.NaN, 20, null, SolverSettings.DEFAULT_FLOOR);
        Set<Integer> degrees = new HashSet<>();
        for (double anisotropy : new double[] {0, 0.1, 0.3, 0.5, 0.7, 0.9}) {
            MixtureSamplingSpec spec = MixtureSamplingSpec.benchmark(d).withLambdaMaxTarget(anisotropy == 0 ? null : 1 + anisotropy * (d - 1));
            for (long run = 0; run < 10; run++) {
                GaussianMixture datum = MixtureGenerator.generate(spec, 5, run);
                int expected = Truncation.of(datum, datum.e0Closed(), settings).degree();
                assertEquals(expected, SolveCost.truncationDegree(datum, settings), "d = " + d + ", anisotropy " + anisotropy + ", run " + run);
                degrees.add(expected);
            }
        }
        // the comparison covers degrees below the cap and at it
        assertTrue(degrees.size() > 5 && degrees.contains(nMax), "degrees " + degrees);
    }
}
