package org.landausweep.sweeps;

import java.util.Map;
import java.util.SplittableRandom;
import org.landausweep.core.data.GaussianMixture;
import org.landausweep.core.data.InitialDatum;
import org.landausweep.core.data.MixtureGenerator;
import org.landausweep.core.data.MixtureSamplingSpec;
import org.landausweep.core.io.DatumFamily;

/**
 * Family {@code random-mixture}: random anisotropic Gaussian mixtures drawn by solver-core's
 * {@link MixtureGenerator}. Its sampling fields:
 * <ul>
 * <li>{@code components}: number of mixture components, uniform in the range (default 3)</li>
 * <li>{@code weights}: raw component weights, uniform in the range (default [0.2, 1.2])</li>
 * <li>{@code meanSpread}: standard deviation of the means along a random direction (default 1.0)</li>
 * <li>{@code meanJitter}: standard deviation of the isotropic jitter of the means (default 0.3)</li>
 * <li>{@code covarianceEigenvalues}: covariance eigenvalues, uniform in the range (default [0.4, 1.4])</li>
 * <li>{@code randomRotations}: whether covariances are randomly rotated (default true)</li>
 * <li>{@code lambdaMax}: target λmax of the normalized datum, drawn uniformly per run, in [1, d); null for none</li>
 * <li>{@code anisotropy}: alternative to {@code lambdaMax} that scales with d: the target is
 *     λmax = 1 + anisotropy (d - 1), with anisotropy drawn uniformly in this range within [0, 1); null for none</li>
 * <li>{@code componentVariance}: bounds [min, max], 0 &lt; min &lt;= max &lt; 2, on the eigenvalues of every
 *     normalized component covariance: draws outside are redrawn from the run's stream; null (the default, the
 *     behaviour from before the field) for none</li>
 * </ul>
 * Defaults from {@link MixtureSamplingSpec#benchmark(int)}. A run draws its λmax target ({@value #LAMBDA_MAX_TARGET}).
 */
public record MixtureSampler() implements FamilySampler {
    /** Name of the run's draw of the λmax target. */
    public static final String LAMBDA_MAX_TARGET = "lambdaMaxTarget";

    private static final Map<String, Class<?>> FIELDS = Map.of(
            "components", IntRange.class, "weights", DoubleRange.class, "meanSpread", Double.class,
            "meanJitter", Double.class, "covarianceEigenvalues", DoubleRange.class, "randomRotations", Boolean.class,
            "lambdaMax", DoubleRange.class, "anisotropy", DoubleRange.class, "componentVariance", DoubleRange.class);

    /** The mixture defaults; d does not enter any field taken from it. */
    private static final MixtureSamplingSpec DEFAULTS = MixtureSamplingSpec.benchmark(2);

    @Override
    public String id() {
        return "random-mixture";
    }

    @Override
    public DatumFamily codec() {
        return GaussianMixture.JSON;
    }

    @Override
    public Map<String, Class<?>> fields() {
        return FIELDS;
    }

    @Override
    public SamplingSection withDefaults(SamplingSection s) {
        return s.withDefault("components", new IntRange(DEFAULTS.minComponents(), DEFAULTS.maxComponents()))
                .withDefault("weights", new DoubleRange(DEFAULTS.weightMin(), DEFAULTS.weightMax()))
                .withDefault("meanSpread", DEFAULTS.meanSpread())
                .withDefault("meanJitter", DEFAULTS.meanJitter())
                .withDefault("covarianceEigenvalues", new DoubleRange(DEFAULTS.covEigMin(), DEFAULTS.covEigMax()))
                .withDefault("randomRotations", DEFAULTS.randomRotations());
    }

