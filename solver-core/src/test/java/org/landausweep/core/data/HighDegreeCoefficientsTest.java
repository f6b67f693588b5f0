package org.landausweep.core.data;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.landausweep.core.io.DatumJson;

/**
 * The Hermite coefficients of a mixture at the early piece's degrees (to 600 in d = 2, 200 in d = 3), against references
 * outside the recursion under test. Run 6577 of theorem1.yaml, in its principal frame, is the datum whose coefficients
 * lost accuracy from degree ~340 under the former choice of index (the first i with β_i > 0): its energy of degree 480 was
 * 6 times too large and E_600(0) exceeded E(0). The reference is src/test/python/hermite_energies.py at 50 digits.
 */
class HighDegreeCoefficientsTest {
    /** n, e_n, Σ_{1<=m<=n} e_m from hermite_energies.py (theorem1-run-6577-principal-frame.json 600 50). */
    private static final double[][] REFERENCE = {
        {50, 0.071649641975317784556, 4.1518275827587033407},
        {100, 0.094429223320418065561, 8.4568272306539133979},
        {150, 0.084966207443226806249, 13.036660192132726397},
        {200, 0.061423480842238074993, 16.705423948372679174},
        {250, 0.038413941820798403809, 19.169891722725163352},
        {300, 0.021623470546263755391, 20.633580979380608845},
        {350, 0.011224373635559824031, 21.426123495715417699},
        {400, 0.0054599814855092984765, 21.825142157803364703},
        {450, 0.0025173552138497915646, 22.014479803027228156},
        {500, 0.0011093212878803231806, 22.099986557979770807},
        {550, 0.00047022085326053080868, 22.137009573620017326},
        {600, 0.00019268603323891460557, 22.152466307241473421},
    };
    private static final double E0_REFERENCE = 22.16266901970444866;

    @Test
    void run6577MatchesTheFiftyDigitReferenceToDegree600() throws IOException {
        InitialDatum datum = read("/data/theorem1-run-6577-principal-frame.json");
        assertEquals(E0_REFERENCE, datum.e0Closed(), 1e-12 * E0_REFERENCE, "closed-form E(0)");
        InitialDatum.CoefficientStream stream = datum.coefficients();
        double summed = 0;
        int row = 0;
        for (int n = 0; n <= 600; n++) {
            double e = 0;
            for (double a : stream.next()) {
                e += a * a;
            }
            summed += n > 0 ? e : 0;
            if (row < REFERENCE.length && n == REFERENCE[row][0]) {
                // rounding of the recursion: some 1e-15 a degree, relative; 1e-10 leaves room and fails the former index by far
                assertEquals(REFERENCE[row][1], e, 1e-10 * REFERENCE[row][1], "e_" + n);
                // parsing renormalizes the datum (moments to 1e-16), which moves E_n(0) by about 1e-13 relative
                assertEquals(REFERENCE[row][2], summed, 1e-12 * E0_REFERENCE, "E_" + n + "(0)");
                row++;
            }
        }
        assertTrue(summed < E0_REFERENCE, "E_600(0) below E(0)");
    }

    /** 30 top-band data in d = 2 to degree 600 and 10 in d = 3 to degree 200: every degree passes the pair-series check. */
    @Test
    void hardDataStayBelowTheirClosedFormEnergyAndPassTheCheck() {
        for (int d = 2; d <= 3; d++) {
            int top = d == 2 ? 600 : 200;
            MixtureSamplingSpec spec = MixtureSamplingSpec.benchmark(d).withLambdaMaxTarget(1 + 0.9 * (d - 1));
            for (long run = 0; run < (d == 2 ? 30 : 10); run++) {
                GaussianMixture datum = MixtureGenerator.generate(spec, 20261205, run);
                InitialDatum.CoefficientStream stream = datum.coefficients();
                double[] summed = {0};
                String at = "d = " + d + ", run " + run;
                assertDoesNotThrow(() -> {
                    stream.next();
                    for (int n = 1; n <= top; n++) {
                        for (double a : stream.next()) {
                            summed[0] += a * a;
                        }
                    }
                }, at);
                double e0 = datum.e0Closed();
                assertTrue(summed[0] <= e0 * (1 + 1e-13), at + ": E_N(0) = " + summed[0] + " > E(0) = " + e0);
            }
        }
    }

    private InitialDatum read(String resource) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            return DatumJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
