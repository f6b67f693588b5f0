package org.landausweep.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.landausweep.core.data.GaussianMixture;
import org.landausweep.core.data.MixtureGenerator;
import org.landausweep.core.data.MixtureSamplingSpec;
import org.landausweep.core.evolution.SolverSettings;

/**
 * The closed-form evaluation of the t = 0 objectives against the certified solve's: the same E'(0)/E(0), slack at 0 and
 * theorem value on mild anisotropic data (the solve resolves E(0) to 1e-10: relative 1e-7), and a slack that lies under
 * the certified bound of it.
 */
class InitialRateEvaluatorTest {

    @ParameterizedTest
    @CsvSource({"2", "3"})
    void theClosedFormAgreesWithTheCertifiedSolve(int d) {
        for (int run = 0; run < 3; run++) {
            GaussianMixture datum = MixtureGenerator.generate(MixtureSamplingSpec.benchmark(d), 7, run);
            Evaluation exact = new InitialRateEvaluator().apply(datum);
            Evaluation solved = new HermiteEvaluator(SolverSettings.defaults(d).withTol(1e-10)).apply(datum);
            assertTrue(exact.decided() && solved.decided());
            assertEquals(solved.rateAt0(), exact.rateAt0(), 1e-7 * Math.abs(exact.rateAt0()), "E'(0)/E(0), run " + run);
            assertEquals(solved.theoremSupRate(), exact.theoremSupRate(), 1e-12, "-ρ(0), run " + run);
            assertEquals(solved.rateGapAt0().measured(), exact.rateGapAt0().measured(), 1e-7 * Math.abs(exact.rateAt0()), "run " + run);
            assertTrue(exact.rateGapAt0().measured() <= solved.rateGapAt0().certified(), "under the certified bound, run " + run);
            assertTrue(SearchObjective.MAX_RATE_AT_0.value(exact) == exact.rateAt0() && Double.isNaN(exact.supRate()));
        }
    }
}
