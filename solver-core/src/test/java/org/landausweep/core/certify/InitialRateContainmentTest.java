package org.landausweep.core.certify;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.landausweep.core.data.GaussianMixture;
import org.landausweep.core.data.InitialRate;

/**
 * The certificate's dEdt_upper(0) = E_N'(0) + its error + the bound of Q'(0) against the exact E'(0) of
 * {@link InitialRate}, a reference that shares no code with the certificate, on hard random data (anisotropy
 * 0.8-0.95) at low degrees, where the discarded degrees hold 1e-4 to 1e-1 of E(0): E'(0) <= dEdt_upper(0) must hold on
 * every datum.
 *
 * <p>No tail mutation is caught here, and none can be: on these data the discarded degrees lose energy fast at t = 0, so
 * E'(0) lies far below the bound even without its tail part (-384 against -172 in d = 2, -7.4e21 against -5.2e3 in d = 3), and a bound of Q'(0)
 * scaled down tenfold, or to nothing, still lies above E'(0). The check is one-sided because the certificate proves no
 * lower bound of E' (Certificate#dEdtLower is -infinity); the tail mutations are caught on E by EnclosureContainmentTest.
 */
class InitialRateContainmentTest {

    @ParameterizedTest
    @CsvSource({"2, 30, 16", "2, 30, 24", "3, 25, 10", "3, 25, 14"})
    void exactInitialSlopeLiesBelowTheCertifiedBound(int d, int runs, int n) {
        for (int run = 0; run < runs; run++) {
            GaussianMixture datum = HardData.datum(d, run);
            double exact = InitialRate.of(datum);
            double upper = certificate(datum, n, 1).dEdtUpperAt(0);
            int r = run;
            assertTrue(exact <= upper + 1e-12 * Math.abs(exact), () -> "run " + r + ": E'(0) = " + exact + " > dEdt_upper(0) = " + upper);
        }
    }

    private static Certificate certificate(GaussianMixture datum, int n, double tailScale) {
        return CertifiedSolver.solve(datum, EnclosureContainmentTest.fixedDegree(datum.d(), n, tailScale, false));
    }
}
