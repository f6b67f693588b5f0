package org.landausweep.jobs.compare;

import org.landausweep.jobs.SharedSpark;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.landausweep.core.cli.Cli;
import org.landausweep.jobs.Landau;

/**
 * An output root made once per test JVM by the real commands, {@code landau sweep} twice and
 * {@code landau compare}, on the shared session: sweep "cmp" (12 runs, d = 2, λmax targets in [1, 1.9],
 * so some have t0_theorem &gt; 0) and sweep "cmp3" (4 runs, d = 3 near equilibrium, which keeps its
 * solves cheap; its one-value grid axis makes its spec.json fill in a grid field's default). About 20 s.
 */
public final class TinyOutput {
    static final String CMP = """
            name: cmp
            seed: 11
            runs: 12
            d: 2
            sampling:
              components: [2, 2]
              lambdaMax: [1.0, 1.9]
            solver:
              tol: 1.0e-6
              samples: 60
            """;
    static final String CMP3 = """
            name: cmp3
            seed: 12
            runs: 4
            d: 3
            sampling:
              components: [2, 2]
              anisotropy: [0.0, 0.2]
            solver:
              tol: 1.0e-6
              samples: 60
            grid:
              sampling.meanSpread: [0.3]
            """;
    static final int CMP_RUNS = 12;
    static final int CMP3_RUNS = 4;

    private static Path root;

    private TinyOutput() {
    }

    /** The output root, made on first use under target/. */
    public static synchronized Path root() throws IOException {
        if (root == null) {
            Path dir = Path.of("target", "compare-tiny").toAbsolutePath();
            deleteRecursively(dir);
            Path output = Files.createDirectories(dir.resolve("output"));
            SharedSpark.get(); // the commands use the session of the JVM
            for (String spec : new String[] {CMP, CMP3}) {
                Path file = dir.resolve(spec.lines().findFirst().orElseThrow().substring("name: ".length()) + ".yaml");
                Files.writeString(file, spec);
                assertEquals(0, landau("sweep", file.toString(), "--output", output.toString()), "sweep " + file);
            }
            assertEquals(0, landau("compare", output.toString()), "compare");
            root = output;
        }
        return root;
    }

    /** Runs the landau command line in this JVM and returns its exit code. */
    public static int landau(String... args) {
        return Cli.execute(new Landau(), args);
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
