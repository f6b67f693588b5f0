package org.landausweep.core.search;

import java.util.SplittableRandom;
import org.landausweep.core.data.GaussianMixture;
import org.landausweep.core.data.InvalidInputException;
import org.landausweep.core.data.MixtureGenerator;
import org.landausweep.core.data.MixtureSamplingSpec;

/**
 * The start datum of one start of a search, a function of (seed, start index) alone: a K-component mixture
 * of the benchmark distribution ({@link MixtureSamplingSpec#benchmark}) stretched to a λmax drawn uniformly
 * in the cell's band, so that every start lies in its band (up to the generator's rounding); or, when the
 * cell also bands λ_2, stretched to a whole spectrum of P_in drawn in both bands. Either way every eigenvalue of
 * every normalized component covariance lies in the search's componentVariance bounds: a start outside them would
 * be a constrained point, never solved, and the search would spend its first steps getting back in.
 */
public final class SearchStarts {
    /** Draws of a spectrum-stretched start that may be inadmissible before the start is given up. */
    static final int MAX_ATTEMPTS = 100;

    private SearchStarts() {
    }

    /**
     * The start datum: the generator's first admissible draw with its component variances in {@code variance}
     * ({@link MixtureGenerator#generate}); throws InvalidInputException when it finds none.
     */
    public static GaussianMixture datum(int d, int components, double lambdaMaxMin, double lambdaMaxMax, MixtureSamplingSpec.VarianceBounds variance,
                                        long seed, long start) {
        SplittableRandom rng = new SplittableRandom(MixtureGenerator.streamSeed(seed, start));
        double target = lambdaMaxMin + (lambdaMaxMax - lambdaMaxMin) * rng.nextDouble();
        return MixtureGenerator.generate(spec(d, components, target, variance), seed, start);
    }

    /**
     * The start datum of a cell that bands λ_2 as well: λ_1 uniform in [lambdaMaxMin, lambdaMaxMax], λ_2 uniform
     * in [max(lambdaSecondMin, (d - λ_1)/(d - 1)), min(lambdaSecondMax, λ_1)] (the lower end keeps λ_2 the
     * second largest), the rest λ_i = (d - λ_1 - λ_2)/(d - 2); a benchmark mixture is then mapped by
     * S = U diag(sqrt(λ'_i/λ_i)) U^T (U, λ: the principal axes and eigenvalues of its normalized P_in), which
     * keeps zero momentum and gives S P_in S = U diag(λ') U^T, trace d. Inadmissible images, and images with a
     * component variance outside {@code variance}, are redrawn from the next of {@value #MAX_ATTEMPTS} streams; throws
     * InvalidInputException when none is admissible and inside the bounds, or the bands leave no spectrum.
     */
    public static GaussianMixture datum(int d, int components, double lambdaMaxMin, double lambdaMaxMax, double lambdaSecondMin,
                                        double lambdaSecondMax, MixtureSamplingSpec.VarianceBounds variance, long seed, long start) {
        if (d < 3) {
            throw new InvalidInputException("lambdaSecond", lambdaSecondMin, "needs d >= 3: in d = 2, λ_2 = 2 - λmax");
        }
        SplittableRandom rng = new SplittableRandom(MixtureGenerator.streamSeed(seed, start));
        InvalidInputException last = null;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            double first = lambdaMaxMin + (lambdaMaxMax - lambdaMaxMin) * rng.nextDouble();
            double lo = Math.max(lambdaSecondMin, (d - first) / (d - 1));
            double hi = Math.min(Math.min(lambdaSecondMax, first), d - first);
            if (!(lo < hi)) {
                last = new InvalidInputException("lambdaSecond", lambdaSecondMin, "no λ_2 in its band below λmax = " + first
                        + " with the other eigenvalues positive");
                continue;
            }
            double second = lo + (hi - lo) * rng.nextDouble();
            double[] spectrum = new double[d];
            spectrum[0] = first;
            spectrum[1] = second;
            for (int i = 2; i < d; i++) {
                spectrum[i] = (d - first - second) / (d - 2);
            }
            GaussianMixture raw = MixtureGenerator.generate(spec(d, components, null, null), seed ^ rng.nextLong(), start);
            try {
                GaussianMixture image = raw.withSecondMomentSpectrum(spectrum);
                if (variance.contain(image)) {
                    return image;
                }
                last = new InvalidInputException("componentVariance", variance, "a component variance of the stretched start lies outside");
            } catch (InvalidInputException inadmissible) {
                last = inadmissible;
            }
        }
        throw new InvalidInputException("lambdaSecond", lambdaSecondMin, "no admissible start in " + MAX_ATTEMPTS + " draws (last: "
                + last.getMessage() + ")");
    }

    /** The seed of CMA-ES's random stream for a start: independent of the stream the start datum was drawn from. */
    public static long optimizerSeed(long seed, long start) {
        return MixtureGenerator.streamSeed(~seed, start);
    }

    private static MixtureSamplingSpec spec(int d, int components, Double lambdaMaxTarget, MixtureSamplingSpec.VarianceBounds variance) {
        MixtureSamplingSpec b = MixtureSamplingSpec.benchmark(d);
        return new MixtureSamplingSpec(d, components, components, b.weightMin(), b.weightMax(), b.meanSpread(),
                b.meanJitter(), b.covEigMin(), b.covEigMax(), b.randomRotations(), lambdaMaxTarget, variance);
    }
}
