package org.landausweep.core.certify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.landausweep.core.data.InitialDatum;

/**
 * The early piece's degree N' depends on the datum, not on the JVM's heap: the same N' (and so the same certificate) on a
 * small heap and a large one, and where the Krylov vectors at N' do not fit in a quarter of the heap, a failure that names
 * the -Xmx needed instead of a lower N' (which gave other widths and statuses under another -Xmx).
 */
class EarlyPieceHeapTest {
    private static final int N = 20;
    /** N' <= 60 in d = 3: C(63, 3) = 39,711 coefficients, 35 vectors of them and the sparse rows, 16.2 MB. */
    private static final int TOP_CAP = 60;

    @Test
    void theBandIsTheSameOnEveryHeapThatHoldsIt() {
        InitialDatum datum = PrincipalFrame.of(HardData.datum(3, 0)).datum();
        double e0 = datum.e0Closed();
        EarlyPiece.Band small = EarlyPiece.band(datum, N, TOP_CAP, e0 * (1 + 1e-14), 1e-7 * e0, 64L << 20);
        EarlyPiece.Band large = EarlyPiece.band(datum, N, TOP_CAP, e0 * (1 + 1e-14), 1e-7 * e0, 64L << 30);
        assertTrue(small.top() > N);
        assertEquals(large.top(), small.top());
        assertEquals(large.tail0(), small.tail0());
    }

    @Test
    void aHeapTooSmallForTheBandFailsNamingTheHeapItNeeds() {
        InitialDatum datum = PrincipalFrame.of(HardData.datum(3, 0)).datum();
        double e0 = datum.e0Closed();
        int top = EarlyPiece.band(datum, N, TOP_CAP, e0 * (1 + 1e-14), 1e-7 * e0, 64L << 30).top();
        // 35 vectors of doubles, and the generator's rows: a diagonal, a row start and 9 entries of 13 bytes
        double bytes = (8.0 * 35 + 8 + 4 + 9 * 13) * (top + 3.0) * (top + 2.0) * (top + 1.0) / 6;
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> EarlyPiece.band(datum, N, TOP_CAP, e0 * (1 + 1e-14), 1e-7 * e0, (long) (3.9 * bytes)));
        assertTrue(e.getMessage().contains("N' = " + top) && e.getMessage().contains("-Xmx"), e.getMessage());
        // a quarter of 4.1x that holds them
        assertEquals(top, EarlyPiece.band(datum, N, TOP_CAP, e0 * (1 + 1e-14), 1e-7 * e0, (long) (4.1 * bytes)).top());
    }
}
