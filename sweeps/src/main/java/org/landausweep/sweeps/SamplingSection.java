package org.landausweep.sweeps;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.landausweep.core.data.Bkw;
import org.landausweep.core.data.MixtureSamplingSpec;

/**
 * The {@code sampling} section of a sweep file: how the initial datum of a run is drawn. As read,
 * absent fields are null; in a {@link SweepCell} every field its family uses is filled in (defaults
 * from {@link MixtureSamplingSpec#benchmark(int)}) and checked.
 *
 * @param components            number of mixture components, uniform in the range (default 3)
 * @param weights               raw component weights, uniform in the range (default [0.2, 1.2])
 * @param meanSpread            standard deviation of the means along a random direction (default 1.0)
 * @param meanJitter            standard deviation of the isotropic jitter of the means (default 0.3)
 * @param covarianceEigenvalues covariance eigenvalues, uniform in the range (default [0.4, 1.4])
 * @param randomRotations       whether covariances are randomly rotated (default true)
 * @param lambdaMax             target λmax of the normalized datum, drawn uniformly per run, in [1, d);
 *                              null for none
 * @param anisotropy            alternative to {@code lambdaMax} that scales with d: the target is
 *                              λmax = 1 + anisotropy (d - 1), with anisotropy drawn uniformly in this
 *                              range within [0, 1); null for none
 * @param k0                    BKW parameter K0 (family bkw only), drawn uniformly per run, in [d/(d+2), 1)
 * @param componentVariance     bounds [min, max], 0 &lt; min &lt;= max &lt; 2, on the eigenvalues of every normalized
 *                              component covariance: draws outside are redrawn from the run's stream; null
 *                              (the default, the behaviour from before the field) for none
 */
public record SamplingSection(IntRange components, DoubleRange weights, Double meanSpread, Double meanJitter,
                              DoubleRange covarianceEigenvalues, Boolean randomRotations, DoubleRange lambdaMax,
                              DoubleRange anisotropy, @JsonProperty("K0") DoubleRange k0,
                              DoubleRange componentVariance) implements Serializable {

    /** The section of a file that has none. */
    static final SamplingSection EMPTY = new SamplingSection(null, null, null, null, null, null, null, null, null, null);

    /** The mixture defaults; d does not enter any field taken from it. */
    private static final MixtureSamplingSpec DEFAULTS = MixtureSamplingSpec.benchmark(2);

    /**
     * This section as a cell of {@code family} in dimension {@code d} uses it: defaults filled in, and
     * checked, by solver-core among others, for that d. Fails on a field the family does not use.
     */
    SamplingSection resolve(Family family, int d) {
        SamplingSection resolved = withDefaults(family);
        resolved.validate(family, d);
        return resolved;
    }

    /** This section with the defaults of {@code family} filled in: family bkw has none. */
    SamplingSection withDefaults(Family family) {
        if (family == Family.BKW) {
            return this;
        }
        return new SamplingSection(
                Objects.requireNonNullElse(components, new IntRange(DEFAULTS.minComponents(), DEFAULTS.maxComponents())),
                Objects.requireNonNullElse(weights, new DoubleRange(DEFAULTS.weightMin(), DEFAULTS.weightMax())),
                Objects.requireNonNullElse(meanSpread, DEFAULTS.meanSpread()),
                Objects.requireNonNullElse(meanJitter, DEFAULTS.meanJitter()),
                Objects.requireNonNullElse(covarianceEigenvalues, new DoubleRange(DEFAULTS.covEigMin(), DEFAULTS.covEigMax())),
                Objects.requireNonNullElse(randomRotations, DEFAULTS.randomRotations()),
                lambdaMax, anisotropy, k0, componentVariance);
    }

    /**
     * The λmax targets a run in dimension {@code d} draws from: {@code lambdaMax}, or {@code anisotropy}
     * mapped to 1 + anisotropy (d - 1); null when the section sets neither.
     */
    public DoubleRange lambdaMaxTargets(int d) {
        return anisotropy == null ? lambdaMax : anisotropy.affine(1, d - 1);
    }

    /** The solver-core sampling spec of dimension {@code d} with this λmax target (null for none), of a filled-in section. */
    public MixtureSamplingSpec mixtureSpec(int d, Double lambdaMaxTarget) {
        return new MixtureSamplingSpec(d, components.min(), components.max(), weights.min(), weights.max(),
                meanSpread, meanJitter, covarianceEigenvalues.min(), covarianceEigenvalues.max(), randomRotations,
                lambdaMaxTarget, componentVariance == null ? null
                        : new MixtureSamplingSpec.VarianceBounds(componentVariance.min(), componentVariance.max()));
    }

    /** Checks a filled-in section: the family's fields and nothing else are set, and solver-core accepts them in dimension d. */
    private void validate(Family family, int d) {
        if (family == Family.BKW) {
            validateBkw(d);
        } else {
            validateMixture(d);
        }
    }

    private void validateBkw(int d) {
        mixtureFields().forEach((name, value) -> {
            if (value != null) {
                throw new SweepSpecException("sampling." + name, value, "applies to family random-mixture only");
            }
        });
        if (k0 == null) {
            throw SweepSpecException.missing("sampling.K0");
        }
        CoreValidation.run(() -> {
            Bkw.of(d, k0.min());
            Bkw.of(d, k0.max());
        }, d, coreField -> "sampling.K0");
    }

    private void validateMixture(int d) {
        if (k0 != null) {
            throw new SweepSpecException("sampling.K0", k0, "applies to family bkw only");
        }
        if (lambdaMax != null && anisotropy != null) {
            throw new SweepSpecException("sampling.anisotropy", anisotropy, "give either lambdaMax or anisotropy, not both");
        }
        if (anisotropy != null && !(anisotropy.min() >= 0 && anisotropy.max() < 1)) {
            throw new SweepSpecException("sampling.anisotropy", anisotropy,
                    "must lie in [0, 1), so that λmax = 1 + anisotropy (d - 1) lies in [1, d)");
        }
        DoubleRange targets = lambdaMaxTargets(d);
        CoreValidation.run(() -> {
            if (targets == null) {
                mixtureSpec(d, null).validate();
            } else {
                mixtureSpec(d, targets.min()).validate();
                mixtureSpec(d, targets.max()).validate();
            }
        }, d, this::specPath);
    }

    /** The path in the sweep file of a field of {@link MixtureSamplingSpec}. */
    private String specPath(String coreField) {
        return switch (coreField) {
            case "d" -> "d";
            case "minComponents", "maxComponents" -> "sampling.components";
            case "weightMin", "weightMax" -> "sampling.weights";
            case "covEigMin", "covEigMax" -> "sampling.covarianceEigenvalues";
            case "lambdaMaxTarget" -> anisotropy != null ? "sampling.anisotropy" : "sampling.lambdaMax";
            default -> "sampling." + coreField;
        };
    }

    /** The fields only family random-mixture uses, by name, in file order. */
    private Map<String, Object> mixtureFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("components", components);
        fields.put("weights", weights);
        fields.put("meanSpread", meanSpread);
        fields.put("meanJitter", meanJitter);
        fields.put("covarianceEigenvalues", covarianceEigenvalues);
        fields.put("randomRotations", randomRotations);
        fields.put("lambdaMax", lambdaMax);
        fields.put("anisotropy", anisotropy);
        fields.put("componentVariance", componentVariance);
        return fields;
    }
}
