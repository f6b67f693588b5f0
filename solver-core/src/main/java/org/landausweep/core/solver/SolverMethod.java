package org.landausweep.core.solver;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.Optional;
import org.landausweep.core.data.InitialDatum;
import org.landausweep.core.evolution.LandauSolver;
import org.landausweep.core.evolution.SolveResult;
import org.landausweep.core.evolution.SolverSettings;
import org.landausweep.core.grid.GridSettings;
import org.landausweep.core.grid.GridSolveResult;
import org.landausweep.core.grid.GridSolver;
import org.landausweep.core.io.GridResultJson;
import org.landausweep.core.io.SolveResultJson;

/**
 * The solver methods, by the id a sweep file ({@code solver.method}), the {@code solve} command
 * ({@code --solver}) and the {@code solver_method} column name them. Adding a method: a constant here
 * (and its solver class).
 */
public enum SolverMethod implements Solver {
    /** The exact Hermite solver (MATH.md §3). */
    HERMITE("hermite") {
        @Override
        public SolveResult solve(InitialDatum datum, SolverSettings settings, GridSettings grid) {
            return LandauSolver.solve(datum, settings);
        }

        @Override
        public ObjectNode solveToJson(InitialDatum datum, SolverSettings settings, GridSettings grid) {
            return withMethod(SolveResultJson.toJson(solve(datum, settings, grid)));
        }
    },
    /**
     * The finite-volume solver on a velocity grid, the independent cross-check (d = 2, 3). It must know its
     * sample times before it starts: without explicit times, uniform ones up to the requested horizon, else
     * to where Theorem 1's bound reaches the floor.
     */
    GRID("grid") {
        @Override
        public SolveResult solve(InitialDatum datum, SolverSettings settings, GridSettings grid) {
            return gridSolve(datum, settings, grid).result();
        }

        @Override
        public ObjectNode solveToJson(InitialDatum datum, SolverSettings settings, GridSettings grid) {
            return withMethod(GridResultJson.toJson(gridSolve(datum, settings, grid)));
        }

        private GridSolveResult gridSolve(InitialDatum datum, SolverSettings s, GridSettings grid) {
            double[] times = s.times() != null ? s.times() : GridSolver.uniformTimes(datum, s.horizon(), s.sampleCount(), s.floor());
            return GridSolver.solve(datum, grid, times);
        }
    };

    private final String id;

    SolverMethod(String id) {
        this.id = id;
    }

    /** The method's name in files, options and tables. */
    public String id() {
        return id;
    }

    /** The method named {@code id}, if any. */
    public static Optional<SolverMethod> byId(String id) {
        return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst();
    }

    /** The ids of all methods, for messages: {@code hermite or grid}. */
    public static String ids() {
        return String.join(" or ", Arrays.stream(values()).map(SolverMethod::id).toList());
    }

    ObjectNode withMethod(ObjectNode json) {
        return json.put("solver_method", id);
    }
}
