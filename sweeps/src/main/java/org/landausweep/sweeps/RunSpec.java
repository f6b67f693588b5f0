package org.landausweep.sweeps;

import java.io.Serializable;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import org.landausweep.core.data.Bkw;
import org.landausweep.core.data.InitialDatum;
import org.landausweep.core.data.MixtureGenerator;
import org.landausweep.core.data.MixtureSamplingSpec;
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
 * @param lambdaMaxTarget the run's draw of the λmax target, or null when the cell sets none (and for bkw)
 * @param k0              the run's draw of K0 for family bkw, null for other families
 */
public record RunSpec(String sweepName, long sweepSeed, long runIndex, String runId, SweepCell cell, long runSeed,
                      Double lambdaMaxTarget, Double k0) implements Serializable {

    /** Checks that the draws fit the cell's family. */
    public RunSpec {
        Objects.requireNonNull(sweepName, "sweepName");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(cell, "cell");
        if ((k0 != null) != (cell.family() == Family.BKW)) {
            throw new IllegalArgumentException("K0 is drawn exactly for family bkw, got " + k0 + " for " + cell.family());
        }
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
    public Family family() {
        return cell.family();
    }

    /** The cell's grid values by dotted field path, in grid order. */
    public Map<String, String> parameters() {
        return cell.parameters();
    }

    /** How the run's mixture is drawn, with its λmax target; empty for family bkw. */
    public Optional<MixtureSamplingSpec> samplingSpec() {
        return family() == Family.BKW ? Optional.empty() : Optional.of(cell.sampling().mixtureSpec(d(), lambdaMaxTarget));
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

    /** The run's initial datum: its random mixture, or the BKW datum with its K0. */
    public InitialDatum datum() {
        return switch (family()) {
            case RANDOM_MIXTURE -> MixtureGenerator.generate(samplingSpec().orElseThrow(), sweepSeed, runIndex);
            case BKW -> Bkw.of(d(), k0);
        };
    }
}
