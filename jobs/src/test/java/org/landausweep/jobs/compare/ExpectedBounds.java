package org.landausweep.jobs.compare;

import java.util.Arrays;

/**
 * Expected values computed independently of the code under test: the Clopper–Pearson bound by bisection
 * on the binomial CDF, and type-7 quantiles from the sorted values.
 */
final class ExpectedBounds {

    private ExpectedBounds() {
    }

    /** The p in (0, 1) with P(X &lt;= k | Bin(n, p)) = 0.05, by bisection (the CDF decreases in p). */
    static double upper95(long k, long n) {
        double lo = 0;
        double hi = 1;
        for (int i = 0; i < 200 && hi - lo > 1e-16; i++) {
            double mid = 0.5 * (lo + hi);
            if (binomialCdf(k, n, mid) > 0.05) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /** P(X &lt;= k) for X ~ Bin(n, p), summing the terms in log space. */
    static double binomialCdf(long k, long n, double p) {
        double sum = 0;
        double logChoose = 0; // log C(n, i), built up term by term
        for (long i = 0; i <= k; i++) {
            if (i > 0) {
                logChoose += Math.log((double) (n - i + 1) / i);
            }
            sum += Math.exp(logChoose + i * Math.log(p) + (n - i) * Math.log1p(-p));
        }
        return sum;
    }

    /** The type-7 quantile of {@code values} (sorted here) at probability p. */
    static double quantile(double[] values, double p) {
        double[] x = values.clone();
        Arrays.sort(x);
        double h = (x.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, x.length - 1);
        return x[lo] + (h - lo) * (x[hi] - x[lo]);
    }
}
