package org.landausweep.jobs.compare;

import org.hipparchus.distribution.continuous.BetaDistribution;

/**
 * Exact (Clopper–Pearson) one-sided upper confidence bounds for a binomial probability: after seeing
 * k events in n independent runs, the largest p that is still compatible with so few events,
 * <pre>
 *   p_U(k, n) = sup{ p : P(X &lt;= k | X ~ Bin(n, p)) &gt;= α },   α = 1 - confidence,
 * </pre>
 * which is the quantile p_U = B^{-1}(1 - α; k + 1, n - k) of the Beta(k + 1, n - k) distribution for
 * k &lt; n, and 1 for k = n. For k = 0 it is p_U = 1 - α^{1/n} ("none seen in n runs" at 95 %:
 * p &lt; 1 - 0.05^{1/n} ≈ 3/n). The bound holds with probability at least {@code confidence} whatever p is.
 */
public final class ClopperPearson {
    /** The confidence of the summary's bounds. */
    public static final double CONFIDENCE = 0.95;
    /** Absolute accuracy of the Beta quantile. */
    private static final double ACCURACY = 1e-15;

    private ClopperPearson() {
    }

    /**
     * The one-sided upper bound p_U(k, n) at {@code confidence}; 1 when k = n (n = 0 included: no runs, no information).
     *
     * @throws IllegalArgumentException unless 0 &lt;= k &lt;= n and 0 &lt; confidence &lt; 1
     */
    public static double upper(long k, long n, double confidence) {
        if (k < 0 || k > n || !(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("Clopper-Pearson needs 0 <= k <= n and a confidence in (0, 1), got k = " + k
                    + ", n = " + n + ", confidence = " + confidence);
        }
        if (k == n) {
            return 1.0;
        }
        return new BetaDistribution(k + 1, n - k, ACCURACY).inverseCumulativeProbability(confidence);
    }

    /** {@link #upper(long, long, double)} at {@value #CONFIDENCE}. */
    public static double upper95(long k, long n) {
        return upper(k, n, CONFIDENCE);
    }
}
