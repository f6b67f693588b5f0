package org.landausweep.sweeps;

import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.landausweep.core.data.MixtureGenerator;

/**
 * The runs of a sweep, numbered 0 .. runCount() - 1 cell by cell ({@code runsPerCell} consecutive
 * indices per cell, cells in {@link SweepSpec#cells()} order). A run is computed from the specification
 * and its index alone, so {@code run(k)} is the same whichever runs are expanded, in whatever order or
 * partition.
 */
public final class SweepPlan {
    /**
     * Salt of the per-run stream of the family's scalar draws (the λmax target, K0), kept apart from the stream
     * {@link MixtureGenerator} draws the mixture from.
     */
    static final long DRAW_SALT = 0x5DEECE66DL;

    private final SweepSpec spec;
    private final long runCount;
    private final int idDigits;

    /** The plan of {@code spec}. */
    public SweepPlan(SweepSpec spec) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.runCount = (long) spec.cells().size() * spec.runsPerCell();
        this.idDigits = Long.toString(Math.max(runCount - 1, 0)).length();
    }

    /** The specification this plan expands. */
    public SweepSpec spec() {
        return spec;
    }

    /** Number of runs: cells times runs per cell. */
    public long runCount() {
        return runCount;
    }

    /** Run {@code runIndex}, in [0, runCount()). */
    public RunSpec run(long runIndex) {
        if (runIndex < 0 || runIndex >= runCount) {
            throw new IndexOutOfBoundsException("run index " + runIndex + " outside [0, " + runCount + ")");
        }
        SweepCell cell = spec.cells().get((int) (runIndex / spec.runsPerCell()));
        SplittableRandom draws = new SplittableRandom(MixtureGenerator.streamSeed(spec.seed() ^ DRAW_SALT, runIndex));
        return new RunSpec(spec.name(), spec.seed(), runIndex, runId(runIndex), cell,
                MixtureGenerator.streamSeed(spec.seed(), runIndex), cell.family().draw(cell.sampling(), cell.d(), draws));
    }

    /** All runs in index order. */
    public List<RunSpec> runs() {
        return LongStream.range(0, runCount).mapToObj(this::run).toList();
    }

    /** {@code <name>-<index>}, the index zero-padded to the width of the largest, so ids sort like indices. */
    private String runId(long runIndex) {
        return spec.name() + "-" + String.format("%0" + idDigits + "d", runIndex);
    }
}
