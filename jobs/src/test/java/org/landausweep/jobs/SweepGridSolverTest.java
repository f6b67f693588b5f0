package org.landausweep.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landausweep.core.evolution.LandauSolver;
import org.landausweep.core.evolution.SolveResult;
import org.landausweep.core.grid.CrossCheck;
import org.landausweep.core.grid.GridSolver;
import org.landausweep.sweeps.RunSpec;
import org.landausweep.sweeps.SpecFormat;
import org.landausweep.sweeps.SweepPlan;

/**
 * {@code solver.method: grid} and {@code solver.crosscheck}: the drawn runs carry the largest relative
 * difference of E(t) between the grid and the exact solver, equal to the one computed directly; the
 * others carry null; a grid sweep's rows come from the grid solver. Coarse grids keep it cheap.
 */
class SweepGridSolverTest {
    private static final String YAML = """
            name: cross
            seed: 3
            runs: 4
            d: 2
            sampling:
              components: [2, 2]
              anisotropy: [0.0, 0.2]
            solver:
              tol: 1.0e-6
              samples: 12
              horizon: 0.2
              grid: 32
              crosscheck: 0.5
            """;

    @TempDir
    Path output;

    @Test
    void crossCheckedRunsStoreTheGridDifference() throws IOException {
        SweepSource source = SweepSource.parse(YAML, SpecFormat.YAML);
        TinySweeps.run(output, source, SweepOptions.defaults());
        List<Row> rows = TinySweeps.table(output, "runs").orderBy("run_index").collectAsList();
        SweepPlan plan = new SweepPlan(source.spec());
        int checked = 0;
        for (Row row : rows) {
            RunSpec run = plan.run(row.<Long>getAs("run_index"));
            assertEquals("hermite", row.getAs("solver_method"));
            if (!run.crossChecked()) {
                assertNull(row.getAs("crosscheck_max_rel_diff"));
                continue;
            }
            SolveResult exact = LandauSolver.solve(run.datum(), run.solverSettings());
            double direct = CrossCheck.maxRelativeDifference(exact, GridSolver.solve(run.datum(), run.gridSettings(), exact.samples().times()).result());
            assertEquals(direct, row.<Double>getAs("crosscheck_max_rel_diff"), 0, "run " + run.runIndex());
            assertTrue(direct > 0 && direct < 1, "a 32^2 grid differs by O(Δ^2), not O(1): " + direct);
            checked++;
        }
        assertTrue(checked > 0 && checked < rows.size(), "half of the runs drawn, deterministically: " + checked);
    }

    @Test
    void gridSweepRowsComeFromTheGridSolver() throws IOException {
        SweepSource source = SweepSource.parse(YAML.replace("runs: 4", "runs: 1").replace("crosscheck: 0.5", "method: grid"), SpecFormat.YAML);
        TinySweeps.run(output, source, SweepOptions.defaults());
        Row row = TinySweeps.table(output, "runs").first();
        assertEquals("grid", row.getAs("solver_method"));
        assertEquals("UNRESOLVED", row.getAs("status"), "a grid run has no enclosure");
        assertTrue(row.<String>getAs("message").contains("no certified enclosure"), row.<String>getAs("message"));
        assertNull(row.getAs("monotone_certified"));
        assertNull(row.getAs("truncation_degree"));
        assertTrue(row.<Integer>getAs("grid_cells") > 0 && row.<Long>getAs("time_steps") > 0);
        RunSpec run = new SweepPlan(source.spec()).run(0);
        double[] times = GridSolver.uniformTimes(run.datum(), 0.2, 12, run.solverSettings().floor());
        SolveResult grid = GridSolver.solve(run.datum(), run.gridSettings(), times).result();
        assertEquals(grid.datum().e0Closed(), row.<Double>getAs("e0_closed"), 0);
        assertEquals(grid.diagnostics().rates().average(), row.<Double>getAs("average_rate"), 0);
    }
}
