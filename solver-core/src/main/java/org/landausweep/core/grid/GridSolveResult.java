package org.landausweep.core.grid;

import org.landausweep.core.evolution.SolveResult;

/**
 * Everything one grid solve reports. The embedded {@link SolveResult} has the Hermite solver's fields with
 * the same meaning, and the grid's own in its {@link org.landausweep.core.evolution.GridReport}; its status is
 * UNRESOLVED (no enclosure); its horizon's {@code floor} is NaN (the run ends at the last requested time); its
 * {@link org.landausweep.core.evolution.Conservation} holds drifts from the grid's own initial moments, and the
 * P error compares the grid's second moments with the closed form (5), which the solver never uses.
 *
 * @param result            the common fields, at the requested times
 * @param entropy           H(f|m) = ∫ f log(f/m) dv at the sample times
 * @param fisher            I(f|m) = ∫ f |∇ log(f/m)|^2 dv at the sample times
 * @param entropyViolations sample intervals on which H rose by more than the time tolerance relative
 * @param fisherViolations  the same for I
 * @param cells             cells per dimension n
 * @param gridPoints        n^d
 * @param halfWidth         L of the cube [-L, L]^d
 * @param spacing           Δ = 2L/n
 * @param rejectedSteps     time steps rejected by the error control
 * @param linearIterations  BiCGSTAB iterations in all (the cost)
 * @param negativeCells     largest number of cells with f < 0 at a sample time (rounding in far tails)
 */
public record GridSolveResult(SolveResult result, double[] entropy, double[] fisher, int entropyViolations, int fisherViolations,
                              int cells, int gridPoints, double halfWidth, double spacing, int rejectedSteps, long linearIterations,
                              int negativeCells) {
}
