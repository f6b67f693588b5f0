package org.landausweep.sweeps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.landausweep.core.data.InitialDatum;
import org.landausweep.core.diagnostics.Theorem1;
import org.landausweep.core.numerics.SecondMoments;

/** The sweep files shipped next to the module's pom.xml (the working directory of its tests). */
class ShippedSweepsTest {

    private static Map<Integer, Long> runsPerDimension(SweepSpec spec) {
        Map<Integer, Long> runs = new TreeMap<>();
        spec.cells().forEach(cell -> runs.merge(cell.d(), (long) spec.runsPerCell(), Long::sum));
        return runs;
    }

    @Test
    void quickIsAboutAThousandRunsInTwoAndThreeDimensions() throws IOException {
        SweepSpec quick = SweepSpec.read(Path.of("quick.yaml"));

        assertEquals("quick", quick.name());
        long runs = new SweepPlan(quick).runCount();
        assertTrue(runs >= 900 && runs <= 1100, "runs: " + runs);
        assertEquals(List.of(2, 3), List.copyOf(runsPerDimension(quick).keySet()));
    }

    @Test
    void aFifthOfQuickHasAPositiveT0() throws IOException {
        // Issue 10: quick must exercise Theorem 1 where it says more than decay, t0_theorem > 0, i.e.
        // λmax > (d + 1)/2, in at least 20 % of its runs; every run's own P_in is read, not the target.
        SweepPlan plan = new SweepPlan(SweepSpec.read(Path.of("quick.yaml")));
        long positive = 0;
        for (long k = 0; k < plan.runCount(); k++) {
            InitialDatum datum = plan.run(k).datum();
            double lambdaMax = SecondMoments.eigenvalues(datum.secondMoments())[0];
            if (new Theorem1(datum.d(), lambdaMax).t0() > 0) {
                positive++;
            }
        }
        assertTrue(positive >= 0.2 * plan.runCount(), positive + " of " + plan.runCount() + " runs with t0_theorem > 0");
    }

    @Test
    void theorem1UsesTheEarlyPieceInTwoDimensionsOnly() throws IOException {
        for (SweepCell cell : SweepSpec.read(Path.of("theorem1.yaml")).cells()) {
            assertEquals(cell.d() == 2, cell.solverSettings().earlyPiece(), "cell " + cell.index() + ", d = " + cell.d());
        }
    }

    @Test
    void theorem1HasTenThousandRunsPerDimensionSpanningLambdaMaxFromOneToNearlyD() throws IOException {
        SweepSpec theorem1 = SweepSpec.read(Path.of("theorem1.yaml"));

        assertEquals("theorem1", theorem1.name());
        Map<Integer, Long> runs = runsPerDimension(theorem1);
        assertEquals(List.of(2, 3), List.copyOf(runs.keySet()));
        runs.values().forEach(count -> assertTrue(count >= 10_000, "runs per dimension: " + runs));
        for (int d : runs.keySet()) {
            double lowest = Double.POSITIVE_INFINITY;
            double highest = 0;
            for (SweepCell cell : theorem1.cells()) {
                if (cell.d() == d) {
                    lowest = Math.min(lowest, MixtureSampler.lambdaMaxTargets(cell.sampling(), d).min());
                    highest = Math.max(highest, MixtureSampler.lambdaMaxTargets(cell.sampling(), d).max());
                }
            }
            assertEquals(1.0, lowest, "d = " + d);
            assertTrue(highest >= d - 0.15 && highest < d, "d = " + d + ": highest λmax target " + highest);
        }
    }

    @Test
    void shippedRunsBuildTheirData() throws IOException {
        for (String file : new String[] {"quick.yaml", "theorem1.yaml"}) {
            SweepPlan plan = new SweepPlan(SweepSpec.read(Path.of(file)));
            for (long k = 0; k < plan.runCount(); k += plan.runCount() / 50) {
                RunSpec run = plan.run(k);
                assertEquals(run.d(), run.datum().d(), run.runId());
            }
        }
    }
}
