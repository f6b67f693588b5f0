package org.landausweep.core.certify;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.landausweep.core.data.GaussianMixture;

/**
 * The enclosure with an early piece (CERTIFICATION.md §3c: [0, t1] solved at N' by the Krylov engine, the degree-N tail bound
 * restarted at t1) against a much higher-degree solve N'' on hard data (anisotropy 0.8-0.95): E_{N''} <= E <= E_upper and
 * E_lower <= E <= E_upper^{N''} must hold at times inside the piece, at t1 and after it. The mutations scale the piece's bound
 * of the tail, hence the restart energy y(t1)^2, down tenfold: they must be caught inside the piece and after t1.
 */
class EarlyPieceContainmentTest {
    /** t1 of these tests: several grid cells before it, and the restart at it is read on [t1, 0.5]. */
    static final double END = 0.05;
    static final double[] INSIDE = {0, 0.002, 0.005, 0.01, 0.02, 0.035, END};
    static final double[] AFTER = {0.0501, 0.051, 0.052, 0.055, 0.06, 0.07, 0.1, 0.2, 0.35, 0.5};

    @ParameterizedTest
    @CsvSource({"2, 30, 16, 40, 96", "3, 25, 10, 30, 44"})
    void higherDegreeSolveLiesInTheRestartedEnclosure(int d, int runs, int n, int top, int reference) {
        for (int run = 0; run < runs; run++) {
            GaussianMixture datum = HardData.datum(d, run);
            Certificate ref = CertifiedSolver.solve(datum, EnclosureContainmentTest.fixedDegree(d, reference, 1, false));
            Certificate low = restarted(datum, n, top, 1);
            Certificate plain = CertifiedSolver.solve(datum, EnclosureContainmentTest.fixedDegree(d, n, 1, false));
            int r0 = run;
            // the piece's certificate is kept only when narrower: so the enclosure checked below is the restarted one
            assertTrue(low.maxRelativeWidth() < plain.maxRelativeWidth(), () -> "run " + r0 + ": the early piece did not narrow the width");
            for (double[] times : new double[][] {INSIDE, AFTER}) {
                double[] failure = failure(low, ref, times);
                int r = run;
                assertTrue(failure == null, () -> "run " + r + ": E_ref in [" + failure[1] + ", " + failure[2] + "], enclosure ["
                        + failure[3] + ", " + failure[4] + "] at t = " + failure[0]);
            }
        }
    }

    /**
     * Mutation: the early piece's bound of Q (so y^2 at the grid points of [0, t1] and the restart energy y(t1)^2) times 0.1 must
     * break containment inside the piece and, through the restart alone, after t1, on some of ten data of each dimension.
     */
    @ParameterizedTest
    @CsvSource({"2, 16, 40, 96", "3, 10, 30, 44"})
    void restartEnergyScaledDownTenfoldFailsContainment(int d, int n, int top, int reference) {
        int inside = 0;
        int after = 0;
        for (int run = 0; run < 10; run++) {
            GaussianMixture datum = HardData.datum(d, run);
            Certificate ref = CertifiedSolver.solve(datum, EnclosureContainmentTest.fixedDegree(d, reference, 1, false));
            Certificate low = restarted(datum, n, top, 0.1);
            inside += failure(low, ref, java.util.Arrays.copyOfRange(INSIDE, 1, INSIDE.length)) != null ? 1 : 0;
            after += failure(low, ref, AFTER) != null ? 1 : 0;
        }
        assertTrue(inside > 0, "a tenfold smaller early-piece bound was never caught in (0, t1]");
        assertTrue(after > 0, "a tenfold smaller restart energy y(t1)^2 was never caught after t1");
    }

    /** The degree-n certificate with the early piece [0, END] at N' = top (plain tail bound, no layer), its bound times scale. */
    static Certificate restarted(GaussianMixture datum, int n, int top, double scale) {
        CertificationSettings settings = EnclosureContainmentTest.fixedDegree(datum.d(), n, 1, false).withEarlyPiece(true)
                .withRestartScale(scale);
        return CertifiedSolver.solve(datum, settings, null, CertifiedSolver.Cells.ADAPTIVE,
                new CertifiedSolver.PiecePlan(new double[] {END}, top, Double.POSITIVE_INFINITY));
    }

    /** null, or {t, E_ref,lower, E_ref,upper, E_lower, E_upper} where the two enclosures of E do not overlap both ways. */
    static double[] failure(Certificate low, Certificate ref, double[] times) {
        for (double t : times) {
            Interval e;
            try {
                e = low.enclosureAt(t);
            } catch (IllegalArgumentException empty) {
                // E_lower > E_upper: the mutated bound fell below the piece's lower bound
                return new double[] {t, Double.NaN, Double.NaN, Double.NaN, Double.NaN};
            }
            Interval r = ref.enclosureAt(t);
            if (r.lo() > e.hi() || e.lo() > r.hi()) {
                return new double[] {t, r.lo(), r.hi(), e.lo(), e.hi()};
            }
        }
        return null;
    }
}
