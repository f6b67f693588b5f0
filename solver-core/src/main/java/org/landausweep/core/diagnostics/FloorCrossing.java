package org.landausweep.core.diagnostics;

import java.util.function.DoubleUnaryOperator;

/** Where a decaying E(t) falls to a level: the horizon of a solve, where E(t)/E(0) reaches the resolution floor. */
public final class FloorCrossing {

    private FloorCrossing() {
    }

    /**
     * The last t found with E(t) >= level: doubling from 0.25 brackets the crossing, bisection then narrows it to
     * 1e-9 relative. Throws IllegalStateException when E stays above the level up to t = 1e4.
     */
    public static double time(DoubleUnaryOperator e, double level) {
        double lo = 0;
        double hi = 0.25;
        while (e.applyAsDouble(hi) >= level) {
            lo = hi;
            hi *= 2;
            if (hi > 1e4) {
                throw new IllegalStateException("E(t) stays above the level " + level + " up to t = 1e4");
            }
        }
        for (int it = 0; it < 60 && hi - lo > 1e-9 * hi; it++) {
            double mid = 0.5 * (lo + hi);
            if (e.applyAsDouble(mid) >= level) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
