package org.landausweep.jobs.compare;

import java.util.Locale;

/**
 * The λmax bins of the summary: fixed width {@value #WIDTH} from 1, bin k = [1 + kw, 1 + (k+1)w), that is
 * <pre>
 *   k(λ) = max(0, ⌊(λ - 1)/w⌋),   w = {@value #WIDTH}.
 * </pre>
 * λmax &gt;= 1 for every normalized datum (tr P_in = d); the max(0, ·) puts an isotropic datum whose λmax
 * rounds to just below 1 into bin 0. Theorem 1's t0 is positive exactly when λmax &gt; (d + 1)/2, which is
 * a bin edge for every d (1.5, 2, 2.5), so no bin mixes t0 = 0 with t0 &gt; 0.
 */
public final class LambdaBins {
    /** Bin width. */
    public static final double WIDTH = 0.25;

    private LambdaBins() {
    }

    /** The bin of {@code lambdaMax}; null when it is null or not finite. */
    public static Integer index(Double lambdaMax) {
        if (lambdaMax == null || !Double.isFinite(lambdaMax)) {
            return null;
        }
        return (int) Math.max(0, Math.floor((lambdaMax - 1) / WIDTH));
    }

    /** The lower edge 1 + k w of bin k. */
    public static double lower(int k) {
        return 1 + k * WIDTH;
    }

    /** The upper edge 1 + (k + 1) w of bin k (excluded from the bin). */
    public static double upper(int k) {
        return lower(k + 1);
    }

    /** The bin as text, {@code [1.25, 1.50)}. */
    public static String label(int k) {
        return String.format(Locale.ROOT, "[%.2f, %.2f)", lower(k), upper(k));
    }
}
