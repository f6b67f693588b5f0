package org.landausweep.core.certify;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.landausweep.core.data.GaussianMixture;
import org.landausweep.core.data.MixtureGenerator;
import org.landausweep.core.data.MixtureSamplingSpec;

/**
 * The coarse cells after t_ρ (cells doubling up to 64 maxCell, {@link CertifiedSolver.Cells}): the enclosure on them must
 * still contain a much higher-degree E_{N'} at every time inside the long cells, a tail bound scaled down must be caught
 * there (after t_ρ, not only at t = 0), and a CERTIFIED certificate the adaptive rule keeps on coarse cells must have its
 * width within tol at every time of [0, T], as {@code Evaluation.settles} derives it, and no decision contradicting the fine
 * grid's; a DECIDED one (kept when the fine grid could not certify either) must have the fine grid's status and verdicts.
 */
class CoarseCellsTest {
    private static final int DENSE = 400;

    @ParameterizedTest
    @CsvSource({"2, 10, 16, 48", "3, 8, 10, 24"})
    void coarseEnclosureContainsTheHigherDegreeSolve(int d, int runs, int n, int reference) {
        for (int run = 0; run < runs; run++) {
            GaussianMixture datum = HardData.datum(d, run);
            Certificate coarse = coarse(datum, n, 1);
            Certificate fine = CertifiedSolver.solve(datum, EnclosureContainmentTest.fixedDegree(d, n, 1, false), null, CertifiedSolver.Cells.FINE);
            int r = run;
            assertTrue(coarse.gridCells() < fine.gridCells(), () -> "run " + r + ": no coarse cell (" + coarse.gridCells() + " cells)");
            Certificate ref = CertifiedSolver.solve(datum, EnclosureContainmentTest.fixedDegree(d, reference, 1, false));
            double[] miss = miss(coarse, ref, 0);
            assertTrue(miss == null, () -> "run " + r + ": E_ref = " + miss[1] + " above E_upper = " + miss[2] + " at t = " + miss[0]);
        }
    }

    /**
     * Mutation: the tail bound scaled down by 1e-7 must miss E_{N'} inside the coarse cells (t > t_ρ) on some datum: the true
     * tail there is 1e-4 to 1e-6 of Q_up (docs/CERTIFICATION.md §8), so the check above resolves the tail in the long cells.
     */
    @Test
    void scaledDownTailIsCaughtInsideCoarseCells() {
        int caught = 0;
        for (int run = 0; run < 10; run++) {
            GaussianMixture datum = HardData.datum(2, run);
            Certificate ref = CertifiedSolver.solve(datum, EnclosureContainmentTest.fixedDegree(2, 48, 1, false));
            double tRho = CertifiedSolver.aPrioriTime(TailRates.of(2, 16, PrincipalFrame.of(datum).q()));
            if (miss(coarse(datum, 16, 1e-7), ref, tRho) != null) {
                caught++;
            }
        }
        assertTrue(caught > 0, "a tail bound scaled by 1e-7 was never caught after t_rho");
    }

    /** Bench data: where the adaptive rule keeps coarse cells, the width is within tol at every dense t and the decisions agree. */
    @ParameterizedTest
    @ValueSource(ints = {2, 3})
    void keptCoarseCertificateIsWithinTolEverywhere(int d) {
        int kept = 0;
        for (int run = 0; run < 6; run++) {
            GaussianMixture datum = MixtureGenerator.generate(MixtureSamplingSpec.benchmark(d), 1, run);
            CertificationSettings settings = CertificationSettings.defaults(d);
            Certificate adaptive = CertifiedSolver.solve(datum, settings);
            Certificate fine = CertifiedSolver.solve(datum, settings, null, CertifiedSolver.Cells.FINE);
            if (adaptive.gridCells() >= fine.gridCells()) {
                continue;
            }
            int r = run;
            if (adaptive.status() != CertificateStatus.CERTIFIED) {
                assertTrue(adaptive.status() == fine.status(), () -> "run " + r + ": coarse " + adaptive.status() + ", fine " + fine.status());
                continue;
            }
            kept++;
            for (int k = 0; k <= DENSE; k++) {
                double t = adaptive.horizon() * k / DENSE;
                Interval e = adaptive.enclosureAt(t);
                double width = (e.hi() - e.lo()) / e.lo();
                assertTrue(width <= settings.tol(), () -> "run " + r + ": width " + width + " at t = " + t);
            }
            assertTrue(agree(adaptive.monotone(), fine.monotone()) && agree(adaptive.boundHolds(), fine.boundHolds()),
                    () -> "run " + r + ": coarse " + adaptive.monotone() + " / " + adaptive.boundHolds() + ", fine " + fine.monotone()
                            + " / " + fine.boundHolds());
        }
        assertTrue(kept > 0, "the adaptive rule kept no coarse certificate on the bench data");
    }

