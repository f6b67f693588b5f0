package org.landausweep.core.evolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.landausweep.core.certify.CertificationSettings;

/** A run's solver settings reach its certificate: N_max, the horizon, and the early piece only when asked for. */
class RunCertificationSettingsTest {

    @Test
    void theEarlyPieceIsOffUnlessTheRunAsksForIt() {
        SolverSettings settings = SolverSettings.defaults(2).withNMax(40);
        assertFalse(settings.earlyPiece());
        assertFalse(LandauSolver.certification(2, settings, 1.5).earlyPiece());
        assertFalse(CertificationSettings.defaults(3).earlyPiece(), "the certificate's own default agrees with the product's");

        CertificationSettings on = LandauSolver.certification(2, settings.withEarlyPiece(true), 1.5);
        assertTrue(on.earlyPiece());
        assertEquals(40, on.nMax());
        assertEquals(1.5, on.horizon());
        assertTrue(settings.withEarlyPiece(true).withTol(1e-6).withNMax(30).earlyPiece(), "the with-methods keep it");
    }
}
