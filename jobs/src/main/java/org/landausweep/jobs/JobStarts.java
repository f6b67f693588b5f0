package org.landausweep.jobs;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;

/**
 * A future per Spark job group that completes when the group's first job has started: {@link StagingPipeline}
 * starts a batch only after the batch before it has submitted its solve, so that the FIFO scheduler gives
 * the older batch's tasks the cores first.
 */
final class JobStarts extends SparkListener implements AutoCloseable {
    /** The local property setJobGroup sets (SparkContext.SPARK_JOB_GROUP_ID, private to Spark). */
    private static final String JOB_GROUP_PROPERTY = "spark.jobGroup.id";

    private final SparkContext spark;
    private final Map<String, CompletableFuture<Void>> started = new ConcurrentHashMap<>();

    JobStarts(SparkContext spark) {
        this.spark = spark;
        spark.addSparkListener(this);
    }

    /** Completes once a job of {@code group} has started (at once if one has already). */
    CompletableFuture<Void> of(String group) {
        return started.computeIfAbsent(group, g -> new CompletableFuture<>());
    }

    @Override
    public void onJobStart(SparkListenerJobStart start) {
        String group = start.properties() == null ? null : start.properties().getProperty(JOB_GROUP_PROPERTY);
        if (group != null) {
            of(group).complete(null);
        }
    }

    @Override
    public void close() {
        spark.removeSparkListener(this);
    }
}
