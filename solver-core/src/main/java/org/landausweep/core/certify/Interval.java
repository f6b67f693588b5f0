package org.landausweep.core.certify;

/**
 * A closed interval [lo, hi] that contains a quantity (an infinite end means no bound on that side).
 *
 * @param lo lower end
 * @param hi upper end, at least lo
 */
public record Interval(double lo, double hi) {

    public Interval {
        if (!(lo <= hi)) {
            throw new IllegalArgumentException("empty interval [" + lo + ", " + hi + "]");
        }
    }

    /** Whether x lies in [lo, hi]. */
    public boolean contains(double x) {
        return lo <= x && x <= hi;
    }

    /** hi - lo. */
    public double width() {
        return hi - lo;
    }
}
