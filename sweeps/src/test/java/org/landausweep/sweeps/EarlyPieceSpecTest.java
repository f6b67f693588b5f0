package org.landausweep.sweeps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.landausweep.sweeps.Specs.minimalWith;
import static org.landausweep.sweeps.Specs.parseYaml;
import static org.landausweep.sweeps.Specs.rejectYaml;

import org.junit.jupiter.api.Test;

/** {@code solver.earlyPiece}: off unless asked for, carried to every run's solver settings, a grid axis like the others. */
class EarlyPieceSpecTest {

    @Test
    void offByDefaultAndOnWhenAsked() {
        assertFalse(new SweepPlan(parseYaml(minimalWith())).run(0).solverSettings().earlyPiece());
        assertTrue(new SweepPlan(parseYaml(minimalWith("solver: {earlyPiece: true}"))).run(0).solverSettings().earlyPiece());
    }

    @Test
    void aGridOfItGivesOneCellPerValue() {
        SweepPlan plan = new SweepPlan(parseYaml("name: t", "seed: 7", "runs: 2", "d: 2", "grid: {solver.earlyPiece: [false, true]}"));
        assertFalse(plan.run(0).solverSettings().earlyPiece());
        assertTrue(plan.run(2).solverSettings().earlyPiece());
    }

    @Test
    void aValueThatIsNotABooleanIsRefusedByName() {
        assertEquals("solver.earlyPiece", rejectYaml(minimalWith("solver: {earlyPiece: sometimes}")).field());
    }
}
