package org.landausweep.core.evolution;

/**
 * What one solver method reports about itself, beside the quantities every method shares: the truncation and
 * the certificate of the Hermite solver, the grid and its time steps for the grid solver. Sealed so that a
 * column reading one method's report says so, and a field never takes another meaning for another method.
 */
public sealed interface MethodReport permits HermiteReport, GridReport {
}
