package org.landausweep.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@link CheckedCoefficients} on a stream whose energies are known by construction: degree n holds n + 1 coefficients
 * 2^{-n/2} / sqrt(n + 1), so e_n = 2^{-n}, and one coefficient of degree 7 is moved by a chosen relative amount.
 */
class CheckedCoefficientsTest {

    @Test
    void passesTheExactStreamAndAMoveWithinTolerance() {
        for (double move : new double[]{0, 1e-10}) {
            CheckedCoefficients checked = new CheckedCoefficients(stream(move), reference());
            for (int n = 0; n <= 40; n++) {
                double[] a = checked.next();
                assertTrue(a.length == n + 1, "the blocks pass through");
            }
        }
    }

    @Test
    void stopsAtTheDegreeThatLostAccuracyAndNamesIt() {
        CheckedCoefficients checked = new CheckedCoefficients(stream(1e-6), reference());
        for (int n = 0; n < 7; n++) {
            checked.next();
        }
        IllegalStateException e = assertThrows(IllegalStateException.class, checked::next);
        assertTrue(e.getMessage().contains("degree 7 lost accuracy"), e.getMessage());
    }

    @Test
    void returnsTheStreamsOwnBlocks() {
        InitialDatum.CoefficientStream plain = stream(0);
        CheckedCoefficients checked = new CheckedCoefficients(stream(0), reference());
        for (int n = 0; n <= 5; n++) {
            assertArrayEquals(plain.next(), checked.next());
        }
    }

    private static InitialDatum.CoefficientStream stream(double move) {
        return new InitialDatum.CoefficientStream() {
            private int n;

            @Override
            public double[] next() {
                double[] a = new double[n + 1];
                java.util.Arrays.fill(a, Math.pow(2, -n / 2.0) / Math.sqrt(n + 1));
                if (n == 7) {
                    a[3] *= 1 + move; // energy off by about 2 move / 8 relative
                }
                n++;
                return a;
            }
        };
    }

    private static CheckedCoefficients.Reference reference() {
        return new CheckedCoefficients.Reference() {
            private int n;
            private double last;

            @Override
            public double next() {
                last = Math.pow(2, -n++);
                return last;
            }

            @Override
            public double magnitude() {
                return last;
            }
        };
    }
}
