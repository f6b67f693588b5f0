package org.landausweep.core.grid;

import org.landausweep.core.evolution.SolveResult;

/** Agreement between the Hermite solver and the grid solver on one datum. */
public final class CrossCheck {
    /** Sample times closer than this (relative) are the same time. */
    private static final double SAME_TIME = 1e-12;

    private CrossCheck() {
    }

    /**
     * max over the sample times both results have of |E_grid(t) - E_hermite(t)| / E_hermite(t). The Hermite
     * solver drops requested times beyond its horizon, so only common times count.
     *
     * @throws IllegalArgumentException when the two share no sample time
     */
    public static double maxRelativeDifference(SolveResult hermite, SolveResult grid) {
        double[] th = hermite.samples().times();
        double[] tg = grid.samples().times();
        double max = Double.NEGATIVE_INFINITY;
        int j = 0;
        for (int i = 0; i < th.length; i++) {
            while (j < tg.length && tg[j] < th[i] - SAME_TIME * Math.max(1, th[i])) {
                j++;
            }
            if (j < tg.length && Math.abs(tg[j] - th[i]) <= SAME_TIME * Math.max(1, th[i])) {
                double eh = hermite.samples().e(i);
                max = Math.max(max, Math.abs(grid.samples().e(j) - eh) / eh);
            }
        }
        if (max == Double.NEGATIVE_INFINITY) {
            throw new IllegalArgumentException("the Hermite and grid results share no sample time");
        }
        return max;
    }
}
