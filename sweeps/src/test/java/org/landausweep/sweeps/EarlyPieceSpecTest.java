package org.landausweep.sweeps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.landausweep.sweeps.Specs.minimalWith;
import static org.landausweep.sweeps.Specs.parseYaml;
import static org.landausweep.sweeps.Specs.rejectYaml;

import org.junit.jupiter.api.Test;

/**
 * {@code solver.earlyPiece}: off unless asked for; true, false or a list of the sweep's dimensions; carried to every run's
 * solver settings; a grid axis like the others.
 */
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
    void aGridOfListsIsCheckedPerCell() {
        SweepPlan plan = new SweepPlan(parseYaml("name: t", "seed: 7", "runs: 1", "d: [2, 3]", "grid: {solver.earlyPiece: [false, [2]]}"));
        // cells: (d 2, false), (d 2, [2]), (d 3, false), (d 3, [2])
        assertFalse(plan.run(0).solverSettings().earlyPiece());
        assertTrue(plan.run(1).solverSettings().earlyPiece());
        assertFalse(plan.run(3).solverSettings().earlyPiece());
        assertTrue(rejectYaml("name: t", "seed: 7", "runs: 1", "d: [2]", "grid: {solver.earlyPiece: [[3]]}").field().contains("earlyPiece"));
    }

    @Test
    void aListNamesTheDimensionsThatUseIt() {
        SweepPlan plan = new SweepPlan(parseYaml("name: t", "seed: 7", "runs: 1", "d: [2, 3]", "solver: {earlyPiece: [2]}"));
        assertEquals(2, plan.run(0).d());
        assertTrue(plan.run(0).solverSettings().earlyPiece());
        assertEquals(3, plan.run(1).d());
        assertFalse(plan.run(1).solverSettings().earlyPiece());
    }

    @Test
    void anEmptyListIsFalseAndEveryDimensionListedIsTrue() {
        String none = parseYaml("name: t", "seed: 7", "runs: 1", "d: [2, 3]").fingerprint();
        assertEquals(none, parseYaml("name: t", "seed: 7", "runs: 1", "d: [2, 3]", "solver: {earlyPiece: []}").fingerprint());
        SweepPlan listed = new SweepPlan(parseYaml("name: t", "seed: 7", "runs: 1", "d: [2, 3]", "solver: {earlyPiece: [3, 2]}"));
        assertTrue(listed.run(0).solverSettings().earlyPiece() && listed.run(1).solverSettings().earlyPiece());
    }

    @Test
    void aValueOfAnotherShapeIsRefusedByName() {
        assertEquals("solver.earlyPiece", rejectYaml(minimalWith("solver: {earlyPiece: sometimes}")).field());
        assertEquals("solver.earlyPiece", rejectYaml(minimalWith("solver: {earlyPiece: 2}")).field());
        assertEquals("solver.earlyPiece[0]", rejectYaml(minimalWith("solver: {earlyPiece: [2.5]}")).field());
    }

    @Test
    void aListedDimensionMustBeOneOfTheSweepsOnce() {
        SweepSpecException e = rejectYaml("name: t", "seed: 7", "runs: 1", "d: [2, 3]", "solver: {earlyPiece: [2, 4]}");
        assertEquals("solver.earlyPiece[1]", e.field());
        assertTrue(e.getMessage().contains("not a dimension of this sweep"), e.getMessage());
        assertEquals("solver.earlyPiece[1]", rejectYaml("name: t", "seed: 7", "runs: 1", "d: [2, 3]", "solver: {earlyPiece: [2, 2]}").field());
    }
}
