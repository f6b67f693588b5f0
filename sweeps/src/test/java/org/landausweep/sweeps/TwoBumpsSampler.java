package org.landausweep.sweeps;

import java.util.Map;
import java.util.SplittableRandom;
import org.landausweep.core.data.InitialDatum;
import org.landausweep.core.io.DatumFamily;

/** The sweep sampler of the test-only family {@link TwoBumps}: its one field {@code separation}, required, drawn uniformly per run. */
record TwoBumpsSampler() implements FamilySampler {

    @Override
    public String id() {
        return TwoBumps.ID;
    }

    @Override
    public DatumFamily codec() {
        return TwoBumps.JSON;
    }

    @Override
    public Map<String, Class<?>> fields() {
        return Map.of("separation", DoubleRange.class);
    }

    @Override
    public SamplingSection withDefaults(SamplingSection section) {
        return section;
    }

    @Override
    public void validate(SamplingSection section, int d) {
        DoubleRange a = section.range("separation");
        if (a == null) {
            throw SweepSpecException.missing("sampling.separation");
        }
        CoreValidation.run(() -> {
            TwoBumps.of(d, a.min());
            TwoBumps.of(d, a.max());
        }, d, coreField -> "sampling.separation");
    }

    @Override
    public Map<String, Double> draw(SamplingSection section, int d, SplittableRandom draws) {
        return Map.of("separation", section.range("separation").draw(draws));
    }

    @Override
    public InitialDatum datum(RunSpec run) {
        return TwoBumps.of(run.d(), run.draw("separation"));
    }
}
