package org.landausweep.core.evolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * At high truncation degree the exponential terms of a coefficient can exceed its value by orders of
 * magnitude (a strongly anisotropic datum at N > 100 reaches 1e8). The curve must still reproduce
 * E_N(0) = Σ_{1<=|α|<=N} a_α(0)^2, computed from the Hermite coefficients directly, to 1e-13 relative,
 * and E_N(t) e^{2(d-1)t} can then not exceed E(0) (c0_empirical <= 1, since E_N(0) <= E(0)).
 */
class HighDegreeConsistencyTest {

    @Test
    void curveReproducesTheHermiteSumAtHighDegree() {
        SolveResult r = LandauSolver.solve(AnisotropicReferenceTest.anisotropic(2), SolverSettings.defaults(2));
        assertTrue(r.hermite().truncationDegree() > 100, "degree " + r.hermite().truncationDegree());
        assertEquals(r.hermite().e0Hermite(), r.samples().e(0), 1e-13 * r.hermite().e0Hermite());
        assertTrue(r.diagnostics().c0Empirical() <= 1 + 1e-13, "c0_empirical " + r.diagnostics().c0Empirical());
        assertTrue(r.diagnostics().boundMargin() >= 0, "bound margin " + r.diagnostics().boundMargin());
    }
}
