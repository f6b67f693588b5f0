package org.landausweep.jobs;

import org.landausweep.core.data.InvalidInputException;

/**
 * How a sweep is run (not what it computes: that is the specification).
 *
 * @param batchSize  runs per batch, the unit of writing and of resuming
 * @param partitions Spark partitions per batch; null for the default parallelism of the Spark context
 * @param maxBatches stop after this many batches in this invocation (to interrupt on purpose, e.g. in tests);
 *                   {@link Integer#MAX_VALUE} for no limit
 * @param batchesInFlight batches solving, writing or committing at once: with 2, the next batch's tasks run
 *                   while one is written and committed (1: one after the other)
 */
public record SweepOptions(int batchSize, Integer partitions, int maxBatches, int batchesInFlight) {
    /** Default {@link #batchSize()}. */
    public static final int DEFAULT_BATCH_SIZE = 500;
    /** Default {@link #batchesInFlight()}: enough to hide one batch's write and commit behind the next one's solves. */
    public static final int DEFAULT_BATCHES_IN_FLIGHT = 2;

    /** Checks every field. */
    public SweepOptions {
        InvalidInputException.require(batchSize >= 1, "--batch-size", batchSize, "must be at least 1");
        InvalidInputException.require(partitions == null || partitions >= 1, "--partitions", partitions, "must be at least 1");
        InvalidInputException.require(maxBatches >= 1, "--max-batches", maxBatches, "must be at least 1");
        InvalidInputException.require(batchesInFlight >= 1, "--batches-in-flight", batchesInFlight, "must be at least 1");
    }

    /** {@link #DEFAULT_BATCHES_IN_FLIGHT} batches in flight. */
    public SweepOptions(int batchSize, Integer partitions, int maxBatches) {
        this(batchSize, partitions, maxBatches, DEFAULT_BATCHES_IN_FLIGHT);
    }

    /** Batches of {@value #DEFAULT_BATCH_SIZE}, default parallelism, no limit. */
    public static SweepOptions defaults() {
        return new SweepOptions(DEFAULT_BATCH_SIZE, null, Integer.MAX_VALUE);
    }

    public SweepOptions withBatchSize(int newBatchSize) {
        return new SweepOptions(newBatchSize, partitions, maxBatches, batchesInFlight);
    }

    public SweepOptions withPartitions(Integer newPartitions) {
        return new SweepOptions(batchSize, newPartitions, maxBatches, batchesInFlight);
    }

    public SweepOptions withMaxBatches(int newMaxBatches) {
        return new SweepOptions(batchSize, partitions, newMaxBatches, batchesInFlight);
    }

    public SweepOptions withBatchesInFlight(int newBatchesInFlight) {
        return new SweepOptions(batchSize, partitions, maxBatches, newBatchesInFlight);
    }
}
