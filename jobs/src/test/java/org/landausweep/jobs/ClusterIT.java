package org.landausweep.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.LongPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The sweep on a real Spark standalone cluster: {@code bin/local-cluster} starts a master and two workers
 * (separate JVMs, worker i on 127.0.0.i, one core and 1g each) and the sweep is submitted as a user submits it,
 * {@code bin/landau sweep SPEC --master spark://...} (SparkSubmit, client mode, the shaded jar). It checks
 * that the tables equal a local-mode run, that a worker SIGKILLed while tasks run and a driver SIGKILLed
 * mid-sweep lose and duplicate nothing, that each executor JVM builds each operator block once, and that
 * no process is left behind, also when a test fails or the test JVM is stopped.
 *
 * <p>It needs the packaged jars, so it runs in its own surefire execution after {@code package}
 * ({@code mvn verify}; skip it with {@code -DskipClusterTests}). Alone:
 * {@code mvn -o verify -pl jobs -am -Dtest=ClusterIT -Dsurefire.failIfNoSpecifiedTests=false}. The processes'
 * logs stay in {@code jobs/target/cluster-test/}.
 */
@EnabledIfSystemProperty(named = "landau.cluster.test", matches = "true",
        disabledReason = "runs in the cluster-test execution (mvn verify), once the jars are packaged")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize(); // surefire runs in jobs/
    private static final Path SPEC = ROOT.resolve("jobs/src/test/resources/cluster-sweep.yaml");
    private static final Path WORK = ROOT.resolve("jobs/target/cluster-test");
    private static final Path CLUSTER = WORK.resolve("cluster");
    private static final int RUNS = 300;
    private static final int BATCH = 50;
    private static final Duration SWEEP_TIMEOUT = Duration.ofMinutes(4);
    private static final Pattern PROGRESS = Pattern.compile("progress: (\\d+)/" + RUNS + " runs");
    private static final Pattern CACHE_LINE = Pattern.compile(
            "operator cache: executor (\\S+) \\(JVM (\\S+)\\): (\\d+) partitions, (\\d+) runs, (\\d+) operator blocks built,"
                    + " largest truncation degree (.+)$");
    private static final Pattern DEGREE = Pattern.compile("(-?\\d+) \\(d = (\\d+)\\)");
    /** An executor's log line when a task starts: partition.attempt, stage.attempt, task id. */
    private static final Pattern TASK_RUNNING = Pattern.compile("Executor: Running task (\\d+)\\.\\d+ in stage (\\d+)\\.\\d+ \\(TID (\\d+)\\)");
    private static final Pattern TASK_FINISHED = Pattern.compile("Executor: Finished task .* \\(TID (\\d+)\\)");

    /** Every driver started: killed in {@link #cleanUp()} whatever happened. */
    private static final List<Driver> DRIVERS = new CopyOnWriteArrayList<>();
    /**
     * Guards the start of every process against the clean-up: once it has begun ({@link #closed}), tests
     * that still run (the JVM runs them on while its shutdown hook cleans up) can start nothing more.
     */
    private static final Object PROCESSES = new Object();
    private static boolean closed;
    private static Process starting;
    private static final Object CLEAN_UP = new Object();
    /** Every cluster JVM seen (master, workers, executors), by pid: none may outlive the test. */
    private static final Map<Long, String> SEEN = new ConcurrentHashMap<>();
    private static Thread shutdownHook;
    private static String master;
    private static Path uninterrupted;
    private static Path local;

    @BeforeAll
    static void startCluster() throws Exception {
        deleteRecursively(WORK);
        Files.createDirectories(WORK);
        // Also when the test JVM is stopped (surefire's timeout, Ctrl-C): the finally of a JVM.
        shutdownHook = new Thread(ClusterIT::cleanUp, "cluster-test clean-up");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        long started = System.nanoTime();
        Process starting;
        synchronized (PROCESSES) {
            assertTrue(!closed, "cleaning up");
            starting = Script.launch("start", "start", "2");
            ClusterIT.starting = starting;
        }
        Script start;
        try {
            localReference(); // in this JVM while the cluster JVMs start
        } finally {
            // Never leave the start script running: clean-up must not race a half-started cluster.
            start = Script.await("start", starting, Duration.ofMinutes(3));
        }
        assertEquals(0, start.exit, "bin/local-cluster start failed:\n" + start.err);
        List<String> out = start.out.lines().toList();
        master = out.get(out.size() - 1);
        assertTrue(master.matches("spark://127\\.0\\.0\\.1:\\d+"), "master URL: " + start.out);
        for (String jvm : List.of("master", "worker-1", "worker-2")) {
            SEEN.put(pidOf(jvm), jvm);
        }
        log("cluster up in %.1f s: %s, master and workers %s", seconds(started), master, SEEN);
    }

    @AfterAll
    static void stopCluster() throws Exception {
        try {
            cleanUp();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException | NullPointerException e) {
                // shutting down already, or never registered
            }
        }
        List<String> left = leftovers();
        log("processes left behind: %s", left.isEmpty() ? "none" : left);
        assertEquals(List.of(), left, "processes left behind");
        try (Stream<Path> pidFiles = Files.list(CLUSTER)) {
            assertEquals(List.of(), pidFiles.filter(p -> p.toString().endsWith(".pid")).toList(), "pid files left");
        }
    }

    /** (1) The cluster's tables: one row per run, every value but wall time equal to a local-mode run's. */
    @Test
    @Order(1)
    void clusterSweepEqualsLocalMode() throws Exception {
        Path cluster = uninterrupted();
        assertOneRowPerRun(cluster);
        assertSameTables(localReference(), cluster, "cluster against local mode");
    }

    /**
     * (3) The driver SIGKILLed after a batch was committed and before the last: the same command again
     * finishes only the missing runs, leaves the committed files alone, and the tables end up identical
     * to an uninterrupted run's.
     */
    @Test
    @Order(2)
    void killedDriverIsResumedByTheSameCommand() throws Exception {
        Path output = WORK.resolve("out-driver-kill");
        Driver first = Driver.start("driver-kill", output);
        long seen = first.awaitProgress(done -> done >= BATCH && done < RUNS);
        first.process.destroyForcibly(); // SIGKILL: no shutdown hook, no clean-up of its own
        assertTrue(first.process.waitFor(30, TimeUnit.SECONDS), "driver still alive after SIGKILL");
        List<String> committed = markers(output);
        log("driver SIGKILLed after 'progress: %d/%d runs'; committed batches: %s", seen, RUNS, committed);
        assertTrue(!committed.isEmpty() && committed.size() < RUNS / BATCH, "committed batches " + committed);
        Map<String, String> before = committedFiles(output, committed);

        Driver again = Driver.start("driver-kill-resume", output);
        assertEquals(0, again.finish(), again.tail());
        int skipped = committed.size() * BATCH;
        List<String> progress = again.lines().stream().filter(l -> PROGRESS.matcher(l).matches()).toList();
        assertEquals("progress: " + skipped + "/" + RUNS + " runs", progress.get(0), "the resumed run starts after the committed batches");
        assertTrue(again.summary().matches(String.format("sweep cluster: %d runs done, \\d+ failed, %d skipped \\(already committed\\).*",
                RUNS - skipped, skipped)), "only the missing runs are solved: " + again.summary());
        Map<String, String> after = TinySweeps.digests(output);
        before.forEach((file, digest) -> assertEquals(digest, after.get(file), file + " was committed before the kill and must not change"));
        assertOneRowPerRun(output);
        assertSameTables(uninterrupted(), output, "resumed after a driver kill against uninterrupted");
        assertCacheBuiltOncePerExecutor(again);
        log("resumed: %s", again.summary());
    }

    /**
     * (2) A worker SIGKILLed while one of its executor's tasks runs: Spark runs the lost tasks again on
     * the other worker and the sweep completes with one row per run, no duplicate, the same values.
     */
    @Test
    @Order(3)
    void sweepSurvivesAWorkerKilledWhileTasksRun() throws Exception {
        Path output = WORK.resolve("out-worker-kill");
        Driver driver = Driver.start("worker-kill", output);
        driver.awaitProgress(done -> done >= BATCH);
        String[] task = driver.awaitTaskStart();
        String executor = task[0];
        String partitionOfStage = "task " + task[2] + "\\.\\d+ in stage " + task[3] + "\\.\\d+ ";
        String worker = workerOf(driver.appDir().getFileName().toString(), executor);
        long pid = pidOf(worker);
        ProcessHandle handle = ProcessHandle.of(pid).orElseThrow();
        handle.children().forEach(child -> SEEN.put(child.pid(), "executor " + executor + " of " + worker));
        handle.destroyForcibly(); // SIGKILL
        long committedBefore = driver.committed();
        log("SIGKILLed %s (pid %d) just after its executor %s started task %s (partition %s of stage %s); %d runs committed before",
                worker, pid, executor, task[1], task[2], task[3], committedBefore);
        assertEquals(0, driver.finish(), driver.tail());
        assertTrue(driver.lines().stream().anyMatch(l -> l.contains("Lost executor " + executor)),
                "the driver saw executor " + executor + " go:\n" + driver.tail());
        // The killed task never finished there, and another executor ran that partition of that stage again.
        Path killedLog = driver.appDir().resolve(executor).resolve("stderr");
        assertTrue(Files.readAllLines(killedLog).stream().noneMatch(l -> l.contains("Finished task") && l.contains("(TID " + task[1] + ")")),
                "task " + task[1] + " finished on the killed executor: the kill did not land while it ran");
        List<String> rerun = new ArrayList<>();
        try (Stream<Path> executors = Files.list(driver.appDir())) {
            for (Path other : executors.filter(e -> !e.getFileName().toString().equals(executor)).toList()) {
                Files.readAllLines(other.resolve("stderr")).stream()
                        .filter(l -> Pattern.compile("Running " + partitionOfStage).matcher(l).find()).forEach(rerun::add);
            }
        }
        log("the lost task run again on another executor: %s", rerun);
        assertTrue(!rerun.isEmpty(), "partition " + task[2] + " of stage " + task[3] + " was not run again elsewhere");
        assertOneRowPerRun(output);
        assertSameTables(uninterrupted(), output, "worker killed against uninterrupted");
        assertCacheBuiltOncePerExecutor(driver);
        log("with a worker killed: %s", driver.summary());
    }

    /**
     * (4) Speculative execution: with {@code spark.speculation} on and tuned to copy any task slower than
     * the median, copies of running tasks start on the other executor (the workers are on different
     * loopback addresses: Spark never speculates a task on a host that runs it already), and the tables
     * still hold each run exactly once, with the values of the uninterrupted run.
     */
    @Test
    @Order(4)
    void speculativeCopiesLeaveEachRunOnce() throws Exception {
        Path output = WORK.resolve("out-speculation");
        Driver driver = Driver.start("speculation", output, " -Dspark.speculation=true -Dspark.speculation.interval=20ms"
                + " -Dspark.speculation.multiplier=1.0 -Dspark.speculation.quantile=0.4 -Dspark.speculation.minTaskRuntime=1ms"
                + " -Dspark.speculation.efficiency.enabled=false");
        assertEquals(0, driver.finish(), driver.tail());
        long copies = 0;
        try (Stream<Path> executors = Files.list(driver.appDir())) {
            for (Path executor : executors.toList()) {
                copies += Files.readAllLines(executor.resolve("stderr")).stream()
                        .filter(l -> l.matches(".*Executor: Running task \\d+\\.[1-9]\\d* in stage .*")).count();
            }
        }
        log("speculation: %d speculative (or retried) task attempts; %s", copies, driver.summary());
        assertOneRowPerRun(output);
        assertSameTables(uninterrupted(), output, "with speculative copies against uninterrupted");
        // Whether Spark starts copies depends on the machine's timing (a quiet host may finish every task
        // before the median rule fires): the tables are checked either way, the test is skipped when none ran.
        Assumptions.assumeTrue(copies > 0, "no second attempt of any task ran: speculation did not happen on this host");
    }

    // ---- the reference runs ----

    /** The sweep run on the cluster without interruption (once per test JVM). */
    private static synchronized Path uninterrupted() throws Exception {
        if (uninterrupted == null) {
            Path output = WORK.resolve("out-uninterrupted");
            Driver driver = Driver.start("uninterrupted", output);
            assertEquals(0, driver.finish(), driver.tail());
            List<String[]> cache = assertCacheBuiltOncePerExecutor(driver);
            assertEquals(RUNS, cache.stream().mapToLong(c -> Long.parseLong(c[3])).sum(), "runs reported by the executors");
            assertTrue(cache.stream().anyMatch(c -> Integer.parseInt(c[2]) >= 2), "an executor ran several tasks");
            log("uninterrupted: %s", driver.summary());
            uninterrupted = output;
        }
        return uninterrupted;
    }

    /** The same sweep in local mode, on the test JVM's session. */
    private static synchronized Path localReference() throws IOException {
        if (local == null) {
            Path output = WORK.resolve("out-local");
            long started = System.nanoTime();
            Configuration hadoop = new Configuration();
            SweepSource source = SpecFiles.read(new org.apache.hadoop.fs.Path(SPEC.toUri()), hadoop);
            SweepReport report;
            try (SweepState state = SweepState.open(SweepLayout.of(new org.apache.hadoop.fs.Path(output.toUri()), hadoop,
                    source.spec().name()), source, false)) {
                report = new SweepJob(SharedSpark.get(), RunSolver.LANDAU, SweepOptions.defaults().withBatchSize(BATCH),
                        line -> { }).run(state);
            }
            log("local mode (local[2] in the test JVM): %s (%.1f s with the session start)", report.summary(), seconds(started));
            local = output;
        }
        return local;
    }

    // ---- checks ----

    private static void assertOneRowPerRun(Path output) {
        Dataset<Row> runs = TinySweeps.table(output, "runs");
        assertEquals(RUNS, runs.count(), "rows of runs");
        assertEquals(RUNS, runs.select("run_id").distinct().count(), "distinct run ids");
        Row range = runs.selectExpr("min(run_index)", "max(run_index)").first();
        assertEquals(0L, range.getLong(0));
        assertEquals(RUNS - 1L, range.getLong(1));
        Dataset<Row> timeseries = TinySweeps.table(output, "timeseries");
        long samples = runs.where("status <> 'FAILED'").selectExpr("sum(sample_count)").first().getLong(0);
        assertEquals(samples, timeseries.count(), "rows of timeseries");
        assertEquals(samples, timeseries.select("run_id", "t").distinct().count(), "distinct (run_id, t)");
    }

    /** Sorted rows of both tables equal, every column but the solver's wall time. */
    private static void assertSameTables(Path expected, Path actual, String what) {
        assertSameRows(TinySweeps.table(expected, "runs").orderBy("run_index"),
                TinySweeps.table(actual, "runs").orderBy("run_index"), what + ": runs");
        assertSameRows(TinySweeps.table(expected, "timeseries").orderBy("run_index", "t"),
                TinySweeps.table(actual, "timeseries").orderBy("run_index", "t"), what + ": timeseries");
    }

    private static void assertSameRows(Dataset<Row> expected, Dataset<Row> actual, String what) {
        List<Row> e = expected.collectAsList();
        List<Row> a = actual.collectAsList();
        assertEquals(e.size(), a.size(), what + ": rows");
        for (int i = 0; i < e.size(); i++) {
            Map<String, Object> ev = TableValues.of(e.get(i), SweepColumns.NOT_REPRODUCIBLE);
            Map<String, Object> av = TableValues.of(a.get(i), SweepColumns.NOT_REPRODUCIBLE);
            if (!ev.equals(av)) {
                fail(what + ": row " + i + " differs:\nexpected " + ev + "\nactual   " + av);
            }
        }
    }

    /**
     * The driver's per-executor lines of {@link OperatorCacheMetric}: each executor JVM built at most the
     * distinct (d, degree, class) blocks up to the largest degree it solved, i.e. each block at most once.
     *
     * @return the lines' fields: executor, JVM, partitions, runs, blocks, degrees
     */
    private static List<String[]> assertCacheBuiltOncePerExecutor(Driver driver) {
        List<String[]> lines = new ArrayList<>();
        for (String line : driver.lines()) {
            Matcher m = CACHE_LINE.matcher(line);
            if (m.find()) {
                lines.add(new String[] {m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6)});
                long distinct = 0;
                Matcher degree = DEGREE.matcher(m.group(6));
                while (degree.find()) {
                    distinct += OperatorCacheMetricTest.distinctBlocks(Integer.parseInt(degree.group(2)), Integer.parseInt(degree.group(1)));
                }
                log("[%s] executor %s (JVM %s): %s partitions, %s runs, %s blocks built; distinct blocks up to its degrees: %d",
                        driver.name, m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), distinct);
                assertTrue(Long.parseLong(m.group(5)) <= distinct, "executor " + m.group(1) + " rebuilt operator blocks: " + line);
            }
        }
        assertTrue(!lines.isEmpty(), "no operator cache lines in the driver's output:\n" + driver.tail());
        return lines;
    }

    // ---- processes ----

    /** A submitted sweep: {@code bin/landau sweep SPEC --master URL}, output and log under {@link #WORK}. */
    private static final class Driver {
        final String name;
        final Path log;
        final Process process;
        final Set<Path> appsBefore;
        final long started = System.nanoTime();

        private Driver(String name, Path log, Process process, Set<Path> appsBefore) {
            this.name = name;
            this.log = log;
            this.process = process;
            this.appsBefore = appsBefore;
        }

        static Driver start(String name, Path output) throws IOException {
            return start(name, output, "");
        }

        /** @param javaOpts more options of the driver's JVM (Spark settings as -Dspark.*), each after a space */
        static Driver start(String name, Path output, String javaOpts) throws IOException {
            Set<Path> appsBefore = apps();
            Path log = WORK.resolve(name + ".log");
            ProcessBuilder builder = new ProcessBuilder(ROOT.resolve("bin/landau").toString(), "sweep", SPEC.toString(),
                    "--output", output.toString(), "--batch-size", "" + BATCH, "--master", master);
            // No UI (ports); the driver's scratch space under target/ (a SIGKILLed driver leaves it behind).
            builder.environment().put("LANDAU_JAVA_OPTS", "-Dspark.ui.enabled=false -Dspark.ui.showConsoleProgress=false"
                    + " -Dspark.local.dir=" + WORK.resolve("driver-scratch") + javaOpts);
            builder.redirectErrorStream(true).redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
            Driver driver;
            synchronized (PROCESSES) {
                if (closed) {
                    throw new IllegalStateException("[" + name + "] not started: the test is cleaning up");
                }
                driver = new Driver(name, log, builder.start(), appsBefore);
                DRIVERS.add(driver);
            }
            log("[%s] driver pid %d: bin/landau sweep %s --output %s --batch-size %d --master %s", name, driver.process.pid(),
                    ROOT.relativize(SPEC), ROOT.relativize(output), BATCH, master);
            return driver;
        }

        /** The driver's output so far, line by line (carriage returns split lines too). */
        List<String> lines() {
            try {
                return Arrays.asList(Files.readString(log, StandardCharsets.UTF_8).split("[\r\n]+"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Runs committed according to the last progress line (0 before the first). */
        long committed() {
            long done = 0;
            for (String line : lines()) {
                Matcher m = PROGRESS.matcher(line);
                if (m.find()) {
                    done = Long.parseLong(m.group(1));
                }
            }
            return done;
        }

        /** Waits until the committed runs of a progress line pass {@code test}; fails if the driver ends first. */
        long awaitProgress(LongPredicate test) throws InterruptedException {
            long deadline = System.nanoTime() + SWEEP_TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                long done = committed();
                if (test.test(done) && lines().stream().anyMatch(l -> l.equals("progress: " + done + "/" + RUNS + " runs"))) {
                    return done;
                }
                if (!process.isAlive()) {
                    fail("[" + name + "] driver ended before the awaited progress:\n" + tail());
                }
                Thread.sleep(20);
            }
            fail("[" + name + "] no such progress after " + SWEEP_TIMEOUT + ":\n" + tail());
            return -1;
        }

        /** The directory of this driver's application under the workers' work/ (named by its application id). */
        Path appDir() throws IOException, InterruptedException {
            long deadline = System.nanoTime() + SWEEP_TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                List<Path> mine = apps().stream().filter(app -> !appsBefore.contains(app)).toList();
                assertTrue(mine.size() <= 1, "[" + name + "] several new applications: " + mine);
                if (mine.size() == 1) {
                    return mine.get(0);
                }
                assertTrue(process.isAlive(), "[" + name + "] driver ended before its application started:\n" + tail());
                Thread.sleep(50);
            }
            fail("[" + name + "] no application after " + SWEEP_TIMEOUT);
            return null;
        }

        /**
         * Follows the executors' logs ({@code work/APP/EXECUTOR/stderr}) until one of them starts a task
         * (a new "Running task ... (TID n)" line), and returns {executor, TID, partition, stage} while that task runs.
         */
        String[] awaitTaskStart() throws IOException, InterruptedException {
            Path app = appDir();
            Map<Path, Long> offsets = new TreeMap<>();
            long deadline = System.nanoTime() + SWEEP_TIMEOUT.toNanos();
            while (process.isAlive() && System.nanoTime() < deadline) {
                List<Path> executors;
                try (Stream<Path> dirs = Files.list(app)) {
                    executors = dirs.filter(Files::isDirectory).sorted().toList();
                }
                for (Path executor : executors) {
                    Path stderr = executor.resolve("stderr");
                    if (!Files.exists(stderr)) {
                        continue;
                    }
                    boolean known = offsets.containsKey(stderr);
                    long offset = offsets.getOrDefault(stderr, 0L);
                    String added;
                    try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(stderr.toFile(), "r")) {
                        byte[] bytes = new byte[(int) (file.length() - offset)];
                        file.seek(offset);
                        file.readFully(bytes);
                        added = new String(bytes, StandardCharsets.UTF_8);
                    }
                    int end = added.lastIndexOf('\n') + 1; // whole lines only
                    offsets.put(stderr, offset + added.substring(0, end).getBytes(StandardCharsets.UTF_8).length);
                    Map<String, Boolean> started = new TreeMap<>();
                    Map<String, String[]> tasks = new TreeMap<>();
                    for (String line : added.substring(0, end).split("\n")) {
                        Matcher running = TASK_RUNNING.matcher(line);
                        Matcher finished = TASK_FINISHED.matcher(line);
                        if (running.find()) {
                            started.put(running.group(3), true);
                            tasks.put(running.group(3), new String[] {running.group(1), running.group(2)});
                        } else if (finished.find()) {
                            started.remove(finished.group(1));
                        }
                    }
                    // Lines read the first time are history; a task that started since the last look runs now.
                    if (known && !started.isEmpty()) {
                        String tid = started.keySet().iterator().next();
                        return new String[] {executor.getFileName().toString(), tid, tasks.get(tid)[0], tasks.get(tid)[1]};
                    }
                }
                Thread.sleep(5);
            }
            fail("[" + name + "] saw no task start before the sweep ended:\n" + tail());
            return null;
        }

        /** Waits for the driver to end and returns its exit code; a driver past the timeout is killed. */
        int finish() throws InterruptedException {
            if (!process.waitFor(SWEEP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("[" + name + "] driver still running after " + SWEEP_TIMEOUT + ":\n" + tail());
            }
            log("[%s] driver exited %d after %.1f s", name, process.exitValue(), seconds(started));
            return process.exitValue();
        }

        /** The driver's summary line ({@code sweep NAME: N runs done, ...}). */
        String summary() {
            return lines().stream().filter(l -> l.startsWith("sweep cluster: ")).reduce((a, b) -> b).orElse("(no summary)");
        }

        String tail() {
            List<String> lines = lines();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        }
    }

    /** {@code bin/local-cluster} with this test's cluster directory and ports of its own. */
    private record Script(int exit, String out, String err) {
        static Script run(String name, Duration timeout, String... args) throws IOException, InterruptedException {
            return await(name, launch(name, args), timeout);
        }

        static Process launch(String name, String... args) throws IOException {
            List<String> command = new ArrayList<>(List.of(ROOT.resolve("bin/local-cluster").toString()));
            command.addAll(List.of(args));
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(WORK.resolve("local-cluster-" + name + ".out").toFile())
                    .redirectError(WORK.resolve("local-cluster-" + name + ".err").toFile());
            builder.environment().put("LANDAU_CLUSTER_DIR", CLUSTER.toString());
            builder.environment().put("LANDAU_CLUSTER_PORT", "0");
            builder.environment().put("LANDAU_CLUSTER_UI_PORT", "0");
            return builder.start();
        }

        static Script await(String name, Process process, Duration timeout) throws IOException, InterruptedException {
            Path out = WORK.resolve("local-cluster-" + name + ".out");
            Path err = WORK.resolve("local-cluster-" + name + ".err");
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroy();
                process.waitFor(30, TimeUnit.SECONDS);
                return new Script(-1, Files.readString(out), Files.readString(err) + "\n(timed out after " + timeout + ")");
            }
            return new Script(process.exitValue(), Files.readString(out), Files.readString(err));
        }
    }

    /** Kills every driver and stops the cluster; safe to call twice, and from the shutdown hook. */
    private static void cleanUp() {
        synchronized (CLEAN_UP) {
            List<Driver> drivers;
            Process start;
            synchronized (PROCESSES) {
                closed = true;
                drivers = List.copyOf(DRIVERS);
                start = starting;
            }
            stopAll(drivers, start);
        }
    }

    private static void stopAll(List<Driver> drivers, Process start) {
        if (start != null && start.isAlive()) {
            // SIGTERM: bin/local-cluster start then stops what it has started, and stop below the rest.
            start.destroy();
            try {
                start.waitFor(2, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (Driver driver : drivers) {
            trace("clean-up: driver %s pid %d alive %s", driver.name, driver.process.pid(), driver.process.isAlive());
            if (driver.process.isAlive()) {
                driver.process.descendants().forEach(ProcessHandle::destroyForcibly);
                driver.process.destroyForcibly();
                log("[%s] driver still running at clean-up: SIGKILLed", driver.name);
            }
            try {
                driver.process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            trace("clean-up: driver %s alive after SIGKILL %s", driver.name, driver.process.isAlive());
        }
        executorsOnDisk().forEach(pid -> SEEN.putIfAbsent(pid, "executor"));
        try {
            Script stop = Script.run("stop", Duration.ofMinutes(2), "stop");
            log("bin/local-cluster stop: exit %d, %s", stop.exit, stop.err.strip());
        } catch (IOException e) {
            log("bin/local-cluster stop failed: %s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * What outlived the clean-up: any JVM seen during the test still alive, any driver, and any process
     * whose command line or working directory points into this test's directory (ps, through /proc).
     */
    private static List<String> leftovers() {
        List<String> left = new ArrayList<>();
        Map<Long, String> known = new TreeMap<>(SEEN);
        DRIVERS.forEach(d -> known.put(d.process.pid(), "driver " + d.name));
        known.forEach((pid, what) -> {
            if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                left.add(what + " (pid " + pid + ")");
            }
        });
        long self = ProcessHandle.current().pid();
        for (long pid : allPids()) {
            if (pid != self && !known.containsKey(pid) && (cmdline(pid).contains(WORK.toString()) || cwd(pid).startsWith(WORK.toString()))) {
                left.add("pid " + pid + ": " + cmdline(pid).substring(0, Math.min(200, cmdline(pid).length())));
            }
        }
        return left;
    }

    /** Executor JVMs of this test's workers: they run in directories under the cluster's work/. */
    private static Set<Long> executorsOnDisk() {
        String work = CLUSTER.resolve("work").toString();
        return allPids().stream().filter(pid -> cwd(pid).startsWith(work)).collect(Collectors.toSet());
    }

    private static List<Long> allPids() {
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            return procs.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d+")).map(Long::valueOf).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cmdline(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", "" + pid, "cmdline")), StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException e) {
            return "";
        }
    }

    private static String cwd(long pid) {
        try {
            return Files.readSymbolicLink(Path.of("/proc", "" + pid, "cwd")).toString();
        } catch (IOException | SecurityException e) {
            return "";
        }
    }

    /** The application directories under the workers' work/. */
    private static Set<Path> apps() throws IOException {
        Path work = CLUSTER.resolve("work");
        if (!Files.isDirectory(work)) {
            return Set.of();
        }
        try (Stream<Path> apps = Files.list(work)) {
            return apps.collect(Collectors.toSet());
        }
    }

    /** The pid in the cluster's pid file of {@code jvm} (master, worker-N). */
    private static long pidOf(String jvm) throws IOException {
        return Long.parseLong(Files.readString(CLUSTER.resolve(jvm + ".pid")).strip());
    }

    /** The worker (worker-N) that launched executor {@code executor} of {@code app}, from the workers' logs. */
    private static String workerOf(String app, String executor) throws IOException {
        String launched = "Asked to launch executor " + app + "/" + executor + " ";
        try (Stream<Path> logs = Files.list(CLUSTER)) {
            for (Path log : logs.filter(p -> p.getFileName().toString().matches("worker-\\d+\\.log")).sorted().toList()) {
                if (Files.readString(log).contains(launched)) {
                    return log.getFileName().toString().replace(".log", "");
                }
            }
        }
        fail("no worker launched executor " + app + "/" + executor);
        return null;
    }

    /** The committed batch ids of the sweep in {@code output}. */
    private static List<String> markers(Path output) throws IOException {
        Path dir = output.resolve("_sweeps/cluster/committed");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }

    /** Digests of the table files and markers of the committed batches. */
    private static Map<String, String> committedFiles(Path output, List<String> batches) throws IOException {
        Map<String, String> files = new TreeMap<>();
        TinySweeps.digests(output).forEach((file, digest) -> {
            String name = Path.of(file).getFileName().toString();
            String batch = file.startsWith("_sweeps/cluster/committed/") ? name : SweepLayout.batchIdOf(name);
            if (batch != null && batches.contains(batch) && !file.startsWith("_staging")) {
                files.put(file, digest);
            }
        });
        assertEquals(batches.size() * 3, files.size(), "runs file, timeseries file and marker of each committed batch: " + files.keySet());
        return files;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) * 1e-9;
    }

    private static void log(String format, Object... args) {
        System.out.println("cluster-test: " + String.format(format, args));
        trace(format, args);
    }

    /** Appends to WORK/cluster-test.log: also written when the test JVM is going down and its output is gone. */
    private static synchronized void trace(String format, Object... args) {
        try {
            Files.writeString(WORK.resolve("cluster-test.log"), java.time.LocalTime.now() + " " + String.format(format, args) + "\n",
                    StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            // the log is a convenience
        }
    }
}
