package org.landausweep.core.certify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.landausweep.core.data.InitialDatum;
import org.landausweep.core.evolution.EnergySeries;
import org.landausweep.core.evolution.ModalExpansion;

/**
 * {@link ModalSolution} keeps r_n(t) per (t, n) and (E_N(t), E_N'(t)) per t for the certificate's repeated passes over one
 * grid: whatever the order of the queries, each value is the expansion's own, to the bit (a key mixed up between t or n, or
 * E_N and E_N' swapped, fails this).
 */
class ModalSolutionNormsTest {

    private static final PrincipalFrame FRAME = PrincipalFrame.of(HardData.datum(2, 3));
    private static final double[] TIMES = {0, 0.003, 0.01, 0.05, 0.2};

    private static List<double[]> coefficients() {
        InitialDatum.CoefficientStream stream = FRAME.datum().coefficients();
        List<double[]> coefficients = new ArrayList<>();
        for (int n = 0; n <= 20; n++) {
            coefficients.add(stream.next());
        }
        return coefficients;
    }

    @Test
    void keptNormsAreTheExpansionsOwnInAnyOrderOfQueries() {
        List<double[]> coefficients = coefficients();
        double e0 = FRAME.datum().e0Closed();
        ModalSolution solution = ModalSolution.of(2, coefficients, FRAME.q(), e0);
        ModalExpansion reference = ModalExpansion.build(2, coefficients, FRAME.q(), e0);
        double[] times = TIMES;
        Random random = new Random(7);
        for (int query = 0; query < 400; query++) {
            int n = random.nextInt(21);
            double t = times[random.nextInt(times.length)];
            assertEquals(reference.degreeNorm(n, t), solution.degreeNorm(n, t), 0.0, "r_" + n + "(" + t + ")");
        }
    }

    @Test
    void keptEnergiesAreTheSeriesOwnWhetherAskedOneByOneOrInBatches() {
        List<double[]> coefficients = coefficients();
        double e0 = FRAME.datum().e0Closed();
        ModalSolution solution = ModalSolution.of(2, coefficients, FRAME.q(), e0);
        EnergySeries reference = ModalExpansion.build(2, coefficients, FRAME.q(), e0).energySeries(e0);
        Random random = new Random(11);
        double[] out = new double[2];
        double[] expected = new double[2];
        for (int query = 0; query < 60; query++) {
            double[] times = random.ints(1 + random.nextInt(4), 0, TIMES.length).mapToDouble(k -> TIMES[k]).toArray();
            double[] e = new double[times.length];
            double[] de = new double[times.length];
            if (random.nextBoolean()) {
                solution.evaluate(times, e, de);
            } else {
                for (int k = 0; k < times.length; k++) {
                    solution.evaluate(times[k], out);
                    e[k] = out[0];
                    de[k] = out[1];
                }
            }
            for (int k = 0; k < times.length; k++) {
                reference.evaluate(times[k], expected);
                assertEquals(expected[0], e[k], 0.0, "E_N(" + times[k] + ")");
                assertEquals(expected[1], de[k], 0.0, "E_N'(" + times[k] + ")");
            }
        }
    }
}
