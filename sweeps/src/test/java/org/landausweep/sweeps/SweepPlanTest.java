package org.landausweep.sweeps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.landausweep.sweeps.Specs.parseYaml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.landausweep.core.data.Bkw;
import org.landausweep.core.data.InitialDatum;
import org.landausweep.core.data.MixtureGenerator;

class SweepPlanTest {
    private static final String[] GRID_SWEEP = {
            "name: g",
            "seed: 11",
            "runs: 5",
            "d: [3, 2]",
            "sampling: {lambdaMax: [1.2, 1.8]}",
            "grid:",
            "  solver.tol: [1.0e-8, 1.0e-10]",
            "  sampling.meanSpread: [0.5, 1, 2]"};

    private static SweepPlan plan(String... lines) {
        return new SweepPlan(parseYaml(lines));
    }

    @Test
    void cellsAreTheGridProductWithDOutermostAndTheLastAxisFastest() {
        SweepSpec spec = parseYaml(GRID_SWEEP);

        List<String> expected = new ArrayList<>();
        for (int d : new int[] {3, 2}) {
            for (String tol : new String[] {"1.0E-8", "1.0E-10"}) {
                for (String spread : new String[] {"0.5", "1.0", "2.0"}) {
                    expected.add(d + " " + tol + " " + spread);
                }
            }
        }
        List<String> actual = new ArrayList<>();
        for (SweepCell cell : spec.cells()) {
            assertEquals(actual.size(), cell.index());
            assertEquals(List.of("solver.tol", "sampling.meanSpread"), List.copyOf(cell.parameters().keySet()));
            actual.add(cell.d() + " " + cell.parameters().get("solver.tol") + " " + cell.parameters().get("sampling.meanSpread"));
        }
        assertEquals(expected, actual);
    }

    @Test
    void gridValuesReachTheCellsSettings() {
        SweepCell cell = parseYaml(GRID_SWEEP).cells().get(4);

        assertEquals(1e-10, cell.solverSettings().tol());
        assertEquals(1.0, cell.sampling().number("meanSpread"));
    }

    @Test
    void runsAreNumberedCellByCell() {
        SweepPlan plan = plan(GRID_SWEEP);

        assertEquals(12 * 5, plan.runCount());
        for (RunSpec run : plan.runs()) {
            assertEquals(run.runIndex() / 5, run.cellIndex());
            assertEquals(plan.spec().cells().get(run.cellIndex()).d(), run.d());
        }
    }

    @Test
    void expansionIsDeterministic() {
        SweepPlan first = plan(GRID_SWEEP);
        SweepPlan second = plan(GRID_SWEEP);

        List<RunSpec> runs = first.runs();
        assertEquals(runs, second.runs());
        for (int k = 0; k < runs.size(); k++) {
            assertEquals(runs.get(k), first.run(k));
            assertEquals(k, runs.get(k).runIndex());
        }
    }

    @Test
    void aRunDoesNotDependOnWhichOtherRunsWereExpanded() {
        List<RunSpec> all = plan(GRID_SWEEP).runs();
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < all.size(); k++) {
            order.add(k);
        }
        Collections.shuffle(order, new Random(3));

