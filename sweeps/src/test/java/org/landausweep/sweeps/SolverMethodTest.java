package org.landausweep.sweeps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.landausweep.sweeps.Specs.minimalWith;
import static org.landausweep.sweeps.Specs.parseYaml;
import static org.landausweep.sweeps.Specs.rejectYaml;

import org.junit.jupiter.api.Test;
import org.landausweep.core.solver.SolverMethod;

/** {@code solver.method}, {@code solver.grid} and {@code solver.crosscheck}: validation and the deterministic draw. */
class SolverMethodTest {

    @Test
    void unknownMethodIsRefused() {
        SweepSpecException e = rejectYaml(minimalWith("solver: {method: spectral}"));
        assertEquals("solver.method", e.field());
        assertTrue(e.getMessage().contains("hermite or grid"), e.getMessage());
    }

    @Test
    void gridSolverOnlyInTwoAndThreeDimensions() {
        SweepSpecException e = rejectYaml("name: t", "seed: 7", "runs: 2", "d: 4", "solver: {crosscheck: 0.1}");
        assertEquals("solver.method", e.field());
        assertTrue(e.getMessage().contains("d = 4"), e.getMessage());
    }

    @Test
    void crossCheckIsAFraction() {
        assertEquals("solver.crosscheck", rejectYaml(minimalWith("solver: {crosscheck: 1.5}")).field());
        assertEquals("solver.crosscheck", rejectYaml(minimalWith("solver: {method: grid, crosscheck: 0.5}")).field());
    }

    @Test
    void tooCoarseGridIsRefused() {
        assertEquals("solver.grid", rejectYaml(minimalWith("solver: {method: grid, grid: 2}")).field());
    }

    @Test
    void crossCheckDrawsTheFractionFromEachRunsOwnStream() {
        SweepPlan plan = new SweepPlan(parseYaml("name: t", "seed: 7", "runs: 2000", "d: 2", "solver: {crosscheck: 0.1}"));
        long drawn = plan.runs().stream().filter(RunSpec::crossChecked).count();
        assertTrue(drawn > 150 && drawn < 250, "about 10% of 2000: " + drawn);
        assertEquals(plan.run(1234).crossChecked(), new SweepPlan(plan.spec()).run(1234).crossChecked());
        assertFalse(new SweepPlan(parseYaml(minimalWith())).run(0).crossChecked(), "no cross-check by default");
        assertEquals(SolverMethod.HERMITE, plan.run(0).method());
        assertEquals(SolverMethod.GRID, new SweepPlan(parseYaml(minimalWith("solver: {method: grid}"))).run(0).method());
    }
}
