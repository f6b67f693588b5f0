package org.landausweep.sweeps;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.landausweep.core.evolution.SolverSettings;

/**
 * The {@code solver} section of a sweep file: what a solve computes and how accurately. As read, absent
 * fields are null; in a {@link SweepCell} the defaults of {@link SolverSettings} are filled in and the
 * result is checked by {@link SolverSettings#validate()}.
 *
 * @param tol     relative truncation tolerance (default {@value SolverSettings#DEFAULT_TOL})
 * @param nMax    largest truncation degree; null for {@link SolverSettings#defaultNMax(int)}
 * @param horizon end of the time interval; null to choose it automatically
 * @param samples number of uniform sample times (default {@value SolverSettings#DEFAULT_SAMPLES})
 * @param times   explicit sample times; null for uniform ones
 * @param floor   smallest E(t)/E(0) reported (default {@value SolverSettings#DEFAULT_FLOOR})
 */
public record SolverSection(Double tol, Integer nMax, Double horizon, Integer samples,
                            @JsonSetter(contentNulls = Nulls.FAIL) List<Double> times, Double floor)
        implements Serializable {

    /** The section of a file that has none. */
    static final SolverSection EMPTY = new SolverSection(null, null, null, null, null, null);

    /** Keeps an immutable copy of {@code times}. */
    public SolverSection {
        times = times == null ? null : List.copyOf(times);
    }

    /** This section as a cell of dimension {@code d} uses it: defaults filled in and checked by solver-core. */
    SolverSection resolve(int d) {
        SolverSection resolved = withDefaults();
        CoreValidation.run(() -> resolved.settings(d).validate(), d,
                coreField -> "solver." + (coreField.equals("sampleCount") ? "samples" : coreField));
        return resolved;
    }

    /** This section with the d-independent defaults filled in; nMax, horizon and times keep null as their default. */
    SolverSection withDefaults() {
        return new SolverSection(Objects.requireNonNullElse(tol, SolverSettings.DEFAULT_TOL), nMax, horizon,
                Objects.requireNonNullElse(samples, SolverSettings.DEFAULT_SAMPLES), times,
                Objects.requireNonNullElse(floor, SolverSettings.DEFAULT_FLOOR));
    }

    /** The solver settings of dimension {@code d}, of a section with its defaults filled in. */
    public SolverSettings settings(int d) {
        return new SolverSettings(tol, nMax != null ? nMax : SolverSettings.defaultNMax(d),
                horizon != null ? horizon : Double.NaN, samples,
                times == null ? null : times.stream().mapToDouble(Double::doubleValue).toArray(), floor);
    }
}
