package org.landausweep.jobs;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.landausweep.sweeps.SpecFormat;
import org.landausweep.sweeps.SweepPlan;
import org.landausweep.sweeps.SweepSpec;

/**
 * The plans of the sweeps a JVM works on, each parsed once from its specification's text. Executors
 * receive run indices and that text (Strings travel under any Spark serializer) and expand their runs here.
 */
final class ExecutorPlans {
    private static final Map<String, SweepPlan> BY_FINGERPRINT = new ConcurrentHashMap<>();

    private ExecutorPlans() {
    }

    /** The plan of the specification written as {@code text}, checked to have {@code fingerprint}. */
    static SweepPlan of(String text, SpecFormat format, String fingerprint) {
        return BY_FINGERPRINT.computeIfAbsent(fingerprint, expected -> {
            SweepSpec spec = SweepSpec.parse(text, format);
            if (!spec.fingerprint().equals(expected)) {
                throw new IllegalStateException("sweep " + spec.name() + " reads back with fingerprint " + spec.fingerprint()
                        + " instead of " + expected);
            }
            return new SweepPlan(spec);
        });
    }

    /** The plan of {@code source}. */
    static SweepPlan of(SweepSource source) {
        return of(source.text(), source.format(), source.spec().fingerprint());
    }
}
