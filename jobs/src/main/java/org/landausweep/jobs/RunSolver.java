package org.landausweep.jobs;

import java.io.Serializable;
import org.landausweep.core.evolution.LandauSolver;
import org.landausweep.core.evolution.SolveResult;
import org.landausweep.core.evolution.SolverSettings;
import org.landausweep.core.grid.CrossCheck;
import org.landausweep.core.grid.GridSolver;
import org.landausweep.sweeps.RunSpec;

/**
 * Solves one run of a sweep. Serializable because Spark ships it to the executors; replaceable so that
 * tests can make chosen runs fail.
 */
@FunctionalInterface
public interface RunSolver extends Serializable {

    /**
     * The exact solver of solver-core on the run's datum and settings, or the grid solver when the sweep
     * asks for it (sampled uniformly up to where Theorem 1's bound reaches the floor, or the horizon); a
     * numerical failure of the exact solver is a FAILED result.
     */
    RunSolver LANDAU = run -> {
        if (!run.onGrid()) {
            return LandauSolver.solveOrFail(run.datum(), run.solverSettings());
        }
        SolverSettings s = run.solverSettings();
        double[] times = s.times() != null ? s.times()
                : GridSolver.uniformTimes(run.datum(), s.horizon(), s.sampleCount(), s.floor());
        return GridSolver.solve(run.datum(), run.gridSettings(), times).result();
    };

    /** Solves {@code run}; may throw, e.g. an {@code InvalidInputException} while the datum is built. */
    SolveResult solve(RunSpec run);

    /**
     * For a run drawn by {@code solver.crosscheck}: max_t |E_grid(t) - E(t)|/E(t) over the sample times of
     * {@code exact}, the grid solver against the exact result; null for other runs, for a FAILED exact
     * result, or when the grid solve fails (a cross-check must not fail the run it checks).
     */
    static Double crossCheck(RunSpec run, SolveResult exact) {
        if (!run.crossChecked() || exact.failed()) {
            return null;
        }
        try {
            return CrossCheck.maxRelativeDifference(exact, GridSolver.solve(run.datum(), run.gridSettings(), exact.times()));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * Like {@link #solve} but never throws: whatever a run raises becomes a FAILED result with the
     * exception as its message, so that one bad run does not stop a sweep of thousands.
     */
    default SolveResult solveOrFail(RunSpec run) {
        long started = System.nanoTime();
        try {
            return solve(run);
        } catch (RuntimeException e) {
            return SolveResult.failed(run.d(), run.family().id(), e.getClass().getSimpleName() + ": " + e.getMessage(),
                    (System.nanoTime() - started) * 1e-9);
        }
    }
}
