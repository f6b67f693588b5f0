package org.landausweep.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landausweep.core.data.GaussianMixture;
import org.landausweep.core.evolution.LandauSolver;
import org.landausweep.core.evolution.SampledEnclosure;
import org.landausweep.core.evolution.SolveResult;
import org.landausweep.core.io.SolveResultJson;
import org.landausweep.sweeps.MixtureSampler;
import org.landausweep.sweeps.RunSpec;
import org.landausweep.sweeps.SweepPlan;

/** The tables of a finished sweep hold one row per run, equal to what solver-core gives for the same run. */
class SweepTablesTest {
    private static final java.time.Instant TEST_STARTED = java.time.Instant.now();
    /** JSON fields of the solve command that are not runs columns: the curves go to the timeseries table. */
    private static final Set<String> NOT_IN_RUNS = Set.copyOf(TableSchemas.SAMPLE_COLUMNS);

    @TempDir
    static Path output;
    private static SweepReport report;
    private static final List<String> lines = new ArrayList<>();
    private static final SweepSource SOURCE = TinySweeps.tiny();
    private static final SweepPlan PLAN = new SweepPlan(SOURCE.spec());

    @BeforeAll
    static void runSweep() throws IOException {
        report = TinySweeps.run(output, SOURCE, SweepOptions.defaults().withBatchSize(4), RunSolver.LANDAU, lines);
    }

    @Test
    void reportsProgressAndCounts() {
        assertEquals(new SweepReport("tiny", 12, 12, 0, 0, report.wallSeconds()), report);
        // d = 2 has runs 0-5 in batches of 4 and 2, d = 3 runs 6-11 likewise.
        assertEquals(List.of("progress: 0/12 runs", "progress: 4/12 runs", "progress: 6/12 runs", "progress: 10/12 runs",
                "progress: 12/12 runs"), lines);
        assertTrue(report.summary().matches("sweep tiny: 12 runs done, 0 failed, 0 skipped \\(already committed\\), wall \\d+\\.\\d s, \\d+\\.\\d solves/s"),
                report.summary());
    }

    @Test
    void writesDeterministicFilesAndNoStaging() throws IOException {
        Set<String> files = TinySweeps.digests(output).keySet().stream().filter(f -> !f.contains(".crc")).collect(Collectors.toSet());
        assertEquals(Set.of("runs/sweep=tiny/d=2/part-00-03.parquet", "runs/sweep=tiny/d=2/part-04-05.parquet",
                "runs/sweep=tiny/d=3/part-06-09.parquet", "runs/sweep=tiny/d=3/part-10-11.parquet",
                "timeseries/sweep=tiny/d=2/part-00-03.parquet", "timeseries/sweep=tiny/d=2/part-04-05.parquet",
                "timeseries/sweep=tiny/d=3/part-06-09.parquet", "timeseries/sweep=tiny/d=3/part-10-11.parquet",
                "_sweeps/tiny/spec.json", "_sweeps/tiny/fingerprint", "_sweeps/tiny/committed/00-03",
                "_sweeps/tiny/committed/04-05", "_sweeps/tiny/committed/06-09", "_sweeps/tiny/committed/10-11"), files);
        assertFalse(Files.exists(output.resolve("_staging/tiny")));
        assertEquals(SOURCE.spec().fingerprint() + "\n", Files.readString(output.resolve("_sweeps/tiny/fingerprint")));
        assertEquals(SOURCE.spec().canonicalJson() + "\n", Files.readString(output.resolve("_sweeps/tiny/spec.json")));
    }

