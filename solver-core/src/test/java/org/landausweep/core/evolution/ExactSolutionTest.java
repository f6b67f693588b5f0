package org.landausweep.core.evolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.landausweep.core.ExactReferences;
import org.landausweep.core.data.Bkw;
import org.landausweep.core.data.GaussianMixture;
import org.landausweep.core.data.InitialDatum;

/**
 * E(t) and E'(t) against the closed forms of MATH.md §5 (radial mixtures, BKW) in d = 2, 3, 4.
 * Tolerances (relative): 1e-9 wherever E(t)/E(0) >= 1e-6, 1e-6 wherever E(t)/E(0) >= 1e-12.
 */
class ExactSolutionTest {

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4})
    void radialMixtureMatchesClosedForm(int d) {
        // milder in d = 4, where the operator cache grows like N^7: the truncation stays near N = 20
        double[] variances = d < 4 ? new double[] {0.45, 1.1, 1.6} : new double[] {0.8, 1.05, 1.25};
        GaussianMixture radial = GaussianMixture.radial(d, new double[] {0.3, 0.5, 0.2}, variances);
        check(radial, t -> ExactReferences.radial(radial, t));
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4})
    void bkwMatchesClosedForm(int d) {
        double k0 = d / (d + 2.0) + 0.05;
        Bkw bkw = Bkw.of(d, k0);
        check(bkw, t -> ExactReferences.bkw(d, k0, t));
    }

    private static void check(InitialDatum datum, DoubleFunction<double[]> exact) {
        SolveResult r = LandauSolver.solve(datum, SolverSettings.defaults(datum.d()).withTol(1e-10));
        assertEquals(SolveStatus.CERTIFIED, r.status(), r.message());
        double e0 = exact.apply(0)[0];
        assertEquals(e0, r.datum().e0Closed(), 1e-13 * e0, "closed-form E(0)");
        assertTrue(r.samples().e(r.samples().count() - 1) / e0 < 1.01e-12, "the horizon reaches E/E0 = 1e-12");
        int checked = 0;
        SampledEnclosure enclosure = r.hermite().enclosure();
        for (int k = 0; k < r.samples().count(); k++) {
            double[] ref = exact.apply(r.samples().t(k));
            // the certified enclosure contains the exact E and lies above the exact E', to the closed form's rounding
            double rounding = 1e-13 * e0;
            assertTrue(enclosure.eLower()[k] <= ref[0] + rounding && ref[0] <= enclosure.eUpper()[k] + rounding,
                    "E(" + r.samples().t(k) + ") = " + ref[0] + " outside [" + enclosure.eLower()[k] + ", " + enclosure.eUpper()[k] + "]");
            assertTrue(ref[1] <= enclosure.dEdtUpper()[k] + rounding, "E' above dEdt_upper at t = " + r.samples().t(k));
            assertEquals(Double.NEGATIVE_INFINITY, enclosure.dEdtLower()[k]);
            double ratio = ref[0] / e0;
            if (ratio < 1e-12) {
                continue;
            }
            double tol = ratio >= 1e-6 ? 1e-9 : 1e-6;
            assertEquals(ref[0], r.samples().e(k), tol * ref[0], "E at t = " + r.samples().t(k) + " (E/E0 = " + ratio + ")");
            assertEquals(ref[1], r.samples().dedt(k), tol * Math.abs(ref[1]), "E' at t = " + r.samples().t(k) + " (E/E0 = " + ratio + ")");
            checked++;
        }
        assertTrue(checked > 300, "checked " + checked + " sample times");
    }
}
