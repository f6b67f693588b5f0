package org.landausweep.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landausweep.core.evolution.SolveResult;
import org.landausweep.sweeps.RunSpec;

/**
 * Batches staged side by side ({@link StagingPipeline}) give the tables that batches run one after the
 * other give, and a sweep that dies with two batches in flight resumes to those tables, each run once.
 */
class SweepOverlapTest {
    /** Batches of 2: six batches, three of each dimension. */
    private static final SweepOptions SIX_BATCHES = SweepOptions.defaults().withBatchSize(2);

    /** A lost task, not a failed run: it escapes {@link RunSolver#solveOrFail} and fails the batch's Spark job. */
    private static final RunSolver DIES_IN_SECOND_BATCH = new RunSolver() {
        @Override
        public SolveResult solve(RunSpec run) {
            return RunSolver.LANDAU.solve(run);
        }

        @Override
        public SolveResult solveOrFail(RunSpec run) {
            if (run.runIndex() == 3) {
                throw new IllegalStateException("forced: the executor of batch 02-03 is lost");
            }
            return solve(run);
        }
    };

    @TempDir
    Path output;

    @Test
    void threeBatchesInFlightGiveTheTablesOfOneAtATime() throws IOException {
        Path serial = output.resolve("serial");
        Path overlapped = output.resolve("overlapped");
        TinySweeps.run(serial, TinySweeps.tiny(), SIX_BATCHES.withBatchesInFlight(1));
        List<String> lines = new ArrayList<>();
        SweepReport report = TinySweeps.run(overlapped, TinySweeps.tiny(), SIX_BATCHES.withBatchesInFlight(3), RunSolver.LANDAU, lines);

        assertEquals(new SweepReport("tiny", 12, 12, 0, 0, report.wallSeconds()), report);
        assertEquals(List.of("progress: 0/12 runs", "progress: 2/12 runs", "progress: 4/12 runs", "progress: 6/12 runs",
                "progress: 8/12 runs", "progress: 10/12 runs", "progress: 12/12 runs"), lines, "commits in batch order");
        assertSameTables(serial, overlapped);
        assertEquals(files(serial), files(overlapped), "the same files and markers");
    }

    @Test
    void aSweepKilledWithTwoBatchesInFlightResumesToTheSameTables() throws IOException {
        Path reference = output.resolve("reference");
        Path killed = output.resolve("killed");
        TinySweeps.run(reference, TinySweeps.tiny(), SIX_BATCHES.withBatchesInFlight(1));

        // Batches 00-01 and 02-03 start together; 02-03 dies while 00-01 is written and committed.
        SweepOptions twoInFlight = SIX_BATCHES.withBatchesInFlight(2);
        assertThrows(RuntimeException.class,
                () -> TinySweeps.run(killed, TinySweeps.tiny(), twoInFlight, DIES_IN_SECOND_BATCH, new ArrayList<>()));
        assertEquals(2, TinySweeps.table(killed, "runs").count(), "only batch 00-01 is committed");

        List<String> lines = new ArrayList<>();
        SweepReport resumed = TinySweeps.run(killed, TinySweeps.tiny(), twoInFlight, RunSolver.LANDAU, lines);
        assertEquals(new SweepReport("tiny", 12, 10, 0, 2, resumed.wallSeconds()), resumed);
        assertSameTables(reference, killed);
        assertEquals(files(reference), files(killed), "the same files and markers");
        assertFalse(Files.exists(killed.resolve("_staging/tiny")), "no staged batch is left");
    }

    private static void assertSameTables(Path expected, Path actual) {
        assertEquals(values(TinySweeps.table(expected, "runs").orderBy("run_index")),
                values(TinySweeps.table(actual, "runs").orderBy("run_index")), "runs");
        assertEquals(values(TinySweeps.table(expected, "timeseries").orderBy("run_index", "t")),
                values(TinySweeps.table(actual, "timeseries").orderBy("run_index", "t")), "timeseries");
    }

    /** Every value but the solver's wall time and the solve's clock. */
    private static List<Map<String, Object>> values(Dataset<Row> table) {
        return table.collectAsList().stream().map(row -> TableValues.of(row, SweepColumns.NOT_REPRODUCIBLE)).toList();
    }

    /** The relative paths of the tables' files and of the markers (their bytes hold clocks). */
    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString())
                    .filter(p -> !p.contains("lease") && !p.endsWith(".crc")).sorted().toList();
        }
    }
}
