package org.landausweep.jobs.compare.report;

/**
 * The quantiles over runs of E(t)/E(0) in one (d, λmax bin) of a sweep, against time. Time is cut into
 * {@value ReportData#TIME_CELLS} equal cells up to the last sample of the bin; in each cell every run
 * that has samples there contributes its largest E/E(0) (so the curves sit on or above the samples),
 * and the {@link org.landausweep.jobs.compare.Quantiles#LEVELS} are taken over those runs. Late cells
 * hold only the runs whose horizon reaches them (a run stops where E/E(0) meets its resolution floor).
 *
 * @param d         dimension
 * @param lambdaBin the λmax bin ({@link org.landausweep.jobs.compare.LambdaBins})
 * @param t         the cells' start times, increasing
 * @param quantiles {@code quantiles[i]}: the levels at time {@code t[i]}, in the order of {@code Quantiles.LEVELS}
 */
public record Envelope(int d, int lambdaBin, double[] t, double[][] quantiles) {
}
