package org.landausweep.core.evolution;

/**
 * Where a solve's curve stops and what that left out.
 *
 * @param end          T: where E(t)/E(0) reaches the floor, or the requested horizon if earlier (NaN when FAILED)
 * @param floor        resolution floor of E(t)/E(0); NaN when the solver has none (the grid solver stops at the last requested time)
 * @param timesDropped requested sample times beyond T, left out
 */
public record Horizon(double end, double floor, int timesDropped) {
}
