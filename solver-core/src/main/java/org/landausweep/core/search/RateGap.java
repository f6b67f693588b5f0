package org.landausweep.core.search;

import org.landausweep.core.evolution.SampledEnclosure;
import org.landausweep.core.evolution.SolveResult;
import org.landausweep.core.evolution.Timeseries;

/**
 * The slack of Theorem 1's instantaneous bound, g(t) = E'(t)/E(t) + 2ρ(t) with 2ρ(t) = 2(d - 1 - 2e^{-4dt}(λmax - 1))
 * ({@code Theorem1#instantaneousRate}); the theorem says g(t) <= 0 at every t > 0. Its largest value over the sample
 * times in a window [from, to], measured and certified.
 *
 * <p>The certified value is an upper bound of g at each sample, from the enclosure: E'/E <= dEdt_upper/E_lower when
 * dEdt_upper >= 0, and <= dEdt_upper/E_upper when dEdt_upper < 0 (E_lower <= E <= E_upper, E > 0). Its maximum over
 * the samples is rigorous at the samples only (between them it is grid-level, as every sup over t here); at t = 0
 * it is rigorous, and tight: the enclosure is exact at t = 0 up to the closed-form E(0)'s tail. The measured value
 * is not a bound, and can lie above the certified one: E_N'/E_N of the truncated solve misses the tail's derivative,
 * which the degree weights (a relative tail of tol in E moves E'/E by about tol times the tail's decay rate).
 *
 * @param measured  max over the window's samples of g from the measured E and E' (what a search maximizes)
 * @param certified max over the same samples of the certified upper bound of g (what a claim "g <= 0" rests on)
 * @param at        the sample time of {@code measured}
 */
public record RateGap(double measured, double certified, double at) {

    /** The maximum over the samples t_k of {@code r} with from <= t_k <= to; NaN everywhere when none lies there. */
    public static RateGap over(SolveResult r, double from, double to) {
        Timeseries samples = r.samples();
        double[] t = samples.times();
        SampledEnclosure enclosure = r.hermite() == null ? null : r.hermite().enclosure();
        double[] lower = enclosure == null ? null : enclosure.eLower();
        double[] upper = enclosure == null ? null : enclosure.eUpper();
        double[] slope = enclosure == null ? null : enclosure.dEdtUpper();
        double measured = Double.NaN;
        double certified = Double.NaN;
        double at = Double.NaN;
        for (int k = 0; k < t.length; k++) {
            if (t[k] < from || t[k] > to) {
                continue;
            }
            double rho = r.theorem().instantaneousRate(t[k]);
            double g = samples.dedt(k) / samples.e(k) + rho;
            if (!(g <= measured)) {
                measured = g;
                at = t[k];
            }
            if (slope != null) {
                double gUp = slope[k] / (slope[k] >= 0 ? lower[k] : upper[k]) + rho;
                certified = Double.isNaN(certified) ? gUp : Math.max(certified, gUp);
            }
        }
        return new RateGap(measured, certified, at);
    }
}
