package org.landausweep.core.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.landausweep.core.ExactReferences;
import org.landausweep.core.cli.SolveRun;
import org.landausweep.core.cli.SolverCli;
import org.landausweep.core.data.Bkw;
import org.landausweep.core.diagnostics.Theorem1;

/** {@code solve --solver grid [--grid N] FILE.json}: the Hermite solver's fields plus the grid's, and bad input. */
class GridCommandTest {
    private static final String BKW = "{\"d\": 2, \"family\": \"bkw\", \"K0\": 0.6}";

    @TempDir
    Path dir;

    private SolveRun run(String json, String... options) throws IOException {
        return SolveRun.of(dir, json, options);
    }

    @Test
    void printsTheHermiteFieldsAndEntropyAndFisher() throws IOException {
        SolveRun r = run(BKW, "--solver", "grid", "--grid", "64", "--times", "0,0.1,0.2");
        assertEquals(0, r.code(), r.err());
        JsonNode o = new ObjectMapper().readTree(r.out());
        for (String name : new String[] {"lambda_in", "e0_closed", "e0_hermite", "t0_theorem", "c0_theorem", "t0_empirical", "violations",
                "decay_rate_asymptotic", "min_instantaneous_rate", "c0_empirical", "bound_margin", "e0_grid", "grid_deficit",
                "status", "t", "e", "dedt", "bound", "p_error", "mass_error", "energy_error", "wall_seconds",
                "solver_method", "grid_cells", "grid_spacing", "time_steps", "entropy", "fisher", "entropy_violations", "fisher_violations"}) {
            assertTrue(o.has(name), "output has " + name);
        }
        assertEquals("grid", o.get("solver_method").textValue());
        assertEquals(64, o.get("grid_cells").intValue());
        // no enclosure on a grid: UNRESOLVED with the reason, the Hermite-only fields null
        assertEquals("UNRESOLVED", o.get("status").textValue());
        assertTrue(o.get("message").textValue().contains("no certified enclosure"), o.get("message").textValue());
        assertTrue(o.get("e_lower").get(0).isNull() && o.get("truncation_degree").isNull() && o.get("monotone_certified").isNull());
        assertEquals(3, o.get("entropy").size());
        assertEquals(3, o.get("fisher").size());
        double exact = ExactReferences.bkw(2, 0.6, 0.2)[0];
        assertEquals(exact, o.get("e").get(2).doubleValue(), 0.1 * exact, "E(0.2) on a 64^2 grid within its O(Δ^2) error (about 5%)");
        assertEquals(Bkw.of(2, 0.6).e0Closed(), o.get("e").get(0).doubleValue(), 1e-9, "E(0) by quadrature");
    }

    @Test
    void withoutTimesTheHorizonIsWhereTheorem1BoundReachesTheFloor() throws IOException {
        SolveRun r = run(BKW, "--solver", "grid", "--grid", "16", "--samples", "3", "--floor", "1e-2");
        assertEquals(0, r.code(), r.err());
        JsonNode times = new ObjectMapper().readTree(r.out()).get("t");
        assertEquals(3, times.size());
        double horizon = times.get(2).doubleValue();
        assertEquals(1e-2, new Theorem1(2, 1).bound(horizon, 1), 1e-15);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown solver        | --solver,spectral    | {\"d\":2,\"family\":\"bkw\",\"K0\":0.6} | --solver",
        "grid without solver   | --grid,32            | {\"d\":2,\"family\":\"bkw\",\"K0\":0.6} | --grid",
        "too few cells         | --solver,grid,--grid,4 | {\"d\":2,\"family\":\"bkw\",\"K0\":0.6} | grid",
        "d = 4 on a grid       | --solver,grid        | {\"d\":4,\"family\":\"bkw\",\"K0\":0.8} | d",
    })
    void badInputExitsTwoWithOneLineNamingTheField(String name, String options, String json, String field) throws IOException {
        SolveRun r = run(json, options.split(","));
        assertEquals(2, r.code(), name + ": " + r.err());
        assertEquals("", r.out(), "nothing on stdout");
        assertEquals(1, r.err().strip().lines().count(), "one line on stderr: " + r.err());
        assertTrue(r.err().startsWith("error: " + field), "names " + field + ": " + r.err());
    }
}