        SweepPlan fresh = plan(GRID_SWEEP);
        for (int k : order.subList(0, 10)) {
            assertEquals(all.get(k), fresh.run(k));
        }
    }

    @Test
    void runIdsArePaddedToTheWidthOfTheLargestIndex() {
        SweepPlan plan = plan(GRID_SWEEP);

        assertEquals("g-00", plan.run(0).runId());
        assertEquals("g-07", plan.run(7).runId());
        assertEquals("g-59", plan.run(59).runId());
        assertEquals("x-0", plan("name: x", "seed: 1", "runs: 10", "d: 2").run(0).runId());
        assertEquals("x-010", plan("name: x", "seed: 1", "runs: 101", "d: 2").run(10).runId());
    }

    @Test
    void runIndexOutsideThePlanIsRefused() {
        SweepPlan plan = plan(GRID_SWEEP);

        assertThrows(IndexOutOfBoundsException.class, () -> plan.run(-1));
        assertThrows(IndexOutOfBoundsException.class, () -> plan.run(plan.runCount()));
    }

    @Test
    void runSeedIsTheGeneratorsStreamSeed() {
        SweepPlan plan = plan(GRID_SWEEP);

        Set<Long> seeds = new HashSet<>();
        for (RunSpec run : plan.runs()) {
            assertEquals(MixtureGenerator.streamSeed(11, run.runIndex()), run.runSeed());
            assertEquals(11, run.sweepSeed());
            seeds.add(run.runSeed());
        }
        assertEquals(plan.runCount(), seeds.size());
    }

    @Test
    void lambdaMaxDrawsLieInTheirRangeAndVary() {
        List<RunSpec> runs = plan(GRID_SWEEP).runs();

        Set<Double> draws = new HashSet<>();
        for (RunSpec run : runs) {
            double target = run.draw(MixtureSampler.LAMBDA_MAX_TARGET);
            assertTrue(target >= 1.2 && target <= 1.8, () -> run.runId() + ": " + target);
            assertEquals(target, MixtureSampler.spec(run).lambdaMaxTarget());
            assertNull(run.draw(BkwSampler.K0));
            draws.add(target);
        }
        assertEquals(runs.size(), draws.size());
    }

    @Test
    void drawsComeFromTheirOwnStreamOfSeedAndRunIndex() {
        String[] narrow = {"name: a", "seed: 11", "runs: 4", "d: 2", "sampling: {lambdaMax: [1.2, 1.8]}"};
        String[] wide = {"name: b", "seed: 11", "runs: 9", "d: [2, 3]", "sampling: {lambdaMax: [1.2, 1.8]}",
                "grid: {sampling.meanJitter: [0.1, 0.2]}"};
        SweepPlan a = plan(narrow);
        SweepPlan b = plan(wide);

        for (long k = 0; k < a.runCount(); k++) {
            assertEquals(a.run(k).draw(MixtureSampler.LAMBDA_MAX_TARGET), b.run(k).draw(MixtureSampler.LAMBDA_MAX_TARGET));
        }
        assertNotEquals(a.run(0).draw(MixtureSampler.LAMBDA_MAX_TARGET),
                plan("name: a", "seed: 12", "runs: 4", "d: 2", "sampling: {lambdaMax: [1.2, 1.8]}").run(0).draw(MixtureSampler.LAMBDA_MAX_TARGET));
    }

    @Test
    void anisotropyScalesTheLambdaMaxTargetsWithD() {
        SweepPlan plan = plan("name: a", "seed: 5", "runs: 50", "d: [2, 3]", "sampling: {anisotropy: [0.5, 0.9]}");

        for (RunSpec run : plan.runs()) {
            double anisotropy = (run.draw(MixtureSampler.LAMBDA_MAX_TARGET) - 1) / (run.d() - 1);
            assertTrue(anisotropy >= 0.5 - 1e-12 && anisotropy <= 0.9 + 1e-12, () -> run.runId() + ": " + anisotropy);
        }
    }

    @Test
    void theDatumIsTheMixtureWithTheDrawnLambdaMax() {
        RunSpec run = plan(GRID_SWEEP).run(37);
        assertEquals(2, run.d());

        InitialDatum datum = run.datum();
        double[][] p = datum.secondMoments();
        double lambdaMax = (p[0][0] + p[1][1]) / 2 + Math.hypot((p[0][0] - p[1][1]) / 2, p[0][1]);
        assertEquals(run.draw(MixtureSampler.LAMBDA_MAX_TARGET), lambdaMax, 1e-9);
        assertEquals(MixtureGenerator.generate(MixtureSampler.spec(run), 11, 37).secondMoments()[0][1], p[0][1]);
    }

    @Test
    void bkwRunsDrawK0AndBuildTheBkwDatum() {
        SweepPlan plan = plan("name: b", "seed: 9", "runs: 20", "d: [2, 3]", "family: bkw",
                "grid: {sampling.K0: [[0.7, 0.8], 0.9]}");

        Map<Double, Integer> fixed = new LinkedHashMap<>();
        for (RunSpec run : plan.runs()) {
            double k0 = run.draw(BkwSampler.K0);
            assertNull(run.draw(MixtureSampler.LAMBDA_MAX_TARGET));
            assertEquals(java.util.Set.of(BkwSampler.K0), run.draws().keySet());
            assertEquals(k0, ((Bkw) run.datum()).k0());
            if (run.parameters().get("sampling.K0").equals("0.9")) {
                fixed.merge(k0, 1, Integer::sum);
            } else {
                assertTrue(k0 >= 0.7 && k0 <= 0.8, () -> run.runId() + ": " + k0);
            }
        }
        assertEquals(Map.of(0.9, 40), fixed);
    }
}
