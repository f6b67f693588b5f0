package org.landausweep.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landausweep.core.cli.Cli;
import org.landausweep.core.data.InitialDatum;
import org.landausweep.core.io.DatumJson;
import org.landausweep.core.search.SearchObjective;
import org.landausweep.sweeps.SpecFormat;

/**
 * The search job end to end on the shared session: a planted optimum is found, the tables are the same
 * whatever the partitioning and after an interruption, a real max_rate start never beats the theorem and
 * its best datum is re-solvable, and a bad file is refused with nothing written.
 */
class SearchJobTest {
    /** Six coordinates (K = 1, d = 2); f(x) = -|x - 0.5|^2 has its maximum 0 at x = (0.5, ..., 0.5). */
    static final String PLANTED = """
            name: planted
            seed: 11
            objective: planted
            d: [2]
            lambdaMax: [[1.0, 1.2], [1.2, 1.4]]
            components: 1
            starts: 3
            evaluations: 2000
            """;
    static final String RATE = """
            name: rate1
            seed: 5
            objective: max_rate
            d: 2
            lambdaMax: [[1.1, 1.3]]
            components: 2
            starts: 1
            evaluations: 6
            solver:
              tol: 1.0e-6
              samples: 40
            """;

    @TempDir
    Path output;

    @Test
    void plantedOptimumIsFoundToItsTolerance() throws IOException {
        List<Row> rows = run(output.resolve("a"), PLANTED, SweepOptions.defaults().withBatchSize(10), null);
        assertEquals(6, rows.size());
        for (Row r : rows) {
            // CMA-ES converges linearly on a sphere: 2,000 evaluations in 6 dimensions take it far below the tolerance 1e-6
            assertTrue(r.<Double>getAs("best_value") > -1e-6, "best " + r.getAs("best_value") + " of " + r.getAs("start_id"));
            assertTrue(r.<Double>getAs("best_value") <= 0);
            assertEquals("DECIDED", r.getAs("best_kind"));
        }
    }

    @Test
    void sameTablesWhateverThePartitioningAndAfterAnInterruption() throws IOException {
        List<Row> one = run(output.resolve("one"), PLANTED, SweepOptions.defaults().withBatchSize(10).withPartitions(1), null);
        List<Row> three = run(output.resolve("three"), PLANTED, SweepOptions.defaults().withBatchSize(10).withPartitions(3), null);
        assertEquals(one, three);

        Path resumed = output.resolve("resumed");
        run(resumed, PLANTED, SweepOptions.defaults().withBatchSize(2).withMaxBatches(1), null);
        assertEquals(2, table(resumed, SearchTables.STARTS).size(), "interrupted after one batch of 2 starts");
        List<String> lines = new ArrayList<>();
        List<Row> finished = run(resumed, PLANTED, SweepOptions.defaults().withBatchSize(2), lines);
        assertEquals(List.of("progress: 2/6 starts", "progress: 4/6 starts", "progress: 6/6 starts"), lines);
        assertEquals(one, finished, "one row per start, the same as uninterrupted");
        assertEquals(table(output.resolve("one"), SearchTables.TRAJECTORY), table(resumed, SearchTables.TRAJECTORY));
        assertFalse(Files.exists(resumed.resolve("_staging/planted")));
    }

