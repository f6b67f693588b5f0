package org.landausweep.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code landau search} in its own JVM, SIGKILLed after its first batch of starts is committed and before its
 * last: the same command run again commits only the missing batches, leaves the files committed before the kill
 * as they were, and ends with one row per start in both tables, equal to an uninterrupted run's. About 60 s on two
 * shared cores, most of it the two child JVMs starting Spark; the six starts are two d = 2 solves each.
 */
class SearchDriverKillTest {
    /** Three batches of two starts; a start is its start point and one CMA-ES step, two d = 2 solves of about a second each. */
    static final String SPEC = """
            name: killed
            seed: 9
            objective: max_rate
            d: 2
            lambdaMax: [[1.1, 1.4]]
            components: 2
            starts: 6
            evaluations: 2
            solver:
              tol: 1.0e-6
              samples: 40
            """;
    static final int STARTS = 6;
    static final int BATCH = 2;
    private static final Pattern PROGRESS = Pattern.compile("progress: (\\d+)/" + STARTS + " starts");

    @TempDir
    Path dir;

    @Test
    void aKilledSearchIsFinishedByTheSameCommandWithoutRedoingCommittedStarts() throws Exception {
        Path spec = Files.writeString(dir.resolve("killed.yaml"), SPEC);
        Path output = dir.resolve("out");
        Path search = output.resolve("search");

        Child first = Child.start(spec, output);
        int seen = first.awaitProgress(done -> done >= BATCH);
        first.process.destroyForcibly(); // SIGKILL: no shutdown hook, no clean-up of its own
        assertTrue(first.process.waitFor(30, TimeUnit.SECONDS), "search still alive after SIGKILL");
        List<String> committed = markers(search);
        assertTrue(seen < STARTS && !committed.isEmpty() && committed.size() < STARTS / BATCH,
                "killed between the first and the last commit: saw " + seen + " done, markers " + committed + "\n" + first.tail());
        Map<String, String> before = TinySweeps.digests(search.resolve("starts"));
        before.putAll(TinySweeps.digests(search.resolve("trajectory")));

        Child again = Child.start(spec, output);
        assertEquals(0, again.finish(), again.tail());
        int skipped = committed.size() * BATCH;
        List<Integer> progress = again.progress();
        List<Integer> expected = new ArrayList<>();
        for (int done = skipped; done <= STARTS; done += BATCH) {
            expected.add(done);
        }
        assertEquals(expected, progress, "the re-run starts after the committed batches and runs each missing batch once\n" + again.tail());
        assertEquals(STARTS / BATCH, markers(search).size(), "one marker per batch");
        Map<String, String> after = TinySweeps.digests(search.resolve("starts"));
        after.putAll(TinySweeps.digests(search.resolve("trajectory")));
        before.forEach((file, digest) -> assertEquals(digest, after.get(file), file + " was committed before the kill and must not change"));
        assertTrue(again.lines().stream().anyMatch(l -> l.startsWith("  conclusion: ")), "the findings after the last batch\n" + again.tail());

        List<Row> starts = table(search, SearchTables.STARTS);
        assertEquals(List.of(0L, 1L, 2L, 3L, 4L, 5L), starts.stream().map(r -> r.<Long>getAs("start_index")).toList(), "each start once");
        List<Row> trajectory = table(search, SearchTables.TRAJECTORY);
        assertEquals(trajectory.size(), trajectory.stream().map(r -> List.of(r.getAs("start_index"), r.getAs("evaluation"))).distinct().count(),
                "no trajectory step twice");

        // uninterrupted, in this JVM: the job alone (the findings' re-solve writes no table)
        Path uninterrupted = dir.resolve("uninterrupted");
        SearchSource source = SearchSource.parse(SPEC, org.landausweep.sweeps.SpecFormat.YAML);
        SweepLayout layout = SweepLayout.of(new org.apache.hadoop.fs.Path(uninterrupted.toUri()), new org.apache.hadoop.conf.Configuration(),
                source.spec().name(), SearchTables.TABLES);
        try (SweepState state = SweepState.open(layout, source.identity(), false, java.time.Duration.ofSeconds(60), false, l -> { })) {
            assertEquals(0, new SearchJob(SharedSpark.get(), SweepOptions.defaults().withBatchSize(BATCH), l -> { }).run(state, source));
        }
        assertEquals(table(uninterrupted, SearchTables.STARTS), starts, "starts as uninterrupted");
        assertEquals(table(uninterrupted, SearchTables.TRAJECTORY), trajectory, "trajectory as uninterrupted");
        System.out.printf("SIGKILLed after 'progress: %d/%d starts' with markers %s; the re-run printed progress %s%n", seen, STARTS,
                committed, progress);
    }

    private static List<String> markers(Path search) throws IOException {
        Path dir = search.resolve("_sweeps/killed/committed");
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static List<Row> table(Path search, String name) {
        org.apache.spark.sql.Dataset<Row> rows = SharedSpark.get().read().parquet(search.resolve(name).toString());
        return (name.equals(SearchTables.STARTS) ? rows.orderBy("start_index") : rows.orderBy("start_index", "evaluation")).collectAsList();
    }

    /** {@code landau search SPEC --output OUTPUT --batch-size 2 --master local[1]} in a JVM of its own, its output collected line by line. */
    private record Child(Process process, List<String> output, Thread reader, long started) {

        static Child start(Path spec, Path output) throws IOException {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "@" + Path.of("..", "conf", "jvm-options").toAbsolutePath(), "-Xmx1g", "-XX:TieredStopAtLevel=1",
                    "-cp", System.getProperty("java.class.path"), Landau.class.getName(),
                    "search", spec.toString(), "--output", output.toString(), "--batch-size", Integer.toString(BATCH), "--master", "local[1]"));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
            Process process = builder.start();
            List<String> lines = Collections.synchronizedList(new ArrayList<>());
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        lines.add(line);
                    }
                } catch (IOException ended) {
                    // the process was killed: its output ends here
                }
            });
            reader.setDaemon(true);
            reader.start();
            return new Child(process, lines, reader, System.nanoTime());
        }

        /** Waits (at most 120 s) for a progress line whose count satisfies {@code until}; returns that count. */
        int awaitProgress(java.util.function.IntPredicate until) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (System.nanoTime() < deadline && process.isAlive()) {
                for (int done : progress()) {
                    if (until.test(done)) {
                        return done;
                    }
                }
                Thread.sleep(20);
            }
            throw new AssertionError("no such progress line:\n" + tail());
        }

        List<Integer> progress() {
            List<Integer> counts = new ArrayList<>();
            for (String line : lines()) {
                Matcher m = PROGRESS.matcher(line);
                if (m.matches()) {
                    counts.add(Integer.parseInt(m.group(1)));
                }
            }
            return counts;
        }

        int finish() throws InterruptedException {
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("search did not finish:\n" + tail());
            }
            reader.join(5000);
            System.out.printf("child search: %.1f s%n", (System.nanoTime() - started) * 1e-9);
            return process.exitValue();
        }

        List<String> lines() {
            synchronized (output) {
                return List.copyOf(output);
            }
        }

        String tail() {
            List<String> all = lines();
            return String.join("\n", all.subList(Math.max(0, all.size() - 40), all.size()));
        }
    }
}
