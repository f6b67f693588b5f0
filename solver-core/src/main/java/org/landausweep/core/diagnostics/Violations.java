package org.landausweep.core.diagnostics;

/**
 * The maximal intervals of [0, T] on which E'(t) > 0 (monotonicity violations).
 *
 * @param intervals      [start, end] pairs, in time order
 * @param totalLength    Σ (end - start)
 * @param maxRelativeRise largest (E(end) - E(start))/E(start) over the intervals (0 when none)
 * @param afterT0        whether an interval ends after t0 of Theorem 1 (a contradiction of the theorem)
 */
public record Violations(double[][] intervals, double totalLength, double maxRelativeRise, boolean afterT0) {

    public int count() {
        return intervals.length;
    }

    /** t0_empirical: the end of the last violation, 0 if none. */
    public double lastEnd() {
        return intervals.length == 0 ? 0 : intervals[intervals.length - 1][1];
    }
}
