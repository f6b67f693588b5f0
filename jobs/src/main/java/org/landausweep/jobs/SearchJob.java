package org.landausweep.jobs;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.landausweep.sweeps.SearchCell;
import org.landausweep.sweeps.SearchSpec;

/**
 * Runs the missing starts of a search, in batches committed exactly like a sweep's
 * ({@link BatchPlanner}, {@link BatchCommitter}, {@link SweepState}): Spark runs one local search per start
 * on the executors ({@link SearchPartition}), the starts and trajectory rows of a batch are staged as one
 * file each, and the driver commits them. A killed search run again finishes only the missing starts.
 */
public final class SearchJob {
    private final SparkSession spark;
    private final SweepOptions options;
    private final Consumer<String> out;

    /**
     * @param spark   the session to run on
     * @param options starts per batch, partitions, early stop
     * @param out     receives the progress lines
     */
    public SearchJob(SparkSession spark, SweepOptions options, Consumer<String> out) {
        this.spark = spark;
        this.options = options;
        this.out = out;
    }

    /** Runs the starts of {@code source}'s search that are not committed yet; returns how many remain. */
    public long run(SweepState state, SearchSource source) throws IOException {
        SearchSpec spec = source.spec();
        SearchTables.requireCurrentLayout(spark, state.layout());
        state.repair(out);
        int[] dims = spec.cells().stream().mapToInt(SearchCell::d).toArray();
        List<Batch> pending = BatchPlanner.pending(dims, spec.starts(), state.committed(), options.batchSize());
        long total = spec.startCount();
        long done = total - pending.stream().mapToLong(Batch::size).sum();
        out.accept(progress(done, total));
        BatchCommitter committer = new BatchCommitter(state.layout(), state.lease());
        for (Batch batch : pending.subList(0, Math.min(pending.size(), options.maxBatches()))) {
            searchAndStage(batch, state, source);
            committer.commit(batch);
            done += batch.size();
            out.accept(progress(done, total));
        }
        state.clearStaging();
        return total - done;
    }

    private void searchAndStage(Batch batch, SweepState state, SearchSource source) throws IOException {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        jsc.setJobDescription("search " + source.spec().name() + " batch " + batch.id() + " (d = " + batch.d() + ")");
        int partitions = options.partitions() != null ? options.partitions() : jsc.defaultParallelism();
        Dataset<Row> searched = spark.createDataFrame(
                jsc.parallelize(SweepJob.dealt(batch, partitions), partitions).mapPartitions(new SearchPartition(source)),
                SearchTables.SOLVED);
        // Cached so that the searches run once, in parallel, before coalesce(1) funnels each table into one file.
        searched.persist(StorageLevel.MEMORY_AND_DISK());
        try {
            long count = searched.count();
            if (count != batch.size()) {
                throw new IllegalStateException("batch " + batch.id() + " searched " + count + " starts of " + batch.size());
            }
            Dataset<Row> trajectory = searched.selectExpr("search", "start_id", "start_index", "inline(trajectory)");
            SweepJob.stage(trajectory, state.layout(), batch, SearchTables.TRAJECTORY, col("start_index"), col("evaluation"));
            SweepJob.stage(searched.select(SweepJob.columns(SearchTables.STARTS_FILE_COLUMNS)), state.layout(), batch,
                    SearchTables.STARTS, col("start_index"));
        } finally {
            searched.unpersist();
            jsc.setJobDescription(null);
        }
    }

    private static String progress(long done, long total) {
        return "progress: " + done + "/" + total + " starts";
    }
}
