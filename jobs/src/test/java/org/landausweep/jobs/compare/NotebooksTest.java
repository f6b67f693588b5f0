package org.landausweep.jobs.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The notebooks run headless against the tiny output, every cell ({@code notebooks/run.sh}). They need
 * {@code notebooks/setup.sh} first; without it this test is skipped, unless the environment variable
 * {@value #REQUIRED} is set (bin/test-all sets it after running the setup), and then it fails.
 */
class NotebooksTest {
    static final String REQUIRED = "LANDAU_REQUIRE_NOTEBOOKS";
    private static final Path NOTEBOOKS = Path.of("..", "notebooks").toAbsolutePath().normalize();

    @Test
    void everyCellOfEveryNotebookRuns() throws IOException, InterruptedException {
        boolean ready = Files.isExecutable(Path.of("/usr/bin/jupyter"))
                && Files.isRegularFile(NOTEBOOKS.resolveSibling(".tools").resolve("duckdb_jdbc-2.0.0.1.jar"));
        if (System.getenv(REQUIRED) == null) {
            Assumptions.assumeTrue(ready, "skipped: the notebooks need /usr/bin/jupyter and .tools/duckdb_jdbc-2.0.0.1.jar: run notebooks/setup.sh");
        }
        Path output = TinyOutput.root();
        Path log = Files.createTempFile(output.getParent(), "notebooks", ".log");
        Process run = new ProcessBuilder(NOTEBOOKS.resolve("run.sh").toString(), output.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!run.waitFor(300, TimeUnit.SECONDS)) {
            run.destroyForcibly();
        }
        assertEquals(0, run.isAlive() ? -1 : run.exitValue(), () -> "notebooks/run.sh failed:\n" + read(log));
    }

    private static String read(Path log) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
