package org.landausweep.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landausweep.core.data.InvalidInputException;
import org.landausweep.core.evolution.SolveResult;

/** A run that fails is a FAILED row with its message; the other runs of the sweep are solved. */
class SweepFailureTest {
    /** Run 2 fails as a datum that cannot be built, run 7 as a numerical failure of the solver. */
    private static final RunSolver FAILING = run -> {
        if (run.runIndex() == 2) {
            throw new InvalidInputException("lambdaMaxTarget", 1.9, "forced: no admissible mixture");
        }
        if (run.runIndex() == 7) {
            return SolveResult.failed(run.d(), run.family().id(), "forced numerical failure", 0.5);
        }
        return RunSolver.LANDAU.solve(run);
    };

    @TempDir
    Path output;

    @Test
    void failedRunsBecomeFailedRowsAndTheSweepGoesOn() throws IOException {
        SweepReport report = TinySweeps.run(output, TinySweeps.tiny(), SweepOptions.defaults(), FAILING, new ArrayList<>());
        assertEquals(new SweepReport("tiny", 12, 12, 2, 0, report.wallSeconds()), report);

        Map<Long, Row> rows = TinySweeps.table(output, "runs").collectAsList().stream()
                .collect(Collectors.toMap(r -> r.<Long>getAs("run_index"), r -> r));
        assertEquals(12, rows.size());
        Row bad = rows.get(2L);
        assertEquals("FAILED", bad.getAs("status"));
        assertEquals("InvalidInputException: lambdaMaxTarget = 1.9: forced: no admissible mixture", bad.getAs("message"));
        assertEquals("FAILED", rows.get(7L).getAs("status"));
        assertEquals("forced numerical failure", rows.get(7L).getAs("message"));
        assertEquals(0.5, rows.get(7L).<Double>getAs("wall_seconds"));
        for (Row failed : List.of(bad, rows.get(7L))) {
            // The run's identity and parameters are kept, the solve outputs are null.
            assertNotNull(failed.getAs("run_id"));
            assertNotNull(failed.getAs("lambda_max_target"));
            assertEquals(40, failed.<Integer>getAs("sample_count"));
            assertNull(failed.getAs("e0_closed"));
            assertNull(failed.getAs("lambda_in"));
            assertNull(failed.getAs("violation_count"));
        }
        assertEquals(10, rows.values().stream().filter(r -> r.getAs("status").equals("CERTIFIED")).count());
        List<Long> withSamples = TinySweeps.table(output, "timeseries").select("run_index").distinct().orderBy("run_index")
                .collectAsList().stream().map(r -> r.getLong(0)).toList();
        assertEquals(List.of(0L, 1L, 3L, 4L, 5L, 6L, 8L, 9L, 10L, 11L), withSamples);
    }
}
