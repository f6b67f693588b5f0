package org.landausweep.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landausweep.core.cli.Cli;

/**
 * Committed files damaged behind the sweep's back (issue 13): each used to be served as if nothing had
 * happened ("nothing to do", then wrong counts or an unreadable file in compare). Now {@code verify}
 * exits 4 naming the file, {@code compare} refuses, and the next sweep run repairs the output, solving
 * the damaged batch again, to the same values as the undamaged sweep.
 */
class SweepTamperingTest {
    private static final SweepSource TINY = TinySweeps.tiny();
    private static final SweepOptions BATCHES_OF_6 = SweepOptions.defaults().withBatchSize(6);
    private static final String D2_RUNS = "runs/sweep=tiny/d=2/part-00-05.parquet";
    private static final String D3_RUNS = "runs/sweep=tiny/d=3/part-06-11.parquet";

    @TempDir
    static Path template;
    @TempDir
    Path output;

    @BeforeAll
    static void sweepOnce() throws IOException {
        TinySweeps.run(template, TINY, BATCHES_OF_6);
    }

    @Test
    void undamagedOutputVerifies() throws IOException {
        copyTemplate();
        Result r = landau("verify", output.toString());
        assertEquals(0, r.code, r.out + r.err);
        assertTrue(r.out.endsWith(": 1 sweeps, 2 batches verified, 0 problems\n"), r.out);
    }

    @Test
    void aTruncatedFileIsDamageAndItsBatchIsSolvedAgain() throws IOException {
        copyTemplate();
        Path file = output.resolve(D3_RUNS);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(raf.length() / 2);
        }
        assertDamaged("batch 06-11 is damaged: file:" + file.toUri().getPath() + " has ");
        List<String> lines = repair(6);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("sweep tiny: batch 06-11 is damaged (") && l.endsWith("it is solved again")), lines::toString);
        assertRepaired();
    }

    @Test
    void aChangedFileOfTheSameSizeIsDamage() throws IOException {
        copyTemplate();
        Path file = output.resolve(D2_RUNS);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 1;
        Files.write(file, bytes);
        Files.deleteIfExists(file.resolveSibling("." + file.getFileName() + ".crc"));
        assertDamaged("has other content than its marker says");
        repair(6);
        assertRepaired();
    }

    @Test
    void aDeletedRunsFileIsDamageAndItsTimeseriesIsMovedAside() throws IOException {
        copyTemplate();
        Files.delete(output.resolve(D2_RUNS));
        assertDamaged("is missing");
        repair(6);
        assertRepaired();
        try (Stream<Path> moved = Files.walk(output.resolve("_quarantine/tiny"))) {
            assertTrue(moved.anyMatch(p -> p.endsWith("timeseries/sweep=tiny/d=2/part-00-05.parquet")), "the orphan timeseries file is kept aside");
        }
    }

    @Test
    void aStrayCopyIsMovedAsideAndNeverCounted() throws IOException {
        copyTemplate();
        Files.copy(output.resolve(D2_RUNS), output.resolve("runs/sweep=tiny/d=2/stray.parquet"));
        assertDamaged("stray.parquet is named by no marker");
        Result toldToGoOn = landau("compare", output.toString(), "--unverified");
        assertEquals(0, toldToGoOn.code, toldToGoOn.err);
        List<String> lines = repair(0);
        assertTrue(lines.stream().anyMatch(l -> l.contains("stray.parquet is named by no marker: moved to")), lines::toString);
        assertRepaired();
    }

    @Test
    void aRemovedMarkerUncommitsItsBatch() throws IOException {
        copyTemplate();
        Files.delete(output.resolve("_sweeps/tiny/committed/00-05"));
        assertDamaged("belongs to no committed batch");
        repair(6);
        assertRepaired();
    }

    @Test
    void aMarkerWithoutManifestIsDamage() throws IOException {
        copyTemplate();
        Files.writeString(output.resolve("_sweeps/tiny/committed/06-11"), "");
        Files.deleteIfExists(output.resolve("_sweeps/tiny/committed/.06-11.crc"));
        assertDamaged("a marker without a manifest");
        repair(6);
        assertRepaired();
    }

    /** verify exits 4 with a line containing {@code expected}; compare refuses with exit 4 and summarizes nothing. */
    private void assertDamaged(String expected) {
        Result verify = landau("verify", output.toString());
        assertEquals(Cli.DAMAGED, verify.code, verify.out + verify.err);
        assertTrue(verify.out.contains(expected), verify.out);
        SharedSpark.get();
        Result compare = landau("compare", output.toString());
        assertEquals(Cli.DAMAGED, compare.code, compare.out + compare.err);
        assertTrue(compare.err.startsWith("error: output ") && compare.err.contains("fails verification") && compare.err.contains("--unverified"),
                compare.err);
        assertEquals(1, compare.err.strip().lines().count(), compare.err);
        assertFalse(Files.exists(output.resolve("summary")), "nothing summarized");
        assertFalse(Files.exists(output.resolve("_quarantine")), "verify and compare change nothing");
    }

    /** Runs the sweep again: it solves {@code resolved} runs; returns its lines. */
    private List<String> repair(long resolved) throws IOException {
        List<String> lines = new ArrayList<>();
        SweepReport report = TinySweeps.run(output, TINY, BATCHES_OF_6, RunSolver.LANDAU, lines);
        assertEquals(resolved, report.done(), lines::toString);
        return lines;
    }

    /** verify is clean and both tables hold the template's values, one row per run. */
    private void assertRepaired() {
        assertEquals(0, landau("verify", output.toString()).code);
        for (String table : SweepLayout.TABLES) {
            Dataset<Row> repaired = comparable(TinySweeps.table(output, table));
            Dataset<Row> reference = comparable(TinySweeps.table(template, table));
            assertEquals(reference.count(), repaired.count(), table);
            assertEquals(0, reference.exceptAll(repaired).count(), table + " values as in the undamaged sweep");
        }
        assertEquals(TinySweeps.RUNS, TinySweeps.table(output, "runs").select("run_id").distinct().count());
    }

    /** Without the columns that differ between solves of the same run, maps as JSON text (set operations refuse maps). */
    private static Dataset<Row> comparable(Dataset<Row> table) {
        Dataset<Row> t = table.drop(SweepColumns.NOT_REPRODUCIBLE.toArray(String[]::new));
        for (org.apache.spark.sql.types.StructField f : t.schema().fields()) {
            if (f.dataType() instanceof org.apache.spark.sql.types.MapType) {
                t = t.withColumn(f.name(), org.apache.spark.sql.functions.to_json(t.col(f.name())));
            }
        }
        return t;
    }

    private void copyTemplate() throws IOException {
        try (Stream<Path> files = Files.walk(template)) {
            for (Path p : files.toList()) {
                Path target = output.resolve(template.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    record Result(int code, String out, String err) {
    }

    static Result landau(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.execute(new Landau(), new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }
}
