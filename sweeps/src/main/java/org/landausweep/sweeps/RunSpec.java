package org.landausweep.sweeps;

import java.io.Serializable;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.landausweep.core.data.InitialDatum;
import org.landausweep.core.data.MixtureGenerator;
import org.landausweep.core.evolution.SolverSettings;
import org.landausweep.core.grid.GridSettings;
import org.landausweep.core.solver.SolverMethod;

/**
 * Everything one run of a sweep needs, from which it builds its initial datum and solver settings.
 * Immutable and serializable, to be shipped to Spark executors. Make it with {@link SweepPlan#run(long)}.
 *
 * @param sweepName       name of the sweep
 * @param sweepSeed       seed of the sweep
 * @param runIndex        index of the run in the sweep, from 0
 * @param runId           stable id, {@code <sweepName>-<zero-padded runIndex>}
 * @param cell            the cell the run belongs to
 * @param runSeed         seed of the run's datum stream, {@link MixtureGenerator#streamSeed}(sweepSeed, runIndex)
 * @param draws           the run's scalar draws by name, as its family makes them ({@link FamilySampler#draw}):
 *                        {@code lambdaMaxTarget} for a random mixture whose cell sets a target, {@code K0} for bkw
 */
public record RunSpec(String sweepName, long sweepSeed, long runIndex, String runId, SweepCell cell, long runSeed,
                      Map<String, Double> draws) implements Serializable {

    /** Keeps an unmodifiable copy of {@code draws}. */
    public RunSpec {
        Objects.requireNonNull(sweepName, "sweepName");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(cell, "cell");
        draws = Collections.unmodifiableMap(new TreeMap<>(draws));
    }

    /** Index of the run's cell. */
    public int cellIndex() {
        return cell.index();
    }

    /** Velocity dimension. */
    public int d() {
        return cell.d();
    }

    /** Family of the initial datum. */
    public FamilySampler family() {
        return cell.family();
    }

    /** The cell's grid values by dotted field path, in grid order. */
    public Map<String, String> parameters() {
        return cell.parameters();
    }

    /** The run's draw {@code name} (e.g. {@code K0}), or null when its family made none under that name. */
    public Double draw(String name) {
        return draws.get(name);
    }

    /** The solver settings of the run. */
    public SolverSettings solverSettings() {
        return cell.solverSettings();
    }

    /** The method that solves the run ({@code solver.method}). */
    public SolverMethod method() {
        return SolverMethod.byId(cell.solver().method()).orElseThrow();
    }

    /** The grid solver's settings for this run (method grid, or a cross-check). */
    public GridSettings gridSettings() {
        return cell.solver().gridSettings(d());
    }

    /**
     * Whether this run is among the fraction {@code solver.crosscheck} also solved on the grid: a uniform
     * draw from its own stream of (seed, run index), so the choice does not depend on partitioning.
     */
    public boolean crossChecked() {
        double fraction = cell.solver().crosscheck() == null ? 0 : cell.solver().crosscheck();
        return fraction > 0 && new SplittableRandom(MixtureGenerator.streamSeed(sweepSeed ^ 0x63C5A1E7L, runIndex)).nextDouble() < fraction;
    }

    /** The run's initial datum, as its family draws it. */
    public InitialDatum datum() {
        return family().datum(this);
    }
}