    @Test
    void aMaxRateStartStaysBelowTheTheoremAndItsBestDatumIsSolvable() throws IOException {
        Path out = output.resolve("rate");
        List<Row> rows = run(out, RATE, SweepOptions.defaults(), null);
        Row r = rows.get(0);
        assertEquals("DECIDED", r.getAs("best_kind"));
        assertEquals(6, r.<Integer>getAs("evaluations"));
        double best = r.getAs("best_value");
        assertEquals(best, r.<Double>getAs("sup_rate"), 0, "max_rate is sup E'/E of the best point");
        assertTrue(best <= r.<Double>getAs("theorem_value"), best + " above the theorem's " + r.getAs("theorem_value"));
        InitialDatum datum = DatumJson.parse(r.<String>getAs("best_datum"));
        assertEquals(2, datum.d());
        double lambdaMax = new org.hipparchus.linear.EigenDecompositionSymmetric(org.hipparchus.linear.MatrixUtils.createRealMatrix(
                ((org.landausweep.core.data.GaussianMixture) datum).secondMoments())).getEigenvalues()[0];
        assertTrue(lambdaMax >= 1.1 - 1e-9 && lambdaMax <= 1.3 + 1e-9, "λmax " + lambdaMax + " inside the band");
        for (String column : List.of("start_datum", "best_datum")) {
            org.landausweep.core.data.GaussianMixture m = (org.landausweep.core.data.GaussianMixture) DatumJson.parse(r.<String>getAs(column));
            for (int k = 0; k < m.componentCount(); k++) {
                double[] sigma = new org.hipparchus.linear.EigenDecompositionSymmetric(org.hipparchus.linear.MatrixUtils.createRealMatrix(
                        m.covariance(k))).getEigenvalues();
                assertTrue(sigma[sigma.length - 1] >= 0.05 && sigma[0] <= 1.9, column + ": component variances inside the default [0.05, 1.9]");
            }
        }
        assertEquals(SearchObjective.MAX_RATE.key(), r.getAs("objective"));
        assertFalse(table(out, SearchTables.TRAJECTORY).isEmpty());

        // the cell's best, re-solved tighter and decided, is kept as datum JSON that solve reads, and named in the findings
        SearchSource source = SearchSource.parse(RATE, SpecFormat.YAML);
        List<String> findings = new ArrayList<>();
        SearchFindings.write(SharedSpark.get(), layout(out, source), source.spec(), findings::add);
        Path kept = out.resolve("best/rate1/cell-0.json");
        assertEquals(r.<String>getAs("best_datum"), Files.readString(kept).strip(), "the kept datum is the best point's");
        assertEquals(2, DatumJson.parse(Files.readString(kept)).d());
        assertTrue(findings.get(0).contains("at rate1-0") && findings.get(0).contains("kept in"), findings.get(0));
        assertTrue(findings.get(1).startsWith("conclusion: sup E'/E found at the best points: ") && findings.get(1).contains("no violation"),
                findings.get(1));
        assertEquals(String.join("\n", findings) + "\n", Files.readString(out.resolve("findings/rate1.txt")));
    }

    /**
     * A start that has no start datum (no draw meets componentVariance bounds this narrow: starts honour them) is a row
     * with nothing solved and the generator's reason, not a failed task.
     */
    @Test
    void startWithoutADatumIsARowWithNullEvaluation(@TempDir Path out) throws IOException {
        String never = RATE.replace("name: rate1", "name: never").replace("evaluations: 6", "evaluations: 3")
                + "componentVariance: [1.0, 1.000001]\n";
        List<Row> rows = run(out, never, new SweepOptions(1, 1, Integer.MAX_VALUE), null);
        assertEquals(1, rows.size());
        Row r = rows.get(0);
        assertEquals("no_start", r.getAs("stop"));
        assertTrue(r.<String>getAs("message").contains("componentVariance"), r.<String>getAs("message"));
        assertTrue(r.isNullAt(r.fieldIndex("best_kind")) && r.isNullAt(r.fieldIndex("theorem_value")) && r.isNullAt(r.fieldIndex("sup_rate"))
                && r.isNullAt(r.fieldIndex("rate_gap")), "nothing solved, nothing reported: " + r);
        assertEquals(0, r.<Integer>getAs("evaluations"));
    }

    /**
     * An output holds the starts of one specification: a search file whose fingerprint differs (another seed here; a new
     * {@code SearchSpec.START_DRAW} for an output drawn before) is refused on resume, exit 2, and the output is unchanged.
     */
    @Test
    void anOutputOfAnotherSpecificationIsRefusedOnResume(@TempDir Path dir) throws IOException {
        SharedSpark.get(); // the command runs on the test JVM's session and leaves it running
        Path spec = Files.writeString(dir.resolve("planted.yaml"), PLANTED.replace("starts: 3", "starts: 1"));
        Path target = dir.resolve("out");
        assertEquals(0, Cli.execute(new Landau(), new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                "search", spec.toString(), "--output", target.toString()));
        java.util.Map<String, String> before = TinySweeps.digests(target);
        Path reseeded = Files.writeString(dir.resolve("reseeded.yaml"), PLANTED.replace("starts: 3", "starts: 1").replace("seed: 11", "seed: 12"));
        StringWriter err = new StringWriter();
        int code = Cli.execute(new Landau(), new PrintWriter(new StringWriter()), new PrintWriter(err, true),
                "search", reseeded.toString(), "--output", target.toString());
        assertEquals(Cli.BAD_INPUT, code, err.toString());
        assertTrue(err.toString().contains("another specification") && err.toString().contains("--overwrite"), err.toString());
        assertEquals(before, TinySweeps.digests(target));
    }

