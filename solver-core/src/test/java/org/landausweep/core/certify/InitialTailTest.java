package org.landausweep.core.certify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** y_N(0)^2 from E(0)_hi and the summed E_N(0): the rounding allowance, and a refusal when the sum exceeds E(0). */
class InitialTailTest {

    @Test
    void isTheGapPlusTheSumsRounding() {
        assertEquals(22.0 - 20.0 + 1e-13 * 20.0, InitialTail.squared(22.0, 20.0, 120), 1e-15);
    }

    @Test
    void aSumAboveEZeroWithinItsRoundingCountsAsZeroGap() {
        assertEquals(1e-13 * (22.0 * (1 + 5e-14)), InitialTail.squared(22.0, 22.0 * (1 + 5e-14), 120), 1e-20);
    }

    @Test
    void aSumAboveEZeroBeyondItsRoundingIsRefusedNamingTheDegree() {
        // run 6577 at N' = 484 under the former recursion: 22.1774 against E(0) = 22.1627
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> InitialTail.squared(22.16266901970628, 22.17735538587899, 484));
        assertTrue(e.getMessage().contains("up to degree 484") && e.getMessage().contains("lost accuracy"), e.getMessage());
    }
}
