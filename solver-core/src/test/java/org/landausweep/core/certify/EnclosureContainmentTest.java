package org.landausweep.core.certify;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.landausweep.core.data.GaussianMixture;

/**
 * The enclosure at a low degree N against E_{N'} at a much higher degree N' (a lower bound of E, so
 * E_{N'} <= E <= E_upper^N must hold), on hard random data (anisotropy 0.8-0.95, t0_theorem > 0), at times
 * from 0 to 0.5 including early ones; and E_lower = E_N does not decrease with N. N is chosen so that the
 * discarded energy is not negligible: at t = 0 it is 1e-4 to 1e-1 of E (the test prints nothing; the
 * mutation test below shows the check can fail).
 */
class EnclosureContainmentTest {
    static final double[] TIMES = {0, 0.002, 0.01, 0.03, 0.06, 0.1, 0.2, 0.35, 0.5};
    /** The times after 0, where the bound is no longer the closed-form tail: the mutation must be caught there. */
    static final double[] LATER = java.util.Arrays.copyOfRange(TIMES, 1, TIMES.length);

    @ParameterizedTest
    @CsvSource({"2, 30, 16, 24, 48, false", "3, 25, 10, 14, 24, false", "2, 30, 16, 24, 48, true", "3, 25, 10, 14, 24, true"})
    void higherDegreeSolveLiesInTheEnclosure(int d, int runs, int n, int mid, int reference, boolean layer) {
        for (int run = 0; run < runs; run++) {
            GaussianMixture datum = HardData.datum(d, run);
            double[] failure = containmentFailure(datum, n, mid, reference, 1, layer, TIMES);
            int r = run;
            assertTrue(failure == null, () -> "run " + r + ": E_ref = " + failure[1] + " outside [" + failure[2] + ", "
                    + failure[3] + "] at t = " + failure[0]);
        }
    }

    /**
     * Mutation: the tail bound divided by ten must be caught by the same check, on at least one datum of each
     * dimension. With the initial layer (§3a) it is caught at a time t > 0 (at t = 0 the bound is the closed-form
     * tail, which any scaling breaks); the bound of §3-§4 alone, the product's default, is loose by 1e2-1e6 at t > 0
     * (§8), so there it is caught at t = 0.
     */
    @ParameterizedTest
    @CsvSource({"2, 16, 24, 48, true", "3, 10, 14, 24, true", "2, 16, 24, 48, false", "3, 10, 14, 24, false"})
    void tailBoundScaledDownTenfoldFailsContainment(int d, int n, int mid, int reference, boolean layer) {
        int failures = 0;
        for (int run = 0; run < 10; run++) {
            if (containmentFailure(HardData.datum(d, run), n, mid, reference, 0.1, layer, layer ? LATER : TIMES) != null) {
                failures++;
            }
        }
        assertTrue(failures > 0, "a tenfold smaller tail bound was never caught" + (layer ? " at t > 0" : ""));
    }

    static CertificationSettings fixedDegree(int d, int n, double scale, boolean layer) {
        return CertificationSettings.defaults(d).withNMax(n).withTol(1e-12).withHorizon(0.5).withSampleCount(11).withTailScale(scale)
                .withInitialLayer(layer);
    }

    /** null, or {t, E_ref, E_lower, E_upper} where the degree-n enclosure misses the degree-reference solve (or E_lower decreased). */
    static double[] containmentFailure(GaussianMixture datum, int n, int mid, int reference, double scale, boolean layer,
                                       double[] times) {
        int d = datum.d();
        Certificate low = CertifiedSolver.solve(datum, fixedDegree(d, n, scale, layer));
        Certificate middle = CertifiedSolver.solve(datum, fixedDegree(d, mid, 1, layer));
        Certificate ref = CertifiedSolver.solve(datum, fixedDegree(d, reference, 1, layer));
        for (double t : times) {
            Interval e = low.enclosureAt(t);
            double eMid = middle.enclosureAt(t).lo();
            double eRef = ref.enclosureAt(t).lo();
            boolean lowerGrows = e.lo() <= eMid * (1 + 1e-12) && eMid <= eRef * (1 + 1e-12);
            if (!lowerGrows || eRef > e.hi()) {
                return new double[] {t, eRef, e.lo(), e.hi()};
            }
        }
        return null;
    }
}
