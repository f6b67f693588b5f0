package org.landausweep.core.diagnostics;

/**
 * Empirical decay constants of E(t) on [0, T].
 *
 * @param asymptotic       -slope of log E fitted by least squares on [windowStart, windowEnd]
 * @param fitRms           root-mean-square residual of that fit, in units of log E
 * @param windowStart      start of the fit window (3T/4)
 * @param windowEnd        end of the fit window (T)
 * @param minInstantaneous min_t ( -E'(t)/E(t) )
 * @param average          -log(E(T)/E(0))/T
 */
public record DecayRates(double asymptotic, double fitRms, double windowStart, double windowEnd,
                         double minInstantaneous, double average) {
}
