package org.landausweep.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landausweep.core.cli.Cli;

/**
 * The environment failing under a sweep (issue 13): a full disk at the start used to leave an empty
 * fingerprint that refused every later run, and mid-sweep printed hundreds of lines. Now each is one
 * line on stderr naming the path and the cause, exit 3, and the same command resumes once the disk
 * has room. Through a file-system stub ({@link FullDiskFileSystem}) always, and through a real tmpfs
 * where the test may mount one.
 */
class SweepEnvironmentTest {
    private static final String IMPL = "fs.fulldisk.impl";

    @TempDir
    Path dir;
    private Path mounted;

    @BeforeEach
    void registerStub() {
        FullDiskFileSystem.reset();
        System.setProperty("spark.hadoop." + IMPL, FullDiskFileSystem.class.getName());
        SharedSpark.get().sparkContext().hadoopConfiguration().set(IMPL, FullDiskFileSystem.class.getName());
    }

    @AfterEach
    void cleanUp() throws Exception {
        FullDiskFileSystem.reset();
        System.clearProperty("spark.hadoop." + IMPL);
        if (mounted != null) {
            new ProcessBuilder("umount", mounted.toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aFullDiskAtTheStartIsOneLineAndTheNextRunSucceeds() throws IOException {
        String out = "fulldisk:" + dir.resolve("out");
        FullDiskFileSystem.BUDGET.set(0);
        SweepTamperingTest.Result full = sweep(out);
        assertEnvironmentFailure(full, "cannot create " + out + "/_leases/tiny: No space left on device");
        assertFalse(Files.exists(dir.resolve("out/_sweeps/tiny/fingerprint")), "no fingerprint, empty or not");
        assertFalse(Files.exists(dir.resolve("out/_leases/tiny")), "no lease, empty or not");

        FullDiskFileSystem.reset();
        SweepTamperingTest.Result again = sweep(out);
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("sweep tiny: 12 runs done, 0 failed, 0 skipped"), again.out());
    }

    @Test
    void aFullDiskMidSweepIsOneLineAndTheNextRunResumes() throws IOException {
        // What state and the first batch take, measured on a first output. One batch in flight, so that the disk
        // fills in the second batch's staging and not while the first commits (SweepOverlapTest covers two in flight).
        FullDiskFileSystem.BUDGET.set(Long.MAX_VALUE / 2);
        assertEquals(0, sweep("fulldisk:" + dir.resolve("probe"), "--max-batches", "1", "--batches-in-flight", "1").code());
        long firstBatch = Long.MAX_VALUE / 2 - FullDiskFileSystem.BUDGET.get();

        String out = "fulldisk:" + dir.resolve("out");
        FullDiskFileSystem.BUDGET.set(firstBatch + 2000); // room for lease renewals, not for the second batch's files
        SweepTamperingTest.Result full = sweep(out, "--batches-in-flight", "1");
        assertEnvironmentFailure(full, "No space left on device");
        assertTrue(full.err().contains("/_staging/tiny/batch-06-11/"), full.err());
        assertTrue(full.out().contains("progress: 6/12 runs"), full.out());

        FullDiskFileSystem.reset();
        SweepTamperingTest.Result again = sweep(out);
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("sweep tiny: 6 runs done, 0 failed, 6 skipped"), again.out());
        assertEquals(TinySweeps.RUNS, TinySweeps.table(dir.resolve("out"), "runs").select("run_id").distinct().count());
        assertEquals(TinySweeps.RUNS, TinySweeps.table(dir.resolve("out"), "runs").count());
        assertEquals(0, SweepTamperingTest.landau("verify", out).code());
    }

    @Test
    void permissionDeniedIsOneLineNamingThePath() throws IOException {
        String out = "fulldisk:" + dir.resolve("out");
        FullDiskFileSystem.DENY = true;
        assertEnvironmentFailure(sweep(out), "cannot create " + out + "/_leases/tiny: ");
        FullDiskFileSystem.reset();
        assertEquals(0, sweep(out).code());
    }

    @Test
    void aRealFullDiskWhereATmpfsCanBeMounted() throws Exception {
        Path mount = Files.createDirectory(dir.resolve("tmpfs"));
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", mount.toString()).redirectErrorStream(true).start();
        Assumptions.assumeTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0, "cannot mount a tmpfs here (not root, or no mount namespace)");
        mounted = mount;
        Path filler = mount.resolve("filler");
        fill(filler);
        Path out = mount.resolve("out");
        assertEnvironmentFailure(sweep(out.toString()), "No space left on device");

        Files.delete(filler);
        SweepTamperingTest.Result again = sweep(out.toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("sweep tiny: 12 runs done, 0 failed, 0 skipped"), again.out());
    }

    private SweepTamperingTest.Result sweep(String output, String... more) throws IOException {
        Path spec = dir.resolve("tiny.yaml");
        if (!Files.exists(spec)) {
            Files.writeString(spec, TinySweeps.YAML);
        }
        String[] args = new String[5 + more.length];
        args[0] = "sweep";
        args[1] = spec.toString();
        args[2] = "--output";
        args[3] = output;
        args[4] = "--batch-size=6";
        System.arraycopy(more, 0, args, 5, more.length);
        // progress lines go to System.out
        java.io.PrintStream stdout = System.out;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            SweepTamperingTest.Result r = SweepTamperingTest.landau(args);
            return new SweepTamperingTest.Result(r.code(), captured.toString(java.nio.charset.StandardCharsets.UTF_8) + r.out(), r.err());
        } finally {
            System.setOut(stdout);
        }
    }

    private static void assertEnvironmentFailure(SweepTamperingTest.Result r, String part) {
        assertEquals(Cli.ENVIRONMENT, r.code(), r.out() + r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        assertTrue(r.err().startsWith("error: cannot ") && r.err().contains(part), r.err());
    }

    private static void fill(Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] block = new byte[4096];
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // the disk is full
        }
    }
}
