package org.landausweep.core.evolution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.landausweep.core.certify.Certificate;
import org.landausweep.core.certify.CertificationSettings;
import org.landausweep.core.certify.CertifiedSolver;
import org.landausweep.core.certify.SolvedTruncation;
import org.landausweep.core.data.GaussianMixture;
import org.landausweep.core.data.MixtureGenerator;
import org.landausweep.core.data.MixtureSamplingSpec;

/**
 * The certificate of a solve reuses the solve's expansion ({@link SolvedTruncation}): its numbers must be exactly
 * those of a certificate that builds everything itself, on the bench's data (mild) and on data whose certificate
 * needs more degrees than the solve (the solved blocks then come first, the stream after them).
 */
class CertificateReuseTest {

    @ParameterizedTest
    @ValueSource(ints = {2, 3})
    void reusedExpansionGivesTheSameCertificate(int d) {
        SolverSettings settings = SolverSettings.defaults(d);
        for (int run = 0; run < 6; run++) {
            GaussianMixture datum = MixtureGenerator.generate(MixtureSamplingSpec.benchmark(d), 1, run);
            sameCertificate(datum, settings, run);
        }
    }

    /** A loose solve tolerance: the certificate (tol E(0)/100 at t = 0) continues above the solve's degree. */
    @ParameterizedTest
    @ValueSource(ints = {2, 3})
    void certificateAboveTheSolvedDegreeContinuesTheStream(int d) {
        SolverSettings settings = SolverSettings.defaults(d).withTol(1e-4);
        for (int run = 0; run < 3; run++) {
            GaussianMixture datum = MixtureGenerator.generate(MixtureSamplingSpec.benchmark(d), 1, run);
            SolveResult solved = sameCertificate(datum, settings, run);
            int r = run;
            org.junit.jupiter.api.Assertions.assertTrue(solved.hermite().certificate().degree() > solved.hermite().truncationDegree(),
                    () -> "run " + r + ": the certificate did not go above the solve's degree");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3})
    void aTruncationOfAnotherFrameIsRefused(int d) {
        GaussianMixture datum = MixtureGenerator.generate(MixtureSamplingSpec.benchmark(d), 1, 0);
        double[] q = new double[d];
        q[0] = 0.5;
        q[1] = -0.5;
        SolvedTruncation other = new SolvedTruncation(q, List.of(), null, null, null);
        assertThrows(IllegalArgumentException.class, () -> CertifiedSolver.solve(datum, CertificationSettings.defaults(d), other));
    }

    private static SolveResult sameCertificate(GaussianMixture datum, SolverSettings settings, int run) {
        SolveResult result = LandauSolver.solve(datum, settings);
        Certificate reused = result.hermite().certificate();
        Certificate own = CertifiedSolver.solve(datum, LandauSolver.certification(datum.d(), settings, result.horizon().end()));
        String where = "run " + run;
        assertEquals(own.status(), reused.status(), where);
        assertEquals(own.degree(), reused.degree(), where);
        assertEquals(own.gridCells(), reused.gridCells(), where);
        assertEquals(own.maxRelativeWidth(), reused.maxRelativeWidth(), where);
        assertArrayEquals(own.eLower(), reused.eLower(), where);
        assertArrayEquals(own.eUpper(), reused.eUpper(), where);
        assertArrayEquals(own.dEdtUpper(), reused.dEdtUpper(), where);
        assertEquals(own.monotone(), reused.monotone(), where);
        assertEquals(own.boundHolds(), reused.boundHolds(), where);
        assertEquals(own.violation(), reused.violation(), where);
        assertEquals(own.c0Empirical(), reused.c0Empirical(), where);
        assertEquals(own.minInstantaneousRate(), reused.minInstantaneousRate(), where);
        assertEquals(own.decayRateAsymptotic(), reused.decayRateAsymptotic(), where);
        for (double t : result.samples().times()) {
            assertEquals(own.enclosureAt(t), reused.enclosureAt(t), where + ", t = " + t);
            assertEquals(own.dEdtUpperAt(t), reused.dEdtUpperAt(t), where + ", t = " + t);
        }
        return result;
    }
}
