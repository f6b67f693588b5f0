package org.landausweep.core.certify;

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
 * The closed-form solutions of MATH.md §5 (radial mixtures, BKW, 60-digit references) lie in the enclosure at
 * every sample time, the enclosure is CERTIFIED at tol 1e-6, and its upper derivative bound lies above E'.
 */
class ExactReferenceEnclosureTest {

    @ParameterizedTest
    @ValueSource(ints = {2, 3})
    void radialMixture(int d) {
        GaussianMixture radial = GaussianMixture.radial(d, new double[] {0.3, 0.5, 0.2}, new double[] {0.45, 1.1, 1.6});
        check(radial, t -> ExactReferences.radial(radial, t));
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3})
    void bkw(int d) {
        double k0 = d / (d + 2.0) + 0.05;
        check(Bkw.of(d, k0), t -> ExactReferences.bkw(d, k0, t));
    }

    private static void check(InitialDatum datum, DoubleFunction<double[]> exact) {
        Certificate c = CertifiedSolver.solve(datum, CertificationSettings.defaults(datum.d()));
        assertEquals(CertificateStatus.CERTIFIED, c.status(), c.message());
        assertTrue(c.e0().contains(exact.apply(0)[0]), "E(0) interval " + c.e0());
        for (int k = 0; k < c.times().length; k++) {
            double[] ref = exact.apply(c.times()[k]);
            double slack = 1e-12 * ref[0]; // the reference and E_N are both rounded at this level
            assertTrue(c.eLower()[k] <= ref[0] + slack && ref[0] <= c.eUpper()[k] + slack,
                    "E = " + ref[0] + " outside [" + c.eLower()[k] + ", " + c.eUpper()[k] + "] at t = " + c.times()[k]);
            assertTrue(ref[1] <= c.dEdtUpper()[k] + 1e-9 * Math.abs(ref[1]), "E' = " + ref[1] + " > dEdt_upper " + c.dEdtUpper()[k]);
        }
        assertTrue(c.monotoneCertified(), c.monotone().detail());
        assertTrue(c.boundHoldsCertified(), c.boundHolds().detail());
        assertTrue(c.decayRateAsymptotic().contains(2.0 * (datum.d() - 1)) || c.decayRateAsymptotic().lo() > 2.0 * (datum.d() - 1) - 1e-6,
                "late rate " + c.decayRateAsymptotic());
    }
}
