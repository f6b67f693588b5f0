package org.landausweep.core.certify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.landausweep.core.data.GaussianMixture;
import org.landausweep.core.data.InitialDatum;
import org.landausweep.core.data.MixtureGenerator;
import org.landausweep.core.data.MixtureSamplingSpec;
import org.landausweep.core.evolution.EnergySeries;
import org.landausweep.core.evolution.ModalExpansion;

/**
 * Σ_{n>=1} r_n(t)^2 from {@link ModalExpansion#degreeNorm}, which stops a row once its remaining terms are below 1e-17 of
 * its sum, against E_N(t) from {@link EnergySeries}, which squares each row's full exponential polynomial: the same
 * quantity by another path. On anisotropic d = 3 data at degree 30, from t = 0 to late times where most terms of the top
 * degrees are skipped, to 1e-11 relative (the series' own rounding). {@link ModalExpansion#degreeNorms}, many times per pass
 * over the terms, must give degreeNorm's values to the bit (the certificates then are the same to the bit): at 70 times,
 * more than two batches and a partial one, from t = 0 to times where most rows stop early and at different terms per time,
 * in d = 3 (32 times a batch) and in d = 2 at degree 120 (fewer, as its decay tables are longer).
 * The same for E_N and E_N' of {@link EnergySeries} at many times in one call, on data at degree 44 whose rows include
 * ill-conditioned ones (summed term by term; 30,000 of their terms, over the size from which the rows are batched).
 */
class DegreeNormTest {

    @Test
    void theDegreeNormsSumToTheEnergySeries() {
        for (int run = 0; run < 3; run++) {
            ModalExpansion expansion = expansion(run, 30);
            EnergySeries series = expansion.energySeries(MixtureGenerator.generate(MixtureSamplingSpec.benchmark(3).withLambdaMaxTarget(2.6), 5, run).e0Closed());
            for (double t : new double[] {0, 1e-3, 0.02, 0.1, 0.4, 1.5}) {
                double sum = 0;
                for (int n = 1; n <= 30; n++) {
                    double r = expansion.degreeNorm(n, t);
                    sum += r * r;
                }
                double[] out = new double[2];
                series.evaluate(t, out);
                assertEquals(out[0], sum, 1e-11 * out[0], "run " + run + ", t = " + t);
            }
        }
    }

    @Test
    void theNormsOfManyTimesAtOnceAreEachTimesOwnToTheBit() {
        for (int run = 0; run < 2; run++) {
            assertSameNorms(expansion(run, 30), 10, 30, "d = 3, run " + run);
        }
    }

    /** d = 2 at degree 120: max|κ| is about 14,500, so a batch holds fewer than 32 times (its decay tables kept within 1 MB). */
    @Test
    void theNormsOfManyTimesAtOnceAreEachTimesOwnInSmallBatchesToo() {
        GaussianMixture g = MixtureGenerator.generate(MixtureSamplingSpec.benchmark(2).withLambdaMaxTarget(1.9), 5, 0);
        assertSameNorms(expansion(g, 120), 100, 120, "d = 2");
    }

    /** degreeNorms against degreeNorm at 70 times, 1e-4 up to 0.5 and t = 0, for the degrees from..to. */
    private static void assertSameNorms(ModalExpansion expansion, int from, int to, String what) {
        double[] times = new double[70];
        for (int k = 0; k < times.length; k++) {
            times[k] = k == 0 ? 0 : 1e-4 * Math.pow(1.13, k);
        }
        double[][] norms = expansion.degreeNorms(IntStream.rangeClosed(from, to).toArray(), times);
        for (int n = from; n <= to; n++) {
            for (int k = 0; k < times.length; k++) {
                assertEquals(expansion.degreeNorm(n, times[k]), norms[n - from][k], 0, what + ", n = " + n + ", t = " + times[k]);
            }
        }
    }

    private static ModalExpansion expansion(int run, int degree) {
        return expansion(MixtureGenerator.generate(MixtureSamplingSpec.benchmark(3).withLambdaMaxTarget(2.6), 5, run), degree);
    }

    private static ModalExpansion expansion(GaussianMixture g, int degree) {
        PrincipalFrame frame = PrincipalFrame.of(g);
        InitialDatum.CoefficientStream stream = frame.datum().coefficients();
        List<double[]> coefficients = new ArrayList<>();
        for (int n = 0; n <= degree; n++) {
            coefficients.add(stream.next());
        }
        return ModalExpansion.build(g.d(), coefficients, frame.q(), g.e0Closed());
    }

    @Test
    void theEnergyAtManyTimesAtOnceIsEachTimesOwnToTheBit() {
        GaussianMixture g = MixtureGenerator.generate(MixtureSamplingSpec.benchmark(3).withLambdaMaxTarget(2.8), 5, 1);
        EnergySeries series = expansion(g, 44).energySeries(g.e0Closed());
        double[] times = new double[70];
        for (int k = 0; k < times.length; k++) {
            times[k] = k == 0 ? 0 : 1e-4 * Math.pow(1.13, k);
        }
        double[] e = new double[times.length];
        double[] de = new double[times.length];
        series.evaluate(times, e, de);
        double[] out = new double[2];
        for (int k = 0; k < times.length; k++) {
            series.evaluate(times[k], out);
            assertEquals(out[0], e[k], 0, "E at t = " + times[k]);
            assertEquals(out[1], de[k], 0, "E' at t = " + times[k]);
        }
    }
}
