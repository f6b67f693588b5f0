package org.landausweep.core.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.landausweep.core.data.GaussianMixture;
import org.landausweep.core.evolution.SolveResult;

/**
 * A coarse d = 3 grid (20^3 cells, Δ ≈ 0.68): mass conserved to rounding, momentum and energy to 1e-10;
 * the relative entropy and the Fisher information strictly decrease from sample to sample (H-theorem,
 * and Fisher monotonicity for Maxwell molecules), so no violation is reported; and E(t), whose datum has
 * t0 = 0 in Theorem 1, decreases too.
 */
class GridConservationTest {

    @Test
    void conservesAndDissipatesOnACoarseThreeDimensionalGrid() {
        GaussianMixture datum = GridTestData.anisotropic(3);
        double[] times = {0.02, 0.05, 0.1, 0.15, 0.2, 0.3};
        GridSolveResult grid = GridSolver.solve(datum, new GridSettings(20, 1e-8, 1e-4), times);
        GridConvergenceTest.checkConservation(grid);
        SolveResult r = grid.result();
        assertEquals(0, grid.entropyViolations());
        assertEquals(0, grid.fisherViolations());
        for (int k = 1; k < times.length; k++) {
            assertTrue(grid.entropy()[k] < grid.entropy()[k - 1], "H decreases at t = " + times[k]);
            assertTrue(grid.fisher()[k] < grid.fisher()[k - 1], "I decreases at t = " + times[k]);
            assertTrue(r.samples().e(k) < r.samples().e(k - 1), "E decreases at t = " + times[k]);
        }
        assertEquals(0, r.theorem().t0(), "a datum with t0 = 0");
        assertEquals(0, r.diagnostics().violations().count(), "E' < 0 throughout, as Theorem 1 says for t0 = 0");
    }
}