    /**
     * An output of the earlier layout, whose starts files repeat the partition column d, is still read by compare's
     * results but refused on resume, exit 2, unchanged: new files beside it would make one table of two layouts.
     */
    @Test
    void anOutputOfTheEarlierLayoutIsReadButNotResumed(@TempDir Path dir) throws IOException {
        Path spec = Files.writeString(dir.resolve("planted.yaml"), PLANTED.replace("starts: 3", "starts: 1"));
        Path target = dir.resolve("out");
        assertEquals(0, Cli.execute(new Landau(), new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                "search", spec.toString(), "--output", target.toString()));
        // the earlier layout: the same rows with d in the file (the one file: both starts are one batch)
        Path file;
        try (var files = Files.walk(target.resolve("search/starts"))) {
            file = files.filter(p -> p.toString().endsWith(".parquet") && p.getParent().getFileName().toString().equals("d=2"))
                    .findFirst().orElseThrow();
        }
        Path rewritten = dir.resolve("rewritten");
        SharedSpark.get().read().option("basePath", target.resolve("search/starts").toString()).parquet(file.toString())
                .drop("sweep").coalesce(1).write().parquet(rewritten.toString());
        try (var files = Files.list(rewritten)) {
            Files.copy(files.filter(p -> p.toString().endsWith(".parquet")).findFirst().orElseThrow(), file,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertTrue(List.of(SharedSpark.get().read().parquet(file.toString()).columns()).contains("d"), "d in the file");
        assertEquals(2, org.landausweep.jobs.compare.SearchResults.read(SharedSpark.get(), new org.apache.hadoop.fs.Path(
                target.toUri()), "planted").starts(), "the results read it");

        java.util.Map<String, String> before = TinySweeps.digests(target);
        StringWriter err = new StringWriter();
        int code = Cli.execute(new Landau(), new PrintWriter(new StringWriter()), new PrintWriter(err, true),
                "search", spec.toString(), "--output", target.toString());
        assertEquals(Cli.BAD_INPUT, code, err.toString());
        assertTrue(err.toString().contains("earlier layout") && err.toString().contains("--overwrite"), err.toString());
        assertEquals(before, TinySweeps.digests(target));
    }

    @Test
    void badSearchFileExitsTwoAndWritesNothing() throws IOException {
        Path spec = output.resolve("bad.yaml");
        Files.writeString(spec, PLANTED.replace("components: 1", "components: 0"));
        Path target = output.resolve("never");
        StringWriter err = new StringWriter();
        int code = Cli.execute(new Landau(), new PrintWriter(new StringWriter()), new PrintWriter(err, true),
                "search", spec.toString(), "--output", target.toString());
        assertEquals(Cli.BAD_INPUT, code);
        assertTrue(err.toString().contains("components = 0"), err.toString());
        assertFalse(Files.exists(target));
    }

    /** Runs (or resumes) the search of {@code yaml} into {@code out}; returns its starts table in start order. */
    private static List<Row> run(Path out, String yaml, SweepOptions options, List<String> lines) throws IOException {
        SearchSource source = SearchSource.parse(yaml, SpecFormat.YAML);
        try (SweepState state = SweepState.open(layout(out, source), source.identity(), false, Duration.ofSeconds(60), false, s -> { })) {
            new SearchJob(SharedSpark.get(), options, lines == null ? s -> { } : lines::add).run(state, source);
        }
        return table(out, SearchTables.STARTS);
    }

    private static SweepLayout layout(Path out, SearchSource source) throws IOException {
        return SweepLayout.of(new org.apache.hadoop.fs.Path(out.toUri()), new Configuration(), source.spec().name(), SearchTables.TABLES);
    }

    private static List<Row> table(Path out, String name) {
        org.apache.spark.sql.Dataset<Row> rows = SharedSpark.get().read().parquet(out.resolve(name).toString());
        // one d, the partition's: the files do not repeat it (the earlier layout did, and Spark logged COLUMN_ALREADY_EXISTS)
        assertEquals(List.of("sweep", "d"), List.of(rows.columns()).subList(rows.columns().length - 2, rows.columns().length), name);
        assertEquals(1, java.util.Arrays.stream(rows.columns()).filter("d"::equals).count(), name + ": " + List.of(rows.columns()));
        return (name.equals(SearchTables.STARTS) ? rows.orderBy("start_index") : rows.orderBy("start_index", "evaluation")).collectAsList();
    }
}
