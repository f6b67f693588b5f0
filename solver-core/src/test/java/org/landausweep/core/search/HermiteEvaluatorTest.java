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
