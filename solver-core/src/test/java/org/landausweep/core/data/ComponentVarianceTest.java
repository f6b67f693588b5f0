package org.landausweep.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.landausweep.core.data.MixtureSamplingSpec.VarianceBounds;
import org.landausweep.core.numerics.SecondMoments;

/** {@code componentVariance}: deterministic rejection keeps every normalized component variance in the bounds. */
class ComponentVarianceTest {
    private static final long SEED = 11;
    private static final int RUNS = 60;
    /** A strong anisotropy in d = 3 (λmax = 2): the stretch makes some components narrow. */
    private static final MixtureSamplingSpec HARD = MixtureSamplingSpec.benchmark(3).withLambdaMaxTarget(2.0);
    private static final VarianceBounds BOUNDS = new VarianceBounds(0.1, 1.9);

    @Test
    void everyNormalizedComponentVarianceLiesInTheBounds() {
        MixtureSamplingSpec bounded = bounded(HARD, BOUNDS);
        int outsideWithout = 0;
        for (int run = 0; run < RUNS; run++) {
            GaussianMixture m = MixtureGenerator.generate(bounded, SEED, run);
            double[] range = varianceRange(m);
            assertTrue(range[0] >= 0.1 && range[1] <= 1.9, "run " + run + ": variances in [" + range[0] + ", " + range[1] + "]");
            double[] free = varianceRange(MixtureGenerator.generate(HARD, SEED, run));
            if (free[0] < 0.1 || free[1] > 1.9) {
                outsideWithout++;
            }
        }
        // the knob has something to do: without it, some of the same runs have a variance outside
        assertTrue(outsideWithout > 0, "no run of the unbounded sampling leaves [0.1, 1.9]");
    }

    @Test
    void aRunDependsOnSeedAndRunIndexOnly() {
        MixtureSamplingSpec bounded = bounded(HARD, BOUNDS);
        for (int run : new int[] {0, 7, 41}) {
            GaussianMixture a = MixtureGenerator.generate(bounded, SEED, run);
            MixtureGenerator.generate(bounded, SEED, run + 1); // other runs in between change nothing
            GaussianMixture b = MixtureGenerator.generate(bounded, SEED, run);
            assertEquals(a.componentCount(), b.componentCount());
            for (int k = 0; k < a.componentCount(); k++) {
                assertArrayEquals(a.mean(k), b.mean(k), 0.0);
                for (int i = 0; i < 3; i++) {
                    assertArrayEquals(a.covariance(k)[i], b.covariance(k)[i], 0.0);
                }
            }
        }
    }

    @Test
    void aFirstDrawWithinTheBoundsIsTheUnboundedDatum() {
        // bounds that every draw of the mild benchmark distribution meets: the same stream, the same datum
        MixtureSamplingSpec mild = MixtureSamplingSpec.benchmark(3);
        for (int run = 0; run < 10; run++) {
            GaussianMixture free = MixtureGenerator.generate(mild, SEED, run);
            GaussianMixture bounded = MixtureGenerator.generate(bounded(mild, new VarianceBounds(1e-3, 1.999)), SEED, run);
            assertEquals(free.e0Closed(), bounded.e0Closed(), 0.0);
        }
    }

    @Test
    void boundsOutsideZeroToTwoAreRejectedNamingTheField() {
        for (VarianceBounds bad : new VarianceBounds[] {new VarianceBounds(0, 1), new VarianceBounds(0.5, 2.0),
                new VarianceBounds(1.2, 0.8), new VarianceBounds(Double.NaN, 1)}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> bounded(HARD, bad).validate());
            assertEquals("componentVariance", e.field(), bad.toString());
        }
    }

    @Test
    void boundsNoDrawMeetsFailNamingTheField() {
        // the normalized second moment is d, so not every component can have all variances near 0.01
        MixtureSamplingSpec impossible = bounded(HARD, new VarianceBounds(0.01, 0.011));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> MixtureGenerator.generate(impossible, SEED, 0));
        assertEquals("componentVariance", e.field());
        assertTrue(e.getMessage().contains(MixtureGenerator.MAX_BOUNDED_ATTEMPTS + " draws"), e.getMessage());
    }

    private static MixtureSamplingSpec bounded(MixtureSamplingSpec s, VarianceBounds bounds) {
        return new MixtureSamplingSpec(s.d(), s.minComponents(), s.maxComponents(), s.weightMin(), s.weightMax(), s.meanSpread(),
                s.meanJitter(), s.covEigMin(), s.covEigMax(), s.randomRotations(), s.lambdaMaxTarget(), bounds);
    }

    /** The smallest and largest eigenvalue over the normalized component covariances. */
    private static double[] varianceRange(GaussianMixture m) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < m.componentCount(); k++) {
            double[] eig = SecondMoments.eigenvalues(m.covariance(k));
            lo = Math.min(lo, eig[eig.length - 1]);
            hi = Math.max(hi, eig[0]);
        }
        return new double[] {lo, hi};
    }
}
