package org.landausweep.core.certify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.landausweep.core.data.InitialDatum;
import org.landausweep.core.evolution.ModalExpansion;

/**
 * {@link ModalSolution} keeps r_n(t) per (t, n) for the certificate's repeated passes over one grid: whatever the order of
 * the queries, each value is the expansion's own r_n(t), to the bit (a key mixed up between t or n fails this).
 */
class ModalSolutionNormsTest {

    @Test
    void keptNormsAreTheExpansionsOwnInAnyOrderOfQueries() {
        PrincipalFrame frame = PrincipalFrame.of(HardData.datum(2, 3));
        InitialDatum datum = frame.datum();
        InitialDatum.CoefficientStream stream = datum.coefficients();
        List<double[]> coefficients = new ArrayList<>();
        for (int n = 0; n <= 20; n++) {
            coefficients.add(stream.next());
        }
        double e0 = datum.e0Closed();
        ModalSolution solution = ModalSolution.of(2, coefficients, frame.q(), e0);
        ModalExpansion reference = ModalExpansion.build(2, coefficients, frame.q(), e0);
        double[] times = {0, 0.003, 0.01, 0.05, 0.2};
        Random random = new Random(7);
        for (int query = 0; query < 400; query++) {
            int n = random.nextInt(21);
            double t = times[random.nextInt(times.length)];
            assertEquals(reference.degreeNorm(n, t), solution.degreeNorm(n, t), 0.0, "r_" + n + "(" + t + ")");
        }
    }
}
