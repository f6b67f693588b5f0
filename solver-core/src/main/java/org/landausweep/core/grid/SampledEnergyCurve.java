package org.landausweep.core.grid;

import java.util.Arrays;
import org.landausweep.core.diagnostics.EnergyCurve;

/**
 * E(t) known at knots t_0 < ... < t_K with E and E' there, extended by the cubic Hermite interpolant on
 * each [t_k, t_{k+1}] (s = (t - t_k)/h, h = t_{k+1} - t_k):
 * E(t) = (2s^3 - 3s^2 + 1) E_k + (s^3 - 2s^2 + s) h E'_k + (-2s^3 + 3s^2) E_{k+1} + (s^3 - s^2) h E'_{k+1}.
 * C^1, and exact at the knots for both E and E'. Outside [t_0, t_K] the end values are used.
 */
final class SampledEnergyCurve implements EnergyCurve {
    private final double[] t;
    private final double[] e;
    private final double[] de;

    SampledEnergyCurve(double[] t, double[] e, double[] de) {
        this.t = t;
        this.e = e;
        this.de = de;
    }

    @Override
    public void evaluate(double time, double[] out) {
        int last = t.length - 1;
        if (time <= t[0] || last == 0) {
            out[0] = e[0];
            out[1] = de[0];
            return;
        }
        if (time >= t[last]) {
            out[0] = e[last];
            out[1] = de[last];
            return;
        }
        int found = Arrays.binarySearch(t, time);
        int k = found >= 0 ? Math.min(found, last - 1) : -found - 2;
        double h = t[k + 1] - t[k];
        double s = (time - t[k]) / h;
        double s2 = s * s;
        double s3 = s2 * s;
        out[0] = (2 * s3 - 3 * s2 + 1) * e[k] + (s3 - 2 * s2 + s) * h * de[k] + (-2 * s3 + 3 * s2) * e[k + 1] + (s3 - s2) * h * de[k + 1];
        out[1] = (6 * s2 - 6 * s) * (e[k] - e[k + 1]) / h + (3 * s2 - 4 * s + 1) * de[k] + (3 * s2 - 2 * s) * de[k + 1];
    }
}