    @Override
    public void validate(SamplingSection s, int d) {
        DoubleRange anisotropy = s.range("anisotropy");
        if (s.range("lambdaMax") != null && anisotropy != null) {
            throw new SweepSpecException("sampling.anisotropy", anisotropy, "give either lambdaMax or anisotropy, not both");
        }
        if (anisotropy != null && !(anisotropy.min() >= 0 && anisotropy.max() < 1)) {
            throw new SweepSpecException("sampling.anisotropy", anisotropy,
                    "must lie in [0, 1), so that λmax = 1 + anisotropy (d - 1) lies in [1, d)");
        }
        DoubleRange targets = lambdaMaxTargets(s, d);
        DoubleRange variance = s.range("componentVariance");
        if (targets != null && variance != null) {
            // P_in = Σ w_k (Σ_k + μ_k μ_kᵀ) >= min Id, so its other d - 1 eigenvalues are >= min and λmax <= d - (d - 1) min:
            // a target above that cannot be drawn, and each such run would end FAILED after 10,000 rejected draws.
            double reachable = d - (d - 1) * variance.min();
            if (targets.max() > reachable * (1 + 1e-12)) {
                throw new SweepSpecException(anisotropy != null ? "sampling.anisotropy" : "sampling.lambdaMax",
                        anisotropy != null ? anisotropy : s.range("lambdaMax"), "reaches λmax = " + targets.max() + " in d = " + d
                        + ", above " + reachable + ", the largest λmax of a mixture whose normalized component variances are >= "
                        + variance.min() + " (sampling.componentVariance; P_in >= " + variance.min()
                        + " Id): narrow the band or lower componentVariance's min");
            }
        }
        CoreValidation.run(() -> {
            if (targets == null) {
                spec(s, d, null).validate();
            } else {
                spec(s, d, targets.min()).validate();
                spec(s, d, targets.max()).validate();
            }
        }, d, coreField -> specPath(coreField, anisotropy != null));
    }

    @Override
    public Map<String, Double> draw(SamplingSection s, int d, SplittableRandom draws) {
        DoubleRange targets = lambdaMaxTargets(s, d);
        return targets == null ? Map.of() : Map.of(LAMBDA_MAX_TARGET, targets.draw(draws));
    }

    @Override
    public InitialDatum datum(RunSpec run) {
        return MixtureGenerator.generate(spec(run), run.sweepSeed(), run.runIndex());
    }

    /** How {@code run}'s mixture is drawn, with its λmax target. */
    public static MixtureSamplingSpec spec(RunSpec run) {
        return spec(run.cell().sampling(), run.d(), run.draw(LAMBDA_MAX_TARGET));
    }

    /**
     * The λmax targets a run in dimension {@code d} draws from: {@code lambdaMax}, or {@code anisotropy}
     * mapped to 1 + anisotropy (d - 1); null when the section sets neither.
     */
    public static DoubleRange lambdaMaxTargets(SamplingSection s, int d) {
        DoubleRange anisotropy = s.range("anisotropy");
        return anisotropy == null ? s.range("lambdaMax") : anisotropy.affine(1, d - 1);
    }

    /** The solver-core sampling spec of dimension {@code d} with this λmax target (null for none), of a filled-in section. */
    public static MixtureSamplingSpec spec(SamplingSection s, int d, Double lambdaMaxTarget) {
        IntRange components = s.intRange("components");
        DoubleRange weights = s.range("weights");
        DoubleRange eigenvalues = s.range("covarianceEigenvalues");
        DoubleRange variance = s.range("componentVariance");
        return new MixtureSamplingSpec(d, components.min(), components.max(), weights.min(), weights.max(),
                s.number("meanSpread"), s.number("meanJitter"), eigenvalues.min(), eigenvalues.max(), s.flag("randomRotations"),
                lambdaMaxTarget, variance == null ? null : new MixtureSamplingSpec.VarianceBounds(variance.min(), variance.max()));
    }

    /** The path in the sweep file of a field of {@link MixtureSamplingSpec}. */
    private static String specPath(String coreField, boolean byAnisotropy) {
        return switch (coreField) {
            case "d" -> "d";
            case "minComponents", "maxComponents" -> "sampling.components";
            case "weightMin", "weightMax" -> "sampling.weights";
            case "covEigMin", "covEigMax" -> "sampling.covarianceEigenvalues";
            case "lambdaMaxTarget" -> byAnisotropy ? "sampling.anisotropy" : "sampling.lambdaMax";
            default -> "sampling." + coreField;
        };
    }
}
