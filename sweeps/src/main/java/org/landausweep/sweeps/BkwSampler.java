package org.landausweep.sweeps;

import java.util.Map;
import java.util.SplittableRandom;
import org.landausweep.core.data.Bkw;
import org.landausweep.core.data.InitialDatum;
import org.landausweep.core.io.DatumFamily;

/**
 * Family {@code bkw}: BKW data (solver-core's {@link Bkw}). Its one sampling field, {@code K0}, is required:
 * the BKW parameter, drawn uniformly per run ({@value #K0}), in [d/(d+2), 1). No defaults.
 */
public record BkwSampler() implements FamilySampler {
    /** Name of the field and of the run's draw of K0. */
    public static final String K0 = "K0";

    @Override
    public String id() {
        return "bkw";
    }

    @Override
    public DatumFamily codec() {
        return Bkw.JSON;
    }

    @Override
    public Map<String, Class<?>> fields() {
        return Map.of(K0, DoubleRange.class);
    }

    @Override
    public SamplingSection withDefaults(SamplingSection section) {
        return section;
    }

    @Override
    public void validate(SamplingSection section, int d) {
        DoubleRange k0 = section.range(K0);
        if (k0 == null) {
            throw SweepSpecException.missing("sampling.K0");
        }
        CoreValidation.run(() -> {
            Bkw.of(d, k0.min());
            Bkw.of(d, k0.max());
        }, d, coreField -> "sampling.K0");
    }

    @Override
    public Map<String, Double> draw(SamplingSection section, int d, SplittableRandom draws) {
        return Map.of(K0, section.range(K0).draw(draws));
    }

    @Override
    public InitialDatum datum(RunSpec run) {
        return Bkw.of(run.d(), run.draw(K0));
    }
}
