package org.landausweep.core.evolution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.landausweep.core.data.GaussianMixture;
import org.landausweep.core.data.MixtureGenerator;
import org.landausweep.core.data.MixtureSamplingSpec;

/**
 * The degree predicted before solving, without the rotation to P_in's frame, is the degree the solve
 * uses, on random benchmark mixtures, also where N_max caps it.
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
}
