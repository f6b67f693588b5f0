package org.landausweep.jobs;

import org.landausweep.core.data.InvalidInputException;

/**
 * How a sweep is run (not what it computes: that is the specification).
 *
 * @param batchSize  runs per batch, the unit of writing and of resuming
 * @param partitions Spark partitions per batch; null for the default parallelism of the Spark context
 * @param maxBatches stop after this many batches in this invocation (to interrupt on purpose, e.g. in tests);
 *                   {@link Integer#MAX_VALUE} for no limit
 */
public record SweepOptions(int batchSize, Integer partitions, int maxBatches) {
    /** Default {@link #batchSize()}. */
    public static final int DEFAULT_BATCH_SIZE = 500;

    /** Checks every field. */
    public SweepOptions {
        InvalidInputException.require(batchSize >= 1, "--batch-size", batchSize, "must be at least 1");
        InvalidInputException.require(partitions == null || partitions >= 1, "--partitions", partitions, "must be at least 1");
        InvalidInputException.require(maxBatches >= 1, "--max-batches", maxBatches, "must be at least 1");
    }

    /** Batches of {@value #DEFAULT_BATCH_SIZE}, default parallelism, no limit. */
    public static SweepOptions defaults() {
        return new SweepOptions(DEFAULT_BATCH_SIZE, null, Integer.MAX_VALUE);
    }

    public SweepOptions withBatchSize(int newBatchSize) {
        return new SweepOptions(newBatchSize, partitions, maxBatches);
    }

    public SweepOptions withPartitions(Integer newPartitions) {
        return new SweepOptions(batchSize, newPartitions, maxBatches);
    }

    public SweepOptions withMaxBatches(int newMaxBatches) {
        return new SweepOptions(batchSize, partitions, newMaxBatches);
    }
}
