package org.landausweep.core.evolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.landausweep.core.data.GaussianMixture;
import org.landausweep.core.data.MixtureGenerator;
import org.landausweep.core.data.MixtureSamplingSpec;

/**
 * On random anisotropic data of the benchmark distribution: the truncation certifies
 * 0 <= (E(0) - E_N(0))/E(0) <= tol against the closed form; mass, momentum and energy are conserved to
 * 1e-13; P(t) read from the degree-2 coefficients equals Id + e^{-4dt}(P_in - Id) to 1e-12 (eq. (5)).
 */
class ConservationTest {

    @ParameterizedTest
    @CsvSource({"2, 0", "2, 1", "2, 2", "3, 0", "3, 1"})
    void truncationMomentsAndConservation(int d, long run) {
        GaussianMixture datum = MixtureGenerator.generate(MixtureSamplingSpec.benchmark(d), 11, run);
        SolverSettings settings = SolverSettings.defaults(d).withTol(1e-6).withSampleCount(60);
        SolveResult r = LandauSolver.solve(datum, settings);
        assertEquals(SolveStatus.CERTIFIED, r.status(), r.message());
        HermiteReport h = r.hermite();
        assertTrue(h.truncationDeficit() <= settings.tol() && h.truncationDeficit() > -1e-13, "deficit " + h.truncationDeficit());
        assertEquals(h.e0Hermite(), r.samples().e(0), 1e-13 * r.datum().e0Closed(), "E_N(0) from the curve and from the coefficients");
        assertTrue(r.conservation().massError() < 1e-13, "mass " + r.conservation().massError());
        assertTrue(r.conservation().momentumError() < 1e-13, "momentum " + r.conservation().momentumError());
        assertTrue(r.conservation().energyError() < 1e-13, "energy " + r.conservation().energyError());
        assertTrue(r.conservation().pErrorMax() < 1e-12, "P(t) " + r.conservation().pErrorMax());
    }
}
