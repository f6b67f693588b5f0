package org.landausweep.jobs.compare.report;

/**
 * The quantiles over runs of one per-sample quantity (E(t)/E(0), or -E'(t)/E(t)) in one (d, λmax bin) of a
 * sweep, against time. Time is cut into {@value ReportData#TIME_CELLS} equal cells up to the last sample
 * of the bin; in each cell every run that has samples there contributes its worst value (the largest
 * E/E(0), the smallest -E'/E), and the {@link org.landausweep.jobs.compare.Quantiles#LEVELS} are taken
 * over those runs. A run stops where E/E(0) meets its resolution floor, so late cells hold fewer runs:
 * {@code alive[i]} says how many.
 *
 * @param d         dimension
 * @param lambdaBin the λmax bin ({@link org.landausweep.jobs.compare.LambdaBins})
 * @param runs      solved runs of the bin
 * @param t         the cells' start times, increasing
 * @param quantiles {@code quantiles[i]}: the levels at time {@code t[i]}, in the order of {@code Quantiles.LEVELS}
 * @param alive     {@code alive[i]}: the runs with samples in cell i
 */
public record Envelope(int d, int lambdaBin, long runs, double[] t, double[][] quantiles, long[] alive) {

    /** The cells where at least half of the bin's runs still have samples: the band is drawn there only. */
    int shownCells() {
        int n = 0;
        while (n < t.length && 2 * alive[n] >= runs) {
            n++;
        }
        return n;
    }
}
