package org.landausweep.jobs.compare.report;

/**
 * The samples of one run that the report draws as a thin line, up to its horizon.
 *
 * @param d         dimension
 * @param lambdaBin the λmax bin
 * @param t         sample times, increasing
 * @param value     E(t)/E(0) at those times
 */
record RunCurve(int d, int lambdaBin, double[] t, double[] value) {
}
