package org.landausweep.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.landausweep.core.ExactReferences;
import org.landausweep.core.data.GaussianMixture;
import org.landausweep.core.evolution.SolverSettings;

/** The search's evaluation of a radial mixture against the closed form of MATH.md §5. */
class HermiteEvaluatorTest {

    @Test
    void radialMixtureObjectivesEqualTheClosedForm() {
        for (int d = 2; d <= 3; d++) {
            GaussianMixture radial = GaussianMixture.radial(d, new double[] {0.6, 0.4}, new double[] {0.6, 1.6});
            Evaluation e = new HermiteEvaluator(SolverSettings.defaults(d).withTol(1e-11)).apply(radial);
            double[] at0 = ExactReferences.radial(radial, 0);
            assertEquals(at0[1] / at0[0], e.rateAt0(), 1e-9 * Math.abs(at0[1] / at0[0]), "E'(0)/E(0), d = " + d);
            assertEquals(supOfReferenceRate(radial, e.horizon()), e.supRate(), 1e-7 * Math.abs(e.supRate()), "sup E'/E, d = " + d);
            // radial data: λmax = 1, so the theorem allows -2(d-1) and t0 = 0
            assertEquals(-2.0 * (d - 1), e.theoremSupRate(), 1e-12);
            assertEquals(0, e.latestViolation());
            assertTrue(e.decided());
            assertTrue(SearchObjective.MAX_RATE.value(e) <= SearchObjective.MAX_RATE.theoremValue(e));
        }
    }

    /**
     * The slack g(t) = E'/E + 2ρ(t) of a radial mixture: λmax = 1, so 2ρ(t) = 2(d - 1) and g is the closed-form rate
     * plus 2(d - 1). Measured: equal to the reference at its own time, its sup over (0, T] and its value at 0; certified:
     * an upper bound of the reference, and at t = 0, where the enclosure is exact, equal to it to the truncation's tol.
     */
    @Test
    void radialMixtureRateGapEqualsTheClosedForm() {
        for (int d = 2; d <= 3; d++) {
            GaussianMixture radial = GaussianMixture.radial(d, new double[] {0.6, 0.4}, new double[] {0.6, 1.6});
            Evaluation e = new HermiteEvaluator(SolverSettings.defaults(d).withTol(1e-11)).apply(radial);
            double shift = 2.0 * (d - 1);
            RateGap gap = e.rateGap();
            assertTrue(gap.at() > 0 && gap.at() <= e.horizon(), "time of the sup, d = " + d + ": " + gap.at());
            double atItsTime = rate(radial, gap.at()) + shift;
            assertEquals(atItsTime, gap.measured(), 1e-9 * Math.abs(atItsTime), "g at its own time, d = " + d);
            double sup = supOfReferenceRate(radial, e.horizon()) + shift;
            assertEquals(sup, gap.measured(), 1e-7 * Math.abs(sup), "sup g over (0, T], d = " + d);
            assertTrue(gap.certified() >= sup - 1e-9 * Math.abs(sup), "certified upper bound of sup g, d = " + d);
            double at0 = rate(radial, 0) + shift;
            assertEquals(at0, e.rateGapAt0().measured(), 1e-9 * Math.abs(at0), "g(0), d = " + d);
            assertTrue(e.rateGapAt0().certified() >= at0 - 1e-12 * Math.abs(at0), "certified g(0) bounds the reference, d = " + d);
            assertEquals(at0, e.rateGapAt0().certified(), 1e-6 * Math.abs(at0), "certified g(0) is tight, d = " + d);
            assertEquals(0, e.rateGapAt0().at());
            // the theorem: g <= 0, with room: the late rate -8(d - 1) leaves a slack of at least 6(d - 1)
            assertTrue(SearchObjective.MAX_RATE_GAP.value(e) <= SearchObjective.MAX_RATE_GAP.theoremValue(e) - 6 * (d - 1) + 1e-6);
        }
    }

    /** sup over [0, T] of E'/E from the 60-digit reference: a grid, then golden-section refinement around the best. */
    private static double supOfReferenceRate(GaussianMixture m, double horizon) {
        int n = 3000;
        int best = 0;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int k = 0; k <= n; k++) {
            double v = rate(m, horizon * k / n);
            if (v > bestValue) {
                bestValue = v;
                best = k;
            }
        }
        double a = horizon * Math.max(0, best - 1) / n;
        double b = horizon * Math.min(n, best + 1) / n;
        double g = (Math.sqrt(5) - 1) / 2;
        for (int it = 0; it < 80; it++) {
            double c = b - g * (b - a);
            double dd = a + g * (b - a);
            if (rate(m, c) > rate(m, dd)) {
                b = dd;
            } else {
                a = c;
            }
        }
        return Math.max(bestValue, rate(m, 0.5 * (a + b)));
    }

    private static double rate(GaussianMixture m, double t) {
        double[] r = ExactReferences.radial(m, t);
        return r[1] / r[0];
    }
}
