package org.landausweep.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.landausweep.sweeps.SpecFormat;

/**
 * A sweep small enough for unit tests and the helpers to run it and read it back. "tiny" has 12 runs:
 * d = 2 (runs 0-5) and d = 3 (runs 6-11), two cells each, at tol 1e-6 with 40 samples; its d = 3 data
 * stay near equilibrium so that the operator cache remains cheap.
 */
final class TinySweeps {
    static final String YAML = """
            name: tiny
            seed: 7
            runs: 3
            d: [2, 3]
            sampling:
              components: [2, 2]
              anisotropy: [0.0, 0.2]
            solver:
              tol: 1.0e-6
              samples: 40
            grid:
              sampling.meanSpread: [0.3, 0.5]
            """;
    static final int RUNS = 12;
    static final int RUNS_D2 = 6;

    private TinySweeps() {
    }

    /** The tiny sweep. */
    static SweepSource tiny() {
        return SweepSource.parse(YAML, SpecFormat.YAML);
    }

    /** The tiny sweep with another seed: the same name, another fingerprint. */
    static SweepSource reseeded() {
        return SweepSource.parse(YAML.replace("seed: 7", "seed: 8"), SpecFormat.YAML);
    }

    static SweepLayout layout(Path output, SweepSource source) {
        try {
            return SweepLayout.of(new org.apache.hadoop.fs.Path(output.toUri()), new Configuration(), source.spec().name());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs (or resumes) {@code source} into {@code output} on the shared session; progress lines go to {@code lines}. */
    static SweepReport run(Path output, SweepSource source, SweepOptions options, RunSolver solver, List<String> lines)
            throws IOException {
        try (SweepState state = SweepState.open(layout(output, source), source, false)) {
            return new SweepJob(SharedSpark.get(), solver, options, lines::add).run(state);
        }
    }

    static SweepReport run(Path output, SweepSource source, SweepOptions options) throws IOException {
        return run(output, source, options, RunSolver.LANDAU, new ArrayList<>());
    }

    static Dataset<Row> table(Path output, String table) {
        return SharedSpark.get().read().parquet(output.resolve(table).toString());
    }

    /** Every file under {@code dir} (relative path) with the SHA-256 of its bytes. */
    static Map<String, String> digests(Path dir) throws IOException {
        Map<String, String> digests = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                digests.put(dir.relativize(file).toString(), sha256(Files.readAllBytes(file)));
            }
        }
        return digests;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
