package org.landausweep.core.certify;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.landausweep.core.data.GaussianMixture;
import org.landausweep.core.evolution.SolverSettings;

/**
 * The enclosure at a low degree N against E_{N'} at a much higher degree N' (a lower bound of E, so
 * E_{N'} <= E <= E_upper^N must hold), on hard random data (anisotropy 0.8-0.95, t0_theorem > 0), at times
 * from 0 to 0.5 including early ones; and (without the layer) E_lower = E_N does not decrease with N. N is chosen so that the
 * discarded energy is not negligible: at t = 0 it is 1e-4 to 1e-1 of E (the test prints nothing; the
 * mutation test below shows the check can fail).
 */
class EnclosureContainmentTest {
    static final double[] TIMES = {0, 0.002, 0.01, 0.03, 0.06, 0.1, 0.2, 0.35, 0.5};
    /** The times after 0, where the bound is no longer the closed-form tail: the mutation must be caught there. */
    static final double[] LATER = java.util.Arrays.copyOfRange(TIMES, 1, TIMES.length);
    /**
     * E_N grows with N exactly; E_lower = E_N - (2 sqrt(E_N) δ + δ^2) with δ the pruning's error bound (CERTIFICATION.md §6),
     * which grows with N (more terms pruned, larger c_N). On these data it is up to 4.3e-9 of E_lower at t = 0.5 (d = 3,
     * run 1, E(0) = 4e16: degree 14 against 24). Where E has fallen below the floor 1e-13 E(0) that ends a product solve
     * (t = 0.2 for run 7 of d = 3, E(0) = 7e27), the pruning's error is of the order of E itself and only containment is
     * checked.
     */
    static final double GROWTH_SLACK = 1e-8;

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
     * tail, which any scaling breaks); the bound of §3-§4 alone (what a CERTIFIED run uses) is loose by 1e2-1e6 at t > 0
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

    /**
     * The initial layer's lower bound E_N + (||v|| - ||w||_up)^2 (§3b) against the degree-reference enclosure: E lies in both,
     * so low.E_lower <= ref.E_upper must hold (checked with the layer in {@link #higherDegreeSolveLiesInTheEnclosure}).
     * Mutation: ||w||_up scaled down (tenfold in d = 2; dropped in d = 3, where a tenth of it still gives a valid lower bound
     * on these data: ||w||_up is loose by more than 10x there) must be caught at some t > 0 on some datum.
     */
    @ParameterizedTest
    @CsvSource({"2, 16, 48, 0.1", "3, 10, 24, 0"})
    void layerLowerBoundWithTheRemainderScaledDownFailsContainment(int d, int n, int reference, double scale) {
        int failures = 0;
        for (int run = 0; run < 10; run++) {
            if (lowerSideFailure(HardData.datum(d, run), n, reference, scale, LATER) != null) {
                failures++;
            }
        }
        assertTrue(failures > 0, "||w||_up x " + scale + " in the lower bound was never caught at t > 0");
    }

    static CertificationSettings fixedDegree(int d, int n, double scale, boolean layer) {
        return CertificationSettings.defaults(d).withNMax(n).withTol(1e-12).withHorizon(0.5).withSampleCount(11).withTailScale(scale)
                .withInitialLayer(layer ? CertificationSettings.Layer.ALWAYS : CertificationSettings.Layer.OFF).withEarlyPiece(false);
    }

    /**
     * null, or {t, E_ref, E_lower, E_upper} where the degree-n enclosure misses the degree-reference solve: E_ref,lower > E_upper,
     * or (with the layer) E_lower > E_ref,upper; without the layer E_lower = E_N must also grow with N (with it E_lower is no
     * longer E_N, and no order in N is proved).
     */
    static double[] containmentFailure(GaussianMixture datum, int n, int mid, int reference, double scale, boolean layer,
                                       double[] times) {
        int d = datum.d();
        Certificate low = CertifiedSolver.solve(datum, fixedDegree(d, n, scale, layer));
        Certificate middle = CertifiedSolver.solve(datum, fixedDegree(d, mid, 1, layer));
        Certificate ref = CertifiedSolver.solve(datum, fixedDegree(d, reference, 1, layer));
        for (double t : times) {
            Interval e;
            try {
                e = low.enclosureAt(t);
            } catch (IllegalArgumentException empty) {
                // E_lower > E_upper: the mutated Q_up fell below the layer's lower bound
                return new double[] {t, Double.NaN, Double.NaN, Double.NaN};
            }
            double eMid = middle.enclosureAt(t).lo();
            Interval eRef = ref.enclosureAt(t);
            // beyond the floor of a product solve, E_lower is E_N less the pruning's error, which no longer orders the degrees
            boolean beyondFloor = eRef.lo() < SolverSettings.DEFAULT_FLOOR * datum.e0Closed();
            boolean lowerGrows = layer || beyondFloor || e.lo() <= eMid * (1 + GROWTH_SLACK) && eMid <= eRef.lo() * (1 + GROWTH_SLACK);
            boolean lowerBelow = !layer || (e.lo() <= eRef.hi() && eMid <= eRef.hi());
            if (!lowerGrows || !lowerBelow || eRef.lo() > e.hi()) {
                return new double[] {t, eRef.lo(), e.lo(), e.hi()};
            }
        }
        return null;
    }

    /** null, or {t, E_lower, E_ref,upper} where the layered degree-n lower bound ({@code scale} on ||w||_up) exceeds the reference's upper bound. */
    static double[] lowerSideFailure(GaussianMixture datum, int n, int reference, double scale, double[] times) {
        int d = datum.d();
        Certificate low = CertifiedSolver.solve(datum, fixedDegree(d, n, 1, true).withRemainderScale(scale));
        Certificate ref = CertifiedSolver.solve(datum, fixedDegree(d, reference, 1, true));
        for (double t : times) {
            double lo = low.enclosureAt(t).lo();
            double hi = ref.enclosureAt(t).hi();
            if (lo > hi) {
                return new double[] {t, lo, hi};
            }
        }
        return null;
    }
}
