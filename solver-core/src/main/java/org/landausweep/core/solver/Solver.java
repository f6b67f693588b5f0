package org.landausweep.core.solver;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.landausweep.core.data.InitialDatum;
import org.landausweep.core.evolution.SolveResult;
import org.landausweep.core.evolution.SolverSettings;
import org.landausweep.core.grid.GridSettings;

/**
 * A way of solving the Landau equation for one datum. The methods are the constants of
 * {@link SolverMethod}; {@code solve}, {@code sweep} and the sweep's cross-check all go through it.
 * A solver throws: bad input as {@code InvalidInputException}, a numerical failure as another runtime
 * exception; a sweep turns either into a FAILED result in one place (jobs' {@code RunSolver}).
 */
public interface Solver {

    /**
     * Solves {@code datum} at the sample times of {@code settings} (what applies of them to this
     * method); {@code grid} is the velocity grid of a grid solve.
     */
    SolveResult solve(InitialDatum datum, SolverSettings settings, GridSettings grid);

    /** As {@link #solve}, as {@code solve}'s JSON: its columns and what this method reports besides. */
    ObjectNode solveToJson(InitialDatum datum, SolverSettings settings, GridSettings grid);
}
