package org.landausweep.jobs.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ClopperPearsonTest {

    @Test
    void noneSeenInNRunsIsOneMinusAlphaToTheOneOverN() {
        for (int n : new int[] {1, 2, 7, 100, 10_000}) {
            assertEquals(1 - Math.pow(0.05, 1.0 / n), ClopperPearson.upper95(0, n), 1e-13, "0 of " + n);
        }
    }

    @Test
    void kOfNSolvesTheBinomialTailEquation() {
        long[][] cases = {{1, 7}, {2, 7}, {6, 7}, {3, 1000}, {37, 120}, {500, 1000}};
        for (long[] c : cases) {
            assertEquals(ExpectedBounds.upper95(c[0], c[1]), ClopperPearson.upper95(c[0], c[1]), 1e-12, c[0] + " of " + c[1]);
        }
    }

    @Test
    void allSeenOrNoRunsGiveOne() {
        assertEquals(1.0, ClopperPearson.upper95(5, 5));
        assertEquals(1.0, ClopperPearson.upper95(0, 0));
    }

    @Test
    void refusesImpossibleCounts() {
        assertThrows(IllegalArgumentException.class, () -> ClopperPearson.upper95(3, 2));
        assertThrows(IllegalArgumentException.class, () -> ClopperPearson.upper95(-1, 2));
        assertThrows(IllegalArgumentException.class, () -> ClopperPearson.upper(1, 2, 1.0));
    }

    @Test
    void lambdaBinsAreQuarterWidthFromOne() {
        assertEquals(0, LambdaBins.index(1.0));
        assertEquals(0, LambdaBins.index(1 - 1e-15));
        assertEquals(0, LambdaBins.index(1.2499));
        assertEquals(1, LambdaBins.index(1.25));
        assertEquals(3, LambdaBins.index(1.9));
        assertEquals(null, LambdaBins.index(null));
        assertEquals(1.5, LambdaBins.lower(2));
        assertEquals(1.75, LambdaBins.upper(2));
        assertEquals("[1.50, 1.75)", LambdaBins.label(2));
    }
}
