package org.landausweep.core.evolution;

/**
 * The velocity-grid solver's own report (it gives no enclosure, so its runs are never certified).
 *
 * @param e0Grid         the grid's E(0) = Σ u_i^2 Δ^d
 * @param gridDeficit    (E(0) closed - grid E(0))/E(0) closed: how well the grid represents the datum
 * @param cells          cells per dimension n (n^d in all)
 * @param acceptedSteps  time steps accepted by the error control
 */
public record GridReport(double e0Grid, double gridDeficit, int cells, long acceptedSteps) implements MethodReport {
}
