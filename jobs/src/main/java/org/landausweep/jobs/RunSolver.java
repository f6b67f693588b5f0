package org.landausweep.jobs;

import java.io.Serializable;
import org.landausweep.core.evolution.SolveResult;
import org.landausweep.core.grid.CrossCheck;
import org.landausweep.core.solver.SolverMethod;
import org.landausweep.sweeps.RunSpec;

/**
 * Solves one run of a sweep. Serializable because Spark ships it to the executors; replaceable so that
 * tests can make chosen runs fail.
 */
@FunctionalInterface
public interface RunSolver extends Serializable {

    /** The run's method ({@code solver.method}) on the run's datum and settings. */
    RunSolver LANDAU = run -> run.method().solve(run.datum(), run.solverSettings(), run.gridSettings());

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
            SolveResult grid = SolverMethod.GRID.solve(run.datum(), run.solverSettings().withTimes(exact.samples().times()), run.gridSettings());
            return CrossCheck.maxRelativeDifference(exact, grid);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * Like {@link #solve} but never throws an exception: whatever exception a run raises becomes a FAILED
     * result with the exception as its message, so that one bad run does not stop a sweep of thousands.
     * This is the one place where a failure becomes a result. Errors ({@code OutOfMemoryError},
     * {@code StackOverflowError}) are not caught: the JVM is not in a state to go on, and Spark retries the task.
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
