package org.landausweep.core.search;

import java.util.SplittableRandom;
import org.landausweep.core.data.GaussianMixture;
import org.landausweep.core.data.MixtureGenerator;
import org.landausweep.core.data.MixtureSamplingSpec;

/**
 * The start datum of one start of a search, a function of (seed, start index) alone: a K-component mixture
 * of the benchmark distribution ({@link MixtureSamplingSpec#benchmark}) stretched to a λmax drawn uniformly
 * in the cell's band, so that every start lies in its band (up to the generator's rounding).
 */
public final class SearchStarts {

    private SearchStarts() {
    }

    /** The start datum; throws InvalidInputException when the generator finds no admissible mixture. */
    public static GaussianMixture datum(int d, int components, double lambdaMaxMin, double lambdaMaxMax, long seed, long start) {
        SplittableRandom rng = new SplittableRandom(MixtureGenerator.streamSeed(seed, start));
        double target = lambdaMaxMin + (lambdaMaxMax - lambdaMaxMin) * rng.nextDouble();
        MixtureSamplingSpec b = MixtureSamplingSpec.benchmark(d);
        MixtureSamplingSpec spec = new MixtureSamplingSpec(d, components, components, b.weightMin(), b.weightMax(), b.meanSpread(),
                b.meanJitter(), b.covEigMin(), b.covEigMax(), b.randomRotations(), target, null);
        return MixtureGenerator.generate(spec, seed, start);
    }

    /** The seed of CMA-ES's random stream for a start: independent of the stream the start datum was drawn from. */
    public static long optimizerSeed(long seed, long start) {
        return MixtureGenerator.streamSeed(~seed, start);
    }
}
