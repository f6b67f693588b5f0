package org.landausweep.jobs.compare.report;

/**
 * What the report plots of one solved run.
 *
 * @param d            dimension
 * @param lambdaMax    λmax of the datum
 * @param t0Theorem    Theorem 1's t0
 * @param t0Empirical  end of the last monotonicity violation (0 if none)
 * @param rateRatio    decay_rate_asymptotic/(2(d-1)); null when the fit failed
 * @param minRateRatio min_instantaneous_rate/(2(d-1)); null when not finite
 */
public record RunPoint(int d, double lambdaMax, double t0Theorem, double t0Empirical, Double rateRatio, Double minRateRatio) {
}
