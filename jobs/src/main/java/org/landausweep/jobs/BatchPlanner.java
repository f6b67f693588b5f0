package org.landausweep.jobs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.landausweep.core.data.InvalidInputException;
import org.landausweep.sweeps.SweepCell;
import org.landausweep.sweeps.SweepPlan;

/**
 * Splits the runs of a sweep that are not committed yet into batches. Within each dimension (whose
 * runs are consecutive, d being the outermost loop of the cells) the runs left over by the committed
 * batches are cut into pieces of at most {@code batchSize}, from the first: the same state always
 * gives the same batches, and a sweep resumed with the same batch size re-creates exactly the
 * batches that were not committed.
 *
 * <p>The driver holds batches, never runs: its memory grows with runs / batch size (under 1 KB per batch
 * with its committed id: 47 MB of heap at the peak for 10^7 runs in 20,000 batches, half committed, in
 * PlanningBenchmark), so a plan of more than {@value #MAX_BATCHES} batches is refused, which keeps the
 * planner far below 512 MB whatever the sweep (10^7 runs need batches of 100 or more).
 */
public final class BatchPlanner {
    /** Most batches a sweep may be cut into. */
    static final long MAX_BATCHES = 100_000;

    private BatchPlanner() {
    }

    /** The batches still to run, in run order. */
    public static List<Batch> pending(SweepPlan plan, Set<String> committed, int batchSize) {
        return pending(plan.spec().cells().stream().mapToInt(SweepCell::d).toArray(), plan.spec().runsPerCell(), committed, batchSize);
    }

    /**
     * The batches still to run of cells whose dimensions are {@code cellDims}, in order, each of
     * {@code runsPerCell} consecutive runs (a sweep's runs, or a search's starts).
     */
    public static List<Batch> pending(int[] cellDims, int runsPerCell, Set<String> committed, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        }
        long runCount = (long) cellDims.length * runsPerCell;
        long count = (runCount + batchSize - 1) / batchSize;
        InvalidInputException.require(count <= MAX_BATCHES, "--batch-size", batchSize, "cuts the " + runCount
                + " runs into " + count + " batches, more than the " + MAX_BATCHES + " the driver plans; use at least "
                + (runCount + MAX_BATCHES - 1) / MAX_BATCHES);
        int digits = Long.toString(Math.max(runCount - 1, 0)).length();
        List<long[]> done = committed.stream().map(Batch::runsOf).filter(r -> r != null)
                .sorted(Comparator.comparingLong(r -> r[0])).toList();
        List<Batch> batches = new ArrayList<>();
        for (DimensionRuns dim : dimensions(cellDims, runsPerCell)) {
            long next = dim.first;
            for (long[] range : done) {
                cut(dim.d, next, Math.min(range[0], dim.end), batchSize, digits, batches);
                next = Math.max(next, range[1]);
            }
            cut(dim.d, next, dim.end, batchSize, digits, batches);
        }
        return batches;
    }

    private static void cut(int d, long from, long to, int batchSize, int digits, List<Batch> out) {
        for (long first = from; first < to; first += batchSize) {
            out.add(Batch.of(d, first, Math.min(first + batchSize, to), digits));
        }
    }

    /** The run range of each dimension, in run order. */
    private static List<DimensionRuns> dimensions(int[] cellDims, int runsPerCell) {
        List<DimensionRuns> dims = new ArrayList<>();
        for (int index = 0; index < cellDims.length; index++) {
            int d = cellDims[index];
            long first = (long) index * runsPerCell;
            DimensionRuns last = dims.isEmpty() ? null : dims.get(dims.size() - 1);
            if (last != null && last.d == d && last.end == first) {
                dims.set(dims.size() - 1, new DimensionRuns(d, last.first, first + runsPerCell));
            } else {
                dims.add(new DimensionRuns(d, first, first + runsPerCell));
            }
        }
        return dims;
    }

    private record DimensionRuns(int d, long first, long end) {
    }
}
