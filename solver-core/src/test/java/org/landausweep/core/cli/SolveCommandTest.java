package org.landausweep.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.landausweep.core.ExactReferences;
import org.landausweep.core.columns.Column;
import org.landausweep.core.columns.ResultColumns;
import org.landausweep.core.data.Bkw;

/** The {@code solve} command: the JSON it prints, and bad input (exit 2, one stderr line naming the field, empty stdout). */
class SolveCommandTest {
    @TempDir
    Path dir;

    private SolveRun run(String json, String... options) throws IOException {
        return SolveRun.of(dir, json, options);
    }

    @Test
    void printsEveryDiagnosticAtTheRequestedTimes() throws IOException {
        SolveRun r = run("{\"d\": 3, \"family\": \"bkw\", \"K0\": 0.7}", "--times", "0,0.1,0.5");
        assertEquals(0, r.code(), r.err());
        JsonNode o = new ObjectMapper().readTree(r.out());
        for (String name : new String[] {"lambda_in", "e0_closed", "t0_theorem", "c0_theorem", "t0_empirical", "violations",
                "decay_rate_asymptotic", "min_instantaneous_rate", "c0_empirical", "bound_margin", "truncation_degree",
                "truncation_deficit", "status", "t", "e", "dedt"}) {
            assertTrue(o.has(name), "output has " + name);
        }
        assertEquals(3, o.get("t").size());
        double exact = ExactReferences.bkw(3, 0.7, 0.5)[0];
        assertEquals(exact, o.get("e").get(2).doubleValue(), 1e-9 * exact, "E(0.5) against the BKW closed form");
        assertEquals(Bkw.of(3, 0.7).e0Closed(), o.get("e0_closed").doubleValue(), 1e-15);
        // the certified enclosure at the same times: it contains the closed form; dEdt_lower is not proved (null)
        assertEquals("CERTIFIED", o.get("status").textValue(), o.path("message").asText());
        for (String name : new String[] {"e_lower", "e_upper", "dedt_lower", "dedt_upper"}) {
            assertEquals(3, o.get(name).size(), name);
        }
        assertTrue(o.get("e_lower").get(2).doubleValue() <= exact * (1 + 1e-13) && exact <= o.get("e_upper").get(2).doubleValue() * (1 + 1e-13),
                "E(0.5) in [e_lower, e_upper]");
        assertTrue(o.get("dedt_lower").get(2).isNull(), "dedt_lower is not proved");
        assertTrue(ExactReferences.bkw(3, 0.7, 0.5)[1] <= o.get("dedt_upper").get(2).doubleValue() + 1e-13, "E'(0.5) <= dedt_upper");
        assertTrue(o.get("monotone_certified").booleanValue() && o.get("bound_holds_certified").booleanValue());
        assertTrue(o.get("enclosure_max_rel_width").doubleValue() <= 1e-6);
    }