    /**
     * Hard data at a capped degree, which cannot be CERTIFIED (the width before t_ρ, where both grids are the same, is over
     * tol): the adaptive rule keeps the coarse cells when they decide both, and then its status and verdicts are the fine
     * grid's; where they leave a decision open it builds the fine grid (and then gives the fine certificate itself). A kept
     * certificate's rigorous intervals, c0_empirical and the late secant rate, read on the long cells, must meet those of
     * the solve at degree {@code reference}: both contain the true value.
     */
    @ParameterizedTest
    @CsvSource({"2, 10, 16, 48", "3, 8, 10, 24"})
    void keptCoarseDecisionsAreTheFineGridsAtTheCap(int d, int runs, int n, int reference) {
        int kept = 0;
        for (int run = 0; run < runs; run++) {
            GaussianMixture datum = HardData.datum(d, run);
            CertificationSettings settings = EnclosureContainmentTest.fixedDegree(d, n, 1, false);
            Certificate adaptive = CertifiedSolver.solve(datum, settings);
            Certificate fine = CertifiedSolver.solve(datum, settings, null, CertifiedSolver.Cells.FINE);
            int r = run;
            assertTrue(adaptive.status() == fine.status() && adaptive.monotone().verdict() == fine.monotone().verdict()
                            && adaptive.boundHolds().verdict() == fine.boundHolds().verdict(),
                    () -> "run " + r + ": adaptive " + adaptive.status() + " " + adaptive.monotone() + " / " + adaptive.boundHolds()
                            + ", fine " + fine.status() + " " + fine.monotone() + " / " + fine.boundHolds());
            if (adaptive.gridCells() < fine.gridCells()) {
                kept++;
                assertTrue(adaptive.status() == CertificateStatus.DECIDED, () -> "run " + r + ": kept coarse " + adaptive.status());
                Certificate ref = CertifiedSolver.solve(datum, EnclosureContainmentTest.fixedDegree(d, reference, 1, false));
                assertTrue(meet(adaptive.c0Empirical(), ref.c0Empirical()),
                        () -> "run " + r + ": c0 " + adaptive.c0Empirical() + ", at N' " + ref.c0Empirical());
                assertTrue(meet(adaptive.decayRateAsymptotic(), ref.decayRateAsymptotic()),
                        () -> "run " + r + ": late rate " + adaptive.decayRateAsymptotic() + ", at N' " + ref.decayRateAsymptotic());
            } else {
                assertTrue(adaptive.gridCells() == fine.gridCells() && adaptive.maxRelativeWidth() == fine.maxRelativeWidth(),
                        () -> "run " + r + ": neither the coarse nor the fine certificate");
            }
        }
        assertTrue(kept > 0, "no DECIDED certificate kept its coarse cells at the cap");
    }

    /**
     * Bench data whose coarse cells decide both but are too loose after t_ρ (DECIDED, width 1.4e-6 and 2.1e-6) while the fine
     * grid certifies (9.5e-7, 9.9e-7): keeping coarse cells that decide is right only when the fine grid cannot certify either.
     */
    @ParameterizedTest
    @CsvSource({"2, 4, 20", "3, 1, 20"})
    void coarseCellsThatDecideAreNotKeptWhenTheFineGridCertifies(int d, int run, int n) {
        GaussianMixture datum = MixtureGenerator.generate(MixtureSamplingSpec.benchmark(d), 1, run);
        CertificationSettings settings = CertificationSettings.defaults(d).withNMax(n).withEarlyPiece(false);
        Certificate coarse = CertifiedSolver.solve(datum, settings, null, CertifiedSolver.Cells.COARSE);
        Certificate adaptive = CertifiedSolver.solve(datum, settings);
        assertTrue(coarse.status() == CertificateStatus.DECIDED, () -> "coarse cells: " + coarse.status() + ", width " + coarse.maxRelativeWidth());
        assertTrue(adaptive.status() == CertificateStatus.CERTIFIED, () -> "adaptive: " + adaptive.status() + ", width " + adaptive.maxRelativeWidth());
    }

    private static boolean meet(Interval a, Interval b) {
        return a.lo() <= b.hi() && b.lo() <= a.hi();
    }

    private static boolean agree(Decision a, Decision b) {
        return a.verdict() == b.verdict() || a.verdict() == Verdict.OPEN || b.verdict() == Verdict.OPEN;
    }

    private static Certificate coarse(GaussianMixture datum, int n, double scale) {
        return CertifiedSolver.solve(datum, EnclosureContainmentTest.fixedDegree(datum.d(), n, scale, false), null, CertifiedSolver.Cells.COARSE);
    }

    /** null, or {t, E_ref, E_upper} at the first of DENSE times in (after, T] where E_ref > E_upper. */
    private static double[] miss(Certificate low, Certificate ref, double after) {
        for (int k = 0; k <= DENSE; k++) {
            double t = low.horizon() * k / DENSE;
            if (t < after) {
                continue;
            }
            double eRef = ref.enclosureAt(t).lo();
            double hi = low.enclosureAt(t).hi();
            if (eRef > hi) {
                return new double[] {t, eRef, hi};
            }
        }
        return null;
    }
}
