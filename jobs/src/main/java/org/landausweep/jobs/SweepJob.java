package org.landausweep.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import org.landausweep.sweeps.SweepPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the missing batches of a sweep: for each, Spark solves its runs on the executors
 * ({@link SolvePartition}), writes each table's rows as one file to the batch's staging directory, and
 * the driver commits them ({@link BatchCommitter}), in order. Up to {@link SweepOptions#batchesInFlight()}
 * batches are under way at once ({@link StagingPipeline}): the next batch solves while one is written and
 * committed. Batches already committed are skipped, so a sweep interrupted at any point is finished by
 * running it again.
 */
public final class SweepJob {
    private static final Logger LOG = LoggerFactory.getLogger(SweepJob.class);

    private final SparkSession spark;
    private final RunSolver solver;
    private final SweepOptions options;
    private final Consumer<String> out;
    private final long progressSeconds;
    private final OperatorCacheMetric cacheMetric;

    /**
     * A job that prints a line when a batch is committed, and none in between.
     *
     * @param spark   the session to run on
     * @param solver  solves one run on an executor ({@link RunSolver#LANDAU} but in tests)
     * @param options batch size, partitions, early stop
     * @param out     receives the progress lines
     */
    public SweepJob(SparkSession spark, RunSolver solver, SweepOptions options, Consumer<String> out) {
        this(spark, solver, options, out, 0);
    }

    /**
     * @param progressSeconds also print, every so many seconds while a batch runs, the runs solved so far and
     *                        the ETA ({@link RunProgress}); 0 for none
     */
    public SweepJob(SparkSession spark, RunSolver solver, SweepOptions options, Consumer<String> out, long progressSeconds) {
        this.spark = spark;
        this.solver = solver;
        this.options = options;
        this.out = out;
        this.progressSeconds = progressSeconds;
        this.cacheMetric = OperatorCacheMetric.register(spark.sparkContext());
    }

    /** Runs the batches of {@code state}'s sweep that are not committed yet. */
    public SweepReport run(SweepState state) throws IOException {
        long started = System.nanoTime();
        SweepPlan plan = ExecutorPlans.of(state.source());
        String name = state.spec().name();
        state.repair(out);
        List<Batch> pending = BatchPlanner.pending(plan, state.committed(), options.batchSize());
        long total = plan.runCount();
        long skipped = total - pending.stream().mapToLong(Batch::size).sum();
        if (pending.isEmpty()) {
            out.accept("sweep " + name + ": all " + total + " runs are committed in " + state.layout().root() + ", nothing to do");
        } else {
            out.accept(progress(skipped, total));
        }
        BatchCommitter committer = new BatchCommitter(state.layout(), state.lease());
        long done = 0;
        long failed = 0;
        List<Batch> now = pending.subList(0, Math.min(pending.size(), options.maxBatches()));
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        try (RunProgress runs = new RunProgress(spark.sparkContext(), skipped, total, progressSeconds, out);
                JobStarts starts = new JobStarts(spark.sparkContext());
                StagingPipeline pipeline = new StagingPipeline(now, options.batchesInFlight(), batch -> {
                    runs.batchStarted(batch.size());
                    return solveAndStage(plan, batch, state, runs);
                }, batch -> jsc.cancelJobGroup(jobGroup(batch)), batch -> starts.of(jobGroup(batch)))) {
            while (pipeline.hasNext()) {
                StagingPipeline.Staged staged = pipeline.next();
                committer.commit(staged.batch());
                runs.batchDone();
                failed += staged.failed();
                done += staged.batch().size();
                out.accept(progress(skipped + done, total));
            }
        }
        state.clearStaging();
        // Whether executors reuse their operator cache across tasks (docs/CLUSTER.md).
        cacheMetric.summary().forEach(LOG::info);
        return new SweepReport(name, total, done, failed, skipped, (System.nanoTime() - started) * 1e-9);
    }

    /**
     * Solves the runs of {@code batch} and writes both tables to its staging directory.
     *
     * @return the number of FAILED runs
     */
    private long solveAndStage(SweepPlan plan, Batch batch, SweepState state, RunProgress runs) throws IOException {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        // A group per batch (thread-local, so batches staging side by side keep theirs), to cancel it on failure.
        jsc.setJobGroup(jobGroup(batch), "sweep " + state.spec().name() + " batch " + batch.id() + " (d = " + batch.d() + ")", true);
        int partitions = options.partitions() != null ? options.partitions() : jsc.defaultParallelism();
        SolvePartition solve = new SolvePartition(solver, state.source(), batch.id(), runs.solvedCounter());
        Dataset<Row> solved = spark.createDataFrame(
                // One element per partition, its runs costliest first (CostDeal), expanded there.
                jsc.parallelize(deal(plan, batch, partitions), partitions)
                        .flatMap(indices -> Arrays.stream(indices).boxed().iterator())
                        .mapPartitions(cacheMetric.track(solve, batch)),
                TableSchemas.SOLVED);
        // Cached so that the solves run once, in parallel, before coalesce(1) funnels each table into one file.
        solved.persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Row counts = solved.agg(count(lit(1)), count_if(col("status").equalTo(lit("FAILED")))).first();
            if (counts.getLong(0) != batch.size()) {
                throw new IllegalStateException("batch " + batch.id() + " solved " + counts.getLong(0) + " runs of " + batch.size());
            }
            // One row per sample: the i-th elements of the run's sample arrays side by side.
            Dataset<Row> timeseries = solved.selectExpr("run_id", "run_index",
                    "inline(arrays_zip(" + String.join(", ", TableSchemas.SAMPLE_COLUMNS) + "))");
            stage(timeseries.select(columns(TableSchemas.TIMESERIES.fieldNames())), state.layout(), batch, SweepLayout.TIMESERIES,
                    col("run_index"), col("t"));
            stage(solved.select(columns(TableSchemas.RUNS.fieldNames())), state.layout(), batch, SweepLayout.RUNS, col("run_index"));
            return counts.getLong(1);
        } finally {
            solved.unpersist();
            jsc.clearJobGroup();
        }
    }

    private static String jobGroup(Batch batch) {
        return "landau-batch-" + batch.id();
    }

    /**
     * Deals the runs of {@code batch} out like cards: parallelize cuts the list into contiguous slices, and
     * in this order each slice holds (up to a run at its edges) every partitions-th run, so that each task
     * gets runs of every cell of the batch: cells can differ a lot in cost, and the slowest task decides
     * when the batch is done. (A search's starts; a sweep's runs are dealt by predicted cost, {@link #deal}.)
     */
    static List<Long> dealt(Batch batch, int partitions) {
        return LongStream.range(0, partitions)
                .flatMap(p -> LongStream.iterate(batch.firstRun() + p, i -> i < batch.endRun(), i -> i + partitions))
                .boxed().toList();
    }

    /** {@link CostDeal#of}, its driver time logged: the executors wait for it. */
    private static List<long[]> deal(SweepPlan plan, Batch batch, int partitions) {
        long started = System.nanoTime();
        List<long[]> dealt = CostDeal.of(plan, batch, partitions);
        LOG.info("batch {} (d = {}): {} runs dealt over {} tasks by predicted cost in {} s", batch.id(), batch.d(), batch.size(),
                partitions, String.format("%.2f", (System.nanoTime() - started) * 1e-9));
        return dealt;
    }

    /** Writes {@code table} as one file, its rows in run order whatever the partitioning. */
    static void stage(Dataset<Row> table, SweepLayout layout, Batch batch, String name, Column... order) throws IOException {
        Path dir = layout.staging(batch, name);
        try {
            table.coalesce(1).sortWithinPartitions(order).write().mode(SaveMode.Overwrite).parquet(dir.toString());
        } catch (Exception e) { // SparkException is checked, but Scala throws it undeclared
            IOException io = ioCause(e);
            if (io == null) {
                throw e;
            }
            // A full disk or a lost file system, not a bug: one line naming where and why (the batch is not committed).
            throw OutputFiles.failure("cannot write", dir, io);
        }
    }

    /** The innermost I/O error behind a Spark failure, or null. */
    private static IOException ioCause(Throwable e) {
        IOException found = null;
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof IOException io) {
                found = io;
            } else if (t instanceof org.apache.hadoop.fs.FSError && t.getCause() instanceof IOException io) {
                found = io;
            }
        }
        return found;
    }

    static Column[] columns(String[] names) {
        return Arrays.stream(names).map(functions::col).toArray(Column[]::new);
    }

    private static String progress(long done, long total) {
        return "progress: " + done + "/" + total + " runs";
    }
}