    @Test
    void runsTableHasTheDocumentedColumnsAndOneRowPerRun() {
        List<String> expected = Stream.concat(Arrays.stream(TableSchemas.RUNS.fieldNames()), TableSchemas.PARTITION_COLUMNS.stream()).toList();
        assertEquals(expected, List.of(TinySweeps.table(output, "runs").columns()));
        List<Row> rows = TinySweeps.table(output, "runs").orderBy("run_index").collectAsList();
        assertEquals(12, rows.size());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals((long) i, rows.get(i).<Long>getAs("run_index"));
        }
    }

    @Test
    void everyRunRowEqualsTheSolverOutputForItsRunSpec() {
        for (Row row : TinySweeps.table(output, "runs").collectAsList()) {
            RunSpec run = PLAN.run(row.<Long>getAs("run_index"));
            SolveResult solved = LandauSolver.solve(run.datum(), run.solverSettings());
            String id = run.runId();
            ObjectNode json = SolveResultJson.toJson(solved);
            for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String name = field.getKey();
                if (NOT_IN_RUNS.contains(name) || name.equals("wall_seconds") || name.equals("family")) {
                    continue;
                }
                assertEquals(TableValues.plain(field.getValue()), TableValues.of(row, name), id + " " + name);
            }
            assertEquals("CERTIFIED", row.getAs("status"), id + " " + row.getAs("message"));
            assertTrue(row.<Double>getAs("enclosure_max_rel_width") <= 1e-6, id + " certified width");
            assertTrue(row.<Boolean>getAs("monotone_certified") && !row.<Boolean>getAs("violation_certified")
                    && row.<Boolean>getAs("bound_holds_certified"), id + " decisions");
            assertTrue(row.<Double>getAs("c0_empirical_lower") <= row.<Double>getAs("c0_empirical_upper")
                    && row.<Double>getAs("decay_rate_asymptotic_lower") <= row.<Double>getAs("decay_rate_asymptotic_upper"), id + " intervals");
            assertTrue(row.<Integer>getAs("certified_degree") >= 2, id + " certified degree");
            assertEquals(run.runId(), row.getAs("run_id"));
            assertEquals(run.cellIndex(), row.<Integer>getAs("cell_index"));
            assertEquals(run.runSeed(), row.<Long>getAs("run_seed"));
            assertEquals("random-mixture", row.getAs("family"));
            assertEquals(run.parameters(), TableValues.of(row, "cell_parameters"));
            // the grid axis sampling.meanSpread: [0.3, 0.5], typed
            double spread = run.cellIndex() % 2 == 0 ? 0.3 : 0.5;
            assertEquals(Map.of("sampling.meanSpread", List.of(spread)), TableValues.of(row, "cell_parameter_values"), id);
            assertEquals(((GaussianMixture) run.datum()).componentCount(), row.<Integer>getAs("component_count"), id);
            assertEquals(SoftwareVersion.version(), row.getAs("software_version"));
            assertTrue(row.<java.sql.Timestamp>getAs("solved_at").toInstant().isAfter(TEST_STARTED), id + " solved_at");
            assertEquals(run.draw(MixtureSampler.LAMBDA_MAX_TARGET), row.getAs("lambda_max_target"));
            assertNull(row.getAs("k0"));
            assertEquals(1e-6, row.<Double>getAs("tol"));
            assertEquals(run.solverSettings().nMax(), row.<Integer>getAs("n_max"));
            assertNull(row.getAs("requested_horizon"));
            assertEquals(40, row.<Integer>getAs("sample_count"));
            assertNull(row.getAs("requested_times"));
            assertEquals(solved.theorem().lambdaMax(), row.<Double>getAs("lambda_max"));
            assertEquals(SOURCE.spec().fingerprint(), row.getAs("spec_fingerprint"));
            assertEquals("tiny", row.getAs("sweep"));
            assertEquals(run.d(), row.<Integer>getAs("d"));
        }
    }

    @Test
    void timeseriesHoldsTheSampledCurvesOfEveryRun() {
        List<String> expectedColumns = Stream.concat(Arrays.stream(TableSchemas.TIMESERIES.fieldNames()),
                TableSchemas.PARTITION_COLUMNS.stream()).toList();
        assertEquals(expectedColumns, List.of(TinySweeps.table(output, "timeseries").columns()));
        Map<Long, List<Row>> byRun = TinySweeps.table(output, "timeseries").orderBy("run_index", "t").collectAsList().stream()
                .collect(Collectors.groupingBy(r -> r.<Long>getAs("run_index")));
        assertEquals(12, byRun.size());
        for (Map.Entry<Long, List<Row>> entry : byRun.entrySet()) {
            RunSpec run = PLAN.run(entry.getKey());
            SolveResult solved = LandauSolver.solve(run.datum(), run.solverSettings());
            List<Row> rows = entry.getValue();
            assertEquals(solved.samples().count(), rows.size(), run.runId());
            for (int k = 0; k < rows.size(); k++) {
                Row row = rows.get(k);
                assertEquals(run.runId(), row.getAs("run_id"));
                assertEquals(solved.samples().t(k), row.<Double>getAs("t"));
                assertEquals(solved.samples().e(k), row.<Double>getAs("e"));
                assertEquals(solved.samples().dedt(k), row.<Double>getAs("dedt"));
                assertEquals(solved.samples().bound(k), row.<Double>getAs("bound"));
                assertEquals(solved.samples().pError(k), row.<Double>getAs("p_error"));
                assertEquals(solved.samples().e(k) / solved.datum().e0Closed(), row.<Double>getAs("e_over_e0"));
                assertEquals(run.d(), row.<Integer>getAs("d"));
                // the enclosure: the measured E_N (a lower bound of E) is below e_upper; no lower bound of E' is proved
                SampledEnclosure enclosure = solved.hermite().enclosure();
                assertEquals(enclosure.eLower()[k], row.<Double>getAs("e_lower"));
                assertEquals(enclosure.eUpper()[k], row.<Double>getAs("e_upper"));
                assertEquals(enclosure.dEdtUpper()[k], row.<Double>getAs("dedt_upper"));
                assertNull(row.getAs("dedt_lower"));
                assertTrue(row.<Double>getAs("e_lower") <= row.<Double>getAs("e_upper") && solved.samples().e(k) <= row.<Double>getAs("e_upper"),
                        run.runId() + " t = " + solved.samples().t(k));
            }
        }
    }
}
