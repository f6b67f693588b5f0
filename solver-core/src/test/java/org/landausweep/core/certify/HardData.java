package org.landausweep.core.certify;

import org.landausweep.core.data.GaussianMixture;
import org.landausweep.core.data.MixtureGenerator;
import org.landausweep.core.data.MixtureSamplingSpec;

/** Deterministic hard random data: the benchmark mixture family at anisotropy (λmax - 1)/(d - 1) in [0.8, 0.95] (t0_theorem > 0). */
final class HardData {
    private HardData() {
    }

    /** Run {@code run} of the tests' draw (seed 20261201). */
    static GaussianMixture datum(int d, int run) {
        return datum(d, 20261201, run);
    }

    /** Run {@code run} of the draw with {@code seed}: anisotropy 0.8 + 0.15 frac(run φ⁻¹), so that the band is covered evenly. */
    static GaussianMixture datum(int d, long seed, int run) {
        return inBand(d, seed, run, 0.8, 0.15);
    }

    /** The same draw over another band of the anisotropy a = (λmax - 1)/(d - 1): a = from + width frac(run φ⁻¹). */
    static GaussianMixture inBand(int d, long seed, int run, double from, double width) {
        double anisotropy = from + width * ((run * 0.6180339887) % 1);
        return MixtureGenerator.generate(MixtureSamplingSpec.benchmark(d).withLambdaMaxTarget(1 + anisotropy * (d - 1)), seed, run);
    }
}
