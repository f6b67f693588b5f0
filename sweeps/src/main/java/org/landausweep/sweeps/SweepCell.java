package org.landausweep.sweeps;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.landausweep.core.evolution.SolverSettings;

/**
 * One cell of a sweep: a dimension and one value of every grid axis, with the sections as its runs
 * use them (defaults filled in, checked by solver-core). Immutable and serializable.
 *
 * @param index      position among the sweep's cells, from 0
 * @param d          velocity dimension
 * @param family     family of initial data, which draws its runs' data
 * @param parameters the grid values of the cell by dotted field path, in grid order, as canonical JSON
 *                   text (e.g. {@code solver.tol -> 1.0E-8}, {@code sampling.lambdaMax -> [1.0,1.5]})
 * @param sampling   the sampling section of the cell
 * @param solver     the solver section of the cell
 */
public record SweepCell(int index, int d, FamilySampler family, Map<String, String> parameters, SamplingSection sampling,
                        SolverSection solver) implements Serializable {

    /** Keeps an unmodifiable copy of {@code parameters} in its order. */
    public SweepCell {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(sampling, "sampling");
        Objects.requireNonNull(solver, "solver");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** The solver settings of the cell's runs. */
    public SolverSettings solverSettings() {
        return solver.settings(d);
    }
}
