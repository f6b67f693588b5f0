package org.landausweep.core.evolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.landausweep.core.data.InitialDatum;
import org.landausweep.core.io.DatumJson;

/**
 * Regression: run 1602 of the theorem1 tenth (d = 3, anisotropy band [0.6, 0.8]) has E(0) so far above what
 * N_max resolves that E_N(0) < floor E(0); the horizon, where E_N falls to floor E(0), came out 0 and the run
 * FAILED as "horizon = 0.0: must be positive" (and `solve` called it bad input). The a priori decay
 * E(t) <= E(0) exp(-2∫ρ) now sets the horizon, and the run is reported with its certificate's status.
 */
class UnresolvedHorizonTest {

    @Test
    void aDatumBeyondNMaxGetsTheAPrioriHorizonAndAStatus() throws IOException {
        InitialDatum datum = read("unresolvable-3d.json");
        SolverSettings settings = SolverSettings.defaults(3).withNMax(16).withSampleCount(21);
        SolveResult result = LandauSolver.solve(datum, settings);

        assertTrue(result.hermite().e0Hermite() < 1e-10 * datum.e0Closed(), "the datum must be beyond N_max: "
                + result.hermite().e0Hermite() + " of E(0) = " + datum.e0Closed());
        assertTrue(result.status() != SolveStatus.FAILED, result.status() + ": " + result.message());
        // the a priori horizon: exp(-2∫_0^T ρ) = 1e-10, ρ(t) = d - 1 - (ε0 + S0) e^{-4dt} <= d - 1, so T >= ln(1e10)/(2(d - 1))
        assertTrue(result.horizon().end() >= Math.log(1e10) / 4 * (1 - 1e-9), "horizon " + result.horizon().end());
        assertEquals(21, result.samples().count());
    }

    private static InitialDatum read(String name) throws IOException {
        try (InputStream in = UnresolvedHorizonTest.class.getResourceAsStream(name)) {
            return DatumJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
