package org.landausweep.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landausweep.sweeps.SpecFormat;

/** A sweep interrupted at any point and started again finishes only the missing runs, with one row per run. */
class SweepResumeTest {
    private static final SweepSource TINY = TinySweeps.tiny();

    @TempDir
    Path output;

    @Test
    void resumesAfterAnInterruptionBetweenRenamesAndThenHasNothingToDo() throws IOException {
        SweepOptions batchesOf4 = SweepOptions.defaults().withBatchSize(4);
        SweepReport first = TinySweeps.run(output, TINY, batchesOf4.withMaxBatches(2));
        assertEquals(6, first.done());
        assertEquals(6, first.remaining());

        // A crash inside the commit of batch 06-09: its timeseries file renamed, the runs file not, no marker.
        // The planted files hold the rows of runs 0-3: were they kept, those runs would appear twice.
        Path d2 = output.resolve("timeseries/sweep=tiny/d=2/part-00-03.parquet");
        Path planted = output.resolve("timeseries/sweep=tiny/d=3/part-06-09.parquet");
        Files.createDirectories(planted.getParent());
        Files.copy(d2, planted);
        Path staged = output.resolve("_staging/tiny/batch-06-09/runs/part-00000-0000.snappy.parquet");
        Files.createDirectories(staged.getParent());
        Files.copy(output.resolve("runs/sweep=tiny/d=2/part-00-03.parquet"), staged);

        List<String> lines = new ArrayList<>();
        SweepReport second = TinySweeps.run(output, TINY, batchesOf4, RunSolver.LANDAU, lines);
        assertEquals(new SweepReport("tiny", 12, 6, 0, 6, second.wallSeconds()), second);
        assertEquals(List.of("progress: 6/12 runs", "progress: 10/12 runs", "progress: 12/12 runs"), lines);
        assertOneRowPerRun();
        assertFalse(Files.exists(output.resolve("_staging/tiny")));

        Map<String, String> finished = TinySweeps.digests(output);
        lines.clear();
        SweepReport third = TinySweeps.run(output, TINY, batchesOf4, RunSolver.LANDAU, lines);
        assertEquals(new SweepReport("tiny", 12, 0, 0, 12, third.wallSeconds()), third);
        assertEquals(List.of("sweep tiny: all 12 runs are committed in " + TinySweeps.layout(output, TINY).root() + ", nothing to do"), lines);
        assertEquals(finished, TinySweeps.digests(output), "a finished sweep run again changes no file");
    }

    @Test
    void resumesWithAnotherBatchSize() throws IOException {
        TinySweeps.run(output, TINY, SweepOptions.defaults().withBatchSize(4).withMaxBatches(1));
        SweepReport rest = TinySweeps.run(output, TINY, SweepOptions.defaults().withBatchSize(5));
        assertEquals(8, rest.done());
        assertOneRowPerRun();
    }

    @Test
    void anOutputWrittenBeforeComponentVarianceResumesWithItsDefaultSpelledOut() throws IOException {
        TinySweeps.run(output, TINY, SweepOptions.defaults().withBatchSize(4).withMaxBatches(1));
        // the fingerprint main wrote for the tiny sweep at 1564391, before sampling.componentVariance existed
        assertEquals("7eb18324b8205c2e131fd582a554d6df578925bdfb08151171c5a5a64ac4c034",
                Files.readString(Path.of(TinySweeps.layout(output, TINY).fingerprintFile().toUri())).strip());

        String spelledOut = TinySweeps.YAML.replace("  components: [2, 2]\n", "  components: [2, 2]\n  componentVariance: null\n");
        SweepSource upgraded = SweepSource.parse(spelledOut, SpecFormat.YAML);
        SweepReport rest = TinySweeps.run(output, upgraded, SweepOptions.defaults().withBatchSize(4));
        assertEquals(8, rest.done(), "resumed without --overwrite");
        assertOneRowPerRun();
    }

    private void assertOneRowPerRun() {
        for (String table : List.of("runs", "timeseries")) {
            Dataset<Row> rows = TinySweeps.table(output, table);
            assertEquals(12, rows.select("run_id").distinct().count(), table);
        }
        assertEquals(12, TinySweeps.table(output, "runs").count());
        long samples = TinySweeps.table(output, "runs").selectExpr("sum(sample_count)").first().getLong(0);
        assertEquals(samples, TinySweeps.table(output, "timeseries").count());
    }
}
