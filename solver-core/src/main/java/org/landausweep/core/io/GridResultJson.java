package org.landausweep.core.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.landausweep.core.grid.GridSolveResult;

/**
 * Writes a {@link GridSolveResult}: every field of {@link SolveResultJson} (same names and meanings, see
 * GridSolveResult for the few that differ on a grid; {@code grid_cells} and {@code time_steps} among them),
 * then the rest of the grid and its cost, and the {@code entropy} and {@code fisher} arrays at the sample times.
 */
public final class GridResultJson {
    private GridResultJson() {
    }

    public static ObjectNode toJson(GridSolveResult g) {
        ObjectNode o = SolveResultJson.toJson(g.result());
        o.put("grid_points", g.gridPoints());
        o.put("grid_half_width", g.halfWidth());
        o.put("grid_spacing", g.spacing());
        o.put("rejected_steps", g.rejectedSteps());
        o.put("linear_iterations", g.linearIterations());
        o.put("negative_cells", g.negativeCells());
        o.put("entropy_violations", g.entropyViolations());
        o.put("fisher_violations", g.fisherViolations());
        o.set("entropy", SolveResultJson.array(g.entropy()));
        o.set("fisher", SolveResultJson.array(g.fisher()));
        return o;
    }

    public static String toJsonString(GridSolveResult g) {
        return toJson(g).toString();
    }
}
