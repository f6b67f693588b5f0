package org.landausweep.jobs.compare;

import org.landausweep.jobs.SharedSpark;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** compare on real sweeps: its counts equal counts taken from the runs table directly, and it is repeatable. */
class SummaryOfSweepTest {

    private static List<Row> table(Path root, String table) {
        return SharedSpark.get().read().parquet(root.resolve(table).toString()).collectAsList();
    }

    /** (sweep, d, family, bin) of a runs or summary row. */
    private static List<Object> key(Row row, Integer bin) {
        return List.of(row.getAs("sweep"), row.getAs("d"), row.getAs("family"), bin);
    }

    @Test
    void countsEqualCountsOfTheRunsTable() throws IOException {
        Path root = TinyOutput.root();
        Map<List<Object>, long[]> expected = new HashMap<>(); // runs, failed, violating, after t0, t0 > 0
        List<Row> runs = table(root, "runs");
        assertEquals(TinyOutput.CMP_RUNS + TinyOutput.CMP3_RUNS, runs.size());
        for (Row run : runs) {
            Double lambda = run.getAs("lambda_max");
            long[] c = expected.computeIfAbsent(key(run, LambdaBins.index(lambda != null ? lambda : run.getAs("lambda_max_target"))),
                    k -> new long[5]);
            c[0]++;
            c[1] += "FAILED".equals(run.getAs("status")) ? 1 : 0;
            Integer violations = run.getAs("violation_count");
            c[2] += violations != null && violations > 0 ? 1 : 0;
            c[3] += Boolean.TRUE.equals(run.getAs("violation_after_t0")) ? 1 : 0;
            Double t0 = run.getAs("t0_theorem");
            c[4] += t0 != null && t0 > 0 ? 1 : 0;
        }
        List<Row> summary = table(root, "summary");
        assertEquals(expected.size(), summary.size());
        assertTrue(expected.keySet().stream().anyMatch(k -> k.get(3).equals(3)), "the sweep reaches a bin with t0_theorem > 0");
        for (Row row : summary) {
            long[] c = expected.get(key(row, row.getAs("lambda_bin")));
            assertEquals(c[0], row.<Long>getAs("runs"), row.toString());
            assertEquals(c[1], row.<Long>getAs("failed_runs"));
            assertEquals(c[2], row.<Long>getAs("violation_runs"));
            assertEquals(c[3], row.<Long>getAs("violation_after_t0_runs"));
            assertEquals((double) c[4] / (c[0] - c[1]), row.<Double>getAs("t0_positive_fraction"), 1e-15);
            assertEquals(ClopperPearson.upper95(c[2], c[0] - c[1]), row.<Double>getAs("violation_runs_p_upper95"));
        }
    }

    /**
     * κ and its certified lower bound recomputed here from the tables, over cmp's evidence runs: min over samples t &gt; 0 of
     * -ln(E/E(0))/t with E = E_N and with E = E_upper. As E_N &lt;= E_upper, the bound is below κ.
     */
    @Test
    void sharpestKappaAndItsLowerBoundAreTheSmallestRatesOfTheEvidenceRuns() throws IOException {
        Path root = TinyOutput.root();
        Map<String, Double> e0 = new HashMap<>();
        for (Row run : table(root, "runs")) {
            if ("cmp".equals(run.getAs("sweep")) && List.of("CERTIFIED", "DECIDED").contains(run.<String>getAs("status"))) {
                e0.put(run.getAs("run_id"), run.getAs("e0_closed"));
            }
        }
        assertTrue(e0.size() >= TinyOutput.CMP_RUNS - 1, "cmp's runs are evidence: " + e0.size());
        double kappa = Double.POSITIVE_INFINITY;
        double lower = Double.POSITIVE_INFINITY;
        for (Row sample : table(root, "timeseries")) {
            double t = sample.<Double>getAs("t");
            Double runE0 = e0.get(sample.<String>getAs("run_id"));
            if ("cmp".equals(sample.getAs("sweep")) && t > 0 && runE0 != null) {
                kappa = Math.min(kappa, -Math.log(sample.<Double>getAs("e_over_e0")) / t);
                lower = Math.min(lower, -Math.log(sample.<Double>getAs("e_upper") / runE0) / t);
            }
        }
        List<Row> cmp = table(root, "summary").stream().filter(r -> "cmp".equals(r.getAs("sweep"))).toList();
        assertEquals(kappa, cmp.stream().mapToDouble(r -> r.<Double>getAs("kappa_sharpest")).min().orElseThrow(), 1e-15);
        assertEquals(lower, cmp.stream().mapToDouble(r -> r.<Double>getAs("kappa_sharpest_lower")).min().orElseThrow(), 1e-15);
        assertTrue(lower > 0 && lower <= kappa, lower + " <= " + kappa);
        for (Row r : cmp) {
            assertTrue(r.<Long>getAs("fourfold_decay_proved_runs") + r.<Long>getAs("fourfold_decay_disproved_runs")
                    <= r.<Long>getAs("evidence_runs"), r.toString());
            assertTrue(r.<Double>getAs("c_sharpest_upper") >= r.<Double>getAs("c_sharpest"), r.toString());
        }
    }

    @Test
    void runningAgainReplacesOnlyThatSweepsSummaryWithTheSameRows() throws IOException {
        Path root = TinyOutput.root();
        List<String> before = table(root, "summary").stream().map(Row::toString).sorted().toList();
        Path otherFile = root.resolve("summary").resolve("sweep=cmp3").resolve("d=3").resolve("kept.txt");
        Files.writeString(otherFile, "not cmp's");
        assertEquals(0, TinyOutput.landau("compare", root.toString(), "--sweep", "cmp"));
        assertTrue(Files.exists(otherFile), "cmp3's summary is left alone");
        Files.delete(otherFile);
        assertEquals(before, table(root, "summary").stream().map(Row::toString).sorted().toList());
    }
}
