package org.landausweep.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landausweep.core.cli.Cli;

/** {@code landau sweep} end to end: exit codes, refusals before anything is written, output lines. */
class SweepCommandTest {

    @TempDir
    Path dir;

    @Test
    void invalidSpecExits2AndWritesNothing() throws IOException {
        Path spec = write("bad.yaml", TinySweeps.YAML.replace("runs: 3", "runs: 0"));
        Result r = landau("sweep", spec.toString(), "--output", dir.resolve("out").toString());
        assertEquals(2, r.code);
        assertEquals("error: runs = 0: must be at least 1\n", r.err);
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void unreadableSpecOrBadOptionExits2AndWritesNothing() throws IOException {
        Result missing = landau("sweep", dir.resolve("nothing.yaml").toString(), "--output", dir.resolve("out").toString());
        assertEquals(2, missing.code);
        assertTrue(missing.err.startsWith("error: SPEC = ") && missing.err.contains("cannot be read"), missing.err);
        Path spec = write("tiny.yaml", TinySweeps.YAML);
        Result badSize = landau("sweep", spec.toString(), "--output", dir.resolve("out").toString(), "--batch-size", "0");
        assertEquals(2, badSize.code);
        assertEquals("error: --batch-size = 0: must be at least 1\n", badSize.err);
        Result noneInFlight = landau("sweep", spec.toString(), "--output", dir.resolve("out").toString(), "--batches-in-flight", "0");
        assertEquals(2, noneInFlight.code);
        assertEquals("error: --batches-in-flight = 0: must be at least 1\n", noneInFlight.err);
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void usageErrorsAreOneLineWithAHintToHelp() throws IOException {
        Path spec = write("tiny.yaml", TinySweeps.YAML);
        Result notANumber = landau("sweep", spec.toString(), "--output", dir.resolve("out").toString(), "--batch-size", "abc");
        assertEquals(2, notANumber.code);
        assertEquals("error: Invalid value for option '--batch-size': 'abc' is not an int (see landau sweep --help)\n", notANumber.err);
        Result unknown = landau("sweep", spec.toString(), "--frob");
        assertEquals(2, unknown.code);
        assertEquals("error: Unknown option: '--frob' (see landau sweep --help)\n", unknown.err);
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void aChangedSpecIsRefusedAndTheOutputLeftAlone() throws IOException {
        Path out = dir.resolve("out");
        SweepState.open(TinySweeps.layout(out, TinySweeps.tiny()), TinySweeps.tiny(), false).close();
        Map<String, String> before = TinySweeps.digests(out);
        Path changed = write("tiny.yaml", TinySweeps.YAML.replace("seed: 7", "seed: 8"));
        Result r = landau("sweep", changed.toString(), "--output", out.toString());
        assertEquals(2, r.code);
        assertTrue(r.err.startsWith("error: output ") && r.err.contains("already holds sweep tiny of another specification")
                && r.err.contains("--overwrite"), r.err);
        assertEquals(before, TinySweeps.digests(out));
    }

    @Test
    void runsResumesAndOverwritesASweep() throws IOException {
        SharedSpark.get(); // the command then runs on the test JVM's session and leaves it running
        Path spec = write("tiny.yaml", TinySweeps.YAML);
        Path out = dir.resolve("out");
        Result first = landau("sweep", spec.toString(), "--output", out.toString(), "--batch-size", "6", "--max-batches", "1");
        assertEquals(0, first.code, first.err);
        assertTrue(first.out.matches("(?s)progress: 0/12 runs\n(solving: [0-9]+/12 runs \\(.*\n)*progress: 6/12 runs\n"
                + "sweep tiny: 6 runs done, 0 failed, 0 skipped \\(already committed\\), wall [0-9.]+ s, [0-9.]+ solves/s\n"
                + "sweep tiny in file:" + out + ": 6 runs committed: 6 CERTIFIED\n"
                + "sweep tiny: 6 runs left; run the same command again to finish\n"), first.out);

        Result rest = landau("sweep", spec.toString(), "--output", out.toString(), "--batch-size", "6");
        assertEquals(0, rest.code, rest.err);
        assertTrue(rest.out.contains("\nsweep tiny: 6 runs done, 0 failed, 6 skipped (already committed), wall "), rest.out);
        assertTrue(rest.out.endsWith("sweep tiny in file:" + out + ": 12 runs committed: 12 CERTIFIED\n"
                + "next: bin/landau compare " + out + " --sweep tiny   (the summary and the findings)\n"), rest.out);

        Path changed = write("tiny.yaml", TinySweeps.YAML.replace("seed: 7", "seed: 8"));
        Result overwritten = landau("sweep", changed.toString(), "--output", out.toString(), "--overwrite");
        assertEquals(0, overwritten.code, overwritten.err);
        assertTrue(overwritten.out.contains("sweep tiny: 12 runs done, 0 failed, 0 skipped"), overwritten.out);
        String fingerprint = TinySweeps.reseeded().spec().fingerprint();
        assertEquals(fingerprint + "\n", Files.readString(out.resolve("_sweeps/tiny/fingerprint")));
        assertEquals(12, TinySweeps.table(out, "runs").where("spec_fingerprint = '" + fingerprint + "'").count());
        assertEquals(12, TinySweeps.table(out, "runs").count());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private record Result(int code, String out, String err) {
    }

    /** Runs the landau command line with stdout and stderr captured. */
    private static Result landau(String... args) {
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Cli.execute(new Landau(), args);
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }
}