    @Test
    void keysAreTheColumnNamesOfTheSweepTables() throws IOException {
        SolveRun r = run("{\"d\": 2, \"family\": \"bkw\", \"K0\": 0.7}", "--samples", "5");
        assertEquals(0, r.code(), r.err());
        JsonNode o = new ObjectMapper().readTree(r.out());
        List<String> expected = new ArrayList<>(List.of("d", "family"));
        Stream.of(ResultColumns.OUTCOME, ResultColumns.SOLUTION, ResultColumns.SAMPLES).flatMap(List::stream).map(Column::name).forEach(expected::add);
        expected.add("solver_method");
        List<String> keys = new ArrayList<>();
        o.fieldNames().forEachRemaining(keys::add);
        assertEquals(expected, keys);
        assertEquals("hermite", o.get("solver_method").textValue());
        assertEquals(2 * 2, o.get("p_in").size(), "P_in flat, row-major, as in the runs table");
        assertEquals(o.get("e").get(4).doubleValue() / o.get("e0_closed").doubleValue(), o.get("e_over_e0").get(4).doubleValue());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "zero total weight     | {\"d\":2,\"family\":\"gaussian-mixture\",\"components\":[{\"weight\":0,\"mean\":[0,0],\"covariance\":[[1,0],[0,1]]}]} | components[].weight",
        "wrong mean length     | {\"d\":2,\"family\":\"gaussian-mixture\",\"components\":[{\"weight\":1,\"mean\":[0],\"covariance\":[[1,0],[0,1]]}]} | components[0].mean",
        "non-symmetric         | {\"d\":2,\"family\":\"gaussian-mixture\",\"components\":[{\"weight\":1,\"mean\":[0,0],\"covariance\":[[1,0.5],[0,1]]}]} | components[0].covariance",
        "not positive definite | {\"d\":2,\"family\":\"gaussian-mixture\",\"components\":[{\"weight\":1,\"mean\":[0,0],\"covariance\":[[1,2],[2,1]]}]} | components[0].covariance",
        "inadmissible          | {\"d\":2,\"family\":\"gaussian-mixture\",\"components\":[{\"weight\":0.5,\"mean\":[0,0],\"covariance\":[[0.2,0],[0,0.2]]},{\"weight\":0.5,\"mean\":[0,0],\"covariance\":[[3.8,0],[0,0.2]]}]} | components[1].covariance",
        "NaN as a string       | {\"d\":2,\"family\":\"gaussian-mixture\",\"components\":[{\"weight\":\"NaN\",\"mean\":[0,0],\"covariance\":[[1,0],[0,1]]}]} | components[0].weight",
        "unknown field         | {\"d\":2,\"family\":\"bkw\",\"K0\":0.7,\"k1\":1} | k1",
        "K0 out of range       | {\"d\":2,\"family\":\"bkw\",\"K0\":0.3} | K0",
        "unknown family        | {\"d\":2,\"family\":\"maxwellian\"} | family",
        "d too small           | {\"d\":1,\"family\":\"bkw\",\"K0\":0.7} | d",
        "not JSON              | {\"d\": | json",
    })
    void badInputExitsTwoWithOneLineNamingTheField(String name, String json, String field) throws IOException {
        SolveRun r = run(json);
        assertEquals(2, r.code(), name);
        assertEquals("", r.out(), "nothing on stdout");
        assertEquals(1, r.err().strip().lines().count(), "one line on stderr: " + r.err());
        assertTrue(r.err().startsWith("error: " + field), "names " + field + ": " + r.err());
    }

    @Test
    void prettyPrintsTheSameObjectOverSeveralLines() throws IOException {
        String datum = "{\"d\": 2, \"family\": \"bkw\", \"K0\": 0.7}";
        SolveRun plain = run(datum, "--times", "0,0.1");
        SolveRun pretty = run(datum, "--times", "0,0.1", "--pretty");
        assertEquals(0, pretty.code(), pretty.err());
        assertEquals(1, plain.out().strip().lines().count());
        assertTrue(pretty.out().strip().lines().count() > 20, pretty.out());
        ObjectMapper json = new ObjectMapper();
        JsonNode a = json.readTree(plain.out());
        JsonNode b = json.readTree(pretty.out());
        ((com.fasterxml.jackson.databind.node.ObjectNode) a).remove("wall_seconds");
        ((com.fasterxml.jackson.databind.node.ObjectNode) b).remove("wall_seconds");
        assertEquals(a, b, "the same values, numbers to the last digit");
    }

    @Test
    void impossibleToleranceIsBadInput() throws IOException {
        SolveRun r = run("{\"d\": 2, \"family\": \"bkw\", \"K0\": 0.7}", "--tol", "1e-16");
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("error: tol"), r.err());
    }

    @Test
    void inadmissibleDatumNamesTheComponentAndItsLargestEigenvalue() throws IOException {
        SolveRun r = run("{\"d\":2,\"family\":\"gaussian-mixture\",\"components\":[{\"weight\":0.5,\"mean\":[0,0],\"covariance\":[[0.2,0],[0,0.2]]},"
                + "{\"weight\":0.5,\"mean\":[0,0],\"covariance\":[[3.8,0],[0,0.2]]}]}");
        // second moment 2.2 before normalization: the dilation scales 3.8 by 2/2.2
        assertTrue(r.err().contains("largest eigenvalue is 3.4545"), r.err());
    }

    @Test
    void missingFileIsBadInput() {
        StringWriter err = new StringWriter();
        int code = Cli.execute(new SolverCli(), new PrintWriter(new StringWriter()), new PrintWriter(err), "solve", dir.resolve("none.json").toString());
        assertEquals(2, code);
        assertTrue(err.toString().startsWith("error: FILE"), err.toString());
    }
}
