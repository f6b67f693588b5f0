package org.landausweep.core.certify;

import org.landausweep.core.data.GaussianMixture;
import org.landausweep.core.data.MixtureGenerator;
import org.landausweep.core.data.MixtureSamplingSpec;

/** Deterministic hard random data: the benchmark mixture family at anisotropy (λmax - 1)/(d - 1) in [0.8, 0.95] (t0_theorem > 0). */
final class HardData {
    private HardData() {
    }

    static GaussianMixture datum(int d, int run) {
        double anisotropy = 0.8 + 0.15 * ((run * 0.6180339887) % 1);
        return MixtureGenerator.generate(MixtureSamplingSpec.benchmark(d).withLambdaMaxTarget(1 + anisotropy * (d - 1)), 20261201, run);
    }
}
