package org.landausweep.sweeps;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.landausweep.core.evolution.SolverSettings;
import org.landausweep.core.grid.GridSettings;
import org.landausweep.core.solver.SolverMethod;

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
 * @param floor      smallest E(t)/E(0) reported (default {@value SolverSettings#DEFAULT_FLOOR})
 * @param method     {@code hermite} (the exact solver, default) or {@code grid} (the velocity-grid cross-check solver, d = 2, 3)
 * @param grid       cells per dimension of the grid solver (default {@link GridSettings#defaults(int)})
 * @param crosscheck fraction of the runs, in [0, 1], also solved on the grid to store the largest relative
 *                   difference of E(t) between the two solvers (default 0; hermite only)
 * @param earlyPiece in which dimensions a certificate still not CERTIFIED is redone with a first piece [0, t1] at a higher
 *                   degree ({@link EarlyPieceChoice}; {@link SolverSettings#earlyPiece()}); default none
 */
public record SolverSection(Double tol, Integer nMax, Double horizon, Integer samples,
                            @JsonSetter(contentNulls = Nulls.FAIL) List<Double> times, Double floor,
                            String method, Integer grid, Double crosscheck, EarlyPieceChoice earlyPiece)
        implements Serializable {

    /** The section of a file that has none. */
    static final SolverSection EMPTY = new SolverSection(null, null, null, null, null, null, null, null, null, null);

    /** Keeps an immutable copy of {@code times}. */
    public SolverSection {
        times = times == null ? null : List.copyOf(times);
    }

    /**
     * This section as a cell of dimension {@code d} uses it: defaults filled in and checked by solver-core.
     *
     * @param dimensions the sweep's dimensions, which {@code earlyPiece} may list
     */
    SolverSection resolve(int d, List<Integer> dimensions) {
        SolverSection resolved = withDefaults();
        resolved.earlyPiece.validate(dimensions);
        CoreValidation.run(() -> resolved.settings(d).validate(), d,
                coreField -> "solver." + (coreField.equals("sampleCount") ? "samples" : coreField));
        SolverMethod method = SolverMethod.byId(resolved.method).orElseThrow(
                () -> new SweepSpecException("solver.method", resolved.method + ": must be " + SolverMethod.ids()));
        if (method == SolverMethod.GRID || resolved.crosscheck > 0) {
            if (d != 2 && d != 3) {
                throw new SweepSpecException("solver.method", "the grid solver (method grid or crosscheck) runs in d = 2 and 3 only, not d = " + d);
            }
            CoreValidation.run(() -> resolved.gridSettings(d).validate(), d, coreField -> "solver.grid");
        }
        if (!(resolved.crosscheck >= 0 && resolved.crosscheck <= 1)) {
            throw new SweepSpecException("solver.crosscheck", resolved.crosscheck + ": must be a fraction in [0, 1]");
        }
        if (method == SolverMethod.GRID && resolved.crosscheck > 0) {
            throw new SweepSpecException("solver.crosscheck", resolved.crosscheck + ": a cross-check compares the grid solver with the hermite one; use it with method hermite");
        }
        return resolved;
    }

    /** This section with the d-independent defaults filled in; nMax, horizon and times keep null as their default. */
    SolverSection withDefaults() {
        return new SolverSection(Objects.requireNonNullElse(tol, SolverSettings.DEFAULT_TOL), nMax, horizon,
                Objects.requireNonNullElse(samples, SolverSettings.DEFAULT_SAMPLES), times,
                Objects.requireNonNullElse(floor, SolverSettings.DEFAULT_FLOOR), Objects.requireNonNullElse(method, SolverMethod.HERMITE.id()),
                grid, Objects.requireNonNullElse(crosscheck, 0.0), Objects.requireNonNullElse(earlyPiece, EarlyPieceChoice.NONE));
    }

    /** The grid solver's settings of dimension {@code d} (cells from {@code grid}, else its defaults). */
    public GridSettings gridSettings(int d) {
        return grid == null ? GridSettings.defaults(d) : GridSettings.defaults(d).withCells(grid);
    }

    /** The solver settings of dimension {@code d}, of a section with its defaults filled in. */
    public SolverSettings settings(int d) {
        return new SolverSettings(tol, nMax != null ? nMax : SolverSettings.defaultNMax(d),
                horizon != null ? horizon : Double.NaN, samples,
                times == null ? null : times.stream().mapToDouble(Double::doubleValue).toArray(), floor, earlyPiece.appliesTo(d));
    }
}
