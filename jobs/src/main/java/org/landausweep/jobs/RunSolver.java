package org.landausweep.jobs;

import java.io.Serializable;
import org.landausweep.core.evolution.LandauSolver;
import org.landausweep.core.evolution.SolveResult;
import org.landausweep.sweeps.RunSpec;

/**
 * Solves one run of a sweep. Serializable because Spark ships it to the executors; replaceable so that
 * tests can make chosen runs fail.
 */
@FunctionalInterface
public interface RunSolver extends Serializable {

    /** The exact solver of solver-core on the run's datum and settings; a numerical failure is a FAILED result. */
    RunSolver LANDAU = run -> LandauSolver.solveOrFail(run.datum(), run.solverSettings());

    /** Solves {@code run}; may throw, e.g. an {@code InvalidInputException} while the datum is built. */
    SolveResult solve(RunSpec run);

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
