package org.landausweep.core.evolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.landausweep.core.data.InitialDatum;
import org.landausweep.core.data.InvalidInputException;
import org.landausweep.core.io.DatumJson;

/**
 * A datum whose E(0) overflows a double is refused with a message that says so. Run 18722 of sweeps/theorem1.yaml (d = 3,
 * top band; `bin/landau datum sweeps/theorem1.yaml --run 18722`) is one of the five FAILED runs of the whole study: the
 * message used to call it "the equilibrium m itself", the opposite of what it is.
 */
class OverflowingEnergyTest {

    @Test
    void anOverflowingEnergyIsNamedAsSuch() throws IOException {
        InitialDatum datum;
        try (InputStream in = getClass().getResourceAsStream("/data/theorem1-run-18722.json")) {
            datum = DatumJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertEquals(Double.POSITIVE_INFINITY, datum.e0Closed(), "the closed-form E(0) of this datum overflows");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> LandauSolver.solve(datum, SolverSettings.defaults(3)));
        assertTrue(e.getMessage().contains("components") && e.getMessage().contains("not a finite double"), e.getMessage());
        assertFalse(e.getMessage().contains("equilibrium"), e.getMessage());
    }
}
