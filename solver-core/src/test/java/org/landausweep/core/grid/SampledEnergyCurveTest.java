package org.landausweep.core.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The cubic Hermite interpolant reproduces cubic polynomials exactly, E and E', between unequal knots. */
class SampledEnergyCurveTest {

    @Test
    void reproducesCubicsExactly() {
        double[] t = {0, 0.1, 0.35, 0.4, 1.2};
        double[] e = new double[t.length];
        double[] de = new double[t.length];
        for (int k = 0; k < t.length; k++) {
            e[k] = cubic(t[k]);
            de[k] = derivative(t[k]);
        }
        SampledEnergyCurve curve = new SampledEnergyCurve(t, e, de);
        double[] out = new double[2];
        for (double x = 0; x <= 1.2; x += 0.01) {
            curve.evaluate(x, out);
            assertEquals(cubic(x), out[0], 1e-13, "E at " + x);
            assertEquals(derivative(x), out[1], 1e-12, "E' at " + x);
        }
    }

    private static double cubic(double x) {
        return 2 - 3 * x + 0.5 * x * x - 1.7 * x * x * x;
    }

    private static double derivative(double x) {
        return -3 + x - 5.1 * x * x;
    }
}
