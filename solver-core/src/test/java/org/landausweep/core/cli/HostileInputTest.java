package org.landausweep.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Input built to break {@code solve} (issue 13): each used to solve something else, hang, or die with a
 * stack trace; each must be exit 2 with one stderr line naming the field, and nothing on stdout.
 */
class HostileInputTest {
    private static final String GAUSS = "{\"d\":2,\"family\":\"gaussian-mixture\",\"components\":[%s]}";
    private static final String UNIT = "{\"weight\":1,\"mean\":[0,0],\"covariance\":[[1,0],[0,1]]}";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "duplicate key d           | {\"d\":2,\"d\":3,\"family\":\"bkw\",\"K0\":0.7}                     | json",
        "trailing garbage          | {\"d\":2,\"family\":\"bkw\",\"K0\":0.7} xyz                        | json",
        "a second object           | {\"d\":2,\"family\":\"bkw\",\"K0\":0.7} {}                         | json",
        "d = 8                     | {\"d\":8,\"family\":\"bkw\",\"K0\":0.9}                            | d",
        "means that overflow       | MEANS                                                             | components",
        "weights that overflow     | WEIGHTS                                                           | components[].weight",
        "variance that underflows  | VARIANCE                                                          | components[1].covariance",
        "too many components       | MANY                                                              | components",
    })
    void isRefusedNamingTheField(String name, String json, String field) throws IOException {
        String text = switch (json) {
            case "MEANS" -> GAUSS.formatted("{\"weight\":1,\"mean\":[1e308,0],\"covariance\":[[1,0],[0,1]]},"
                    + "{\"weight\":1,\"mean\":[-1e308,0],\"covariance\":[[1,0],[0,1]]}");
            case "WEIGHTS" -> GAUSS.formatted(UNIT.replace("\"weight\":1", "\"weight\":1.7e308") + ","
                    + UNIT.replace("\"weight\":1", "\"weight\":1.7e308"));
            // the dilation by d / 1e308 takes the unit covariance below the smallest normal double
            case "VARIANCE" -> GAUSS.formatted("{\"weight\":1,\"mean\":[0,0],\"covariance\":[[1e308,0],[0,1e308]]}," + UNIT
                    .replace("[[1,0],[0,1]]", "[[1e-300,0],[0,1e-300]]"));
            case "MANY" -> GAUSS.formatted(String.join(",", java.util.Collections.nCopies(257, UNIT)));
            default -> json;
        };
        assertBadInput(SolveRun.of(dir, text), field);
    }

    @Test
    void deepNestingIsRefusedWithoutAStackTrace() throws IOException {
        assertBadInput(SolveRun.of(dir, "[".repeat(100_000)), "json");
    }

    @Test
    void hugeDocumentIsRefusedBeforeParsing() throws IOException {
        assertBadInput(SolveRun.of(dir, "{\"d\":2,\"family\":\"" + "x".repeat(2 << 20) + "\"}"), "FILE");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--horizon NaN      | --horizon | NaN      | --horizon",
        "--horizon Infinity | --horizon | Infinity | --horizon",
        "--tol NaN          | --tol     | NaN      | --tol",
        "--samples abc      | --samples | abc      | --samples",
        "an unknown option  | --frob    | 1        | --frob",
    })
    void badOptionIsOneLineWithAHintToHelp(String name, String option, String value, String named) throws IOException {
        SolveRun r = SolveRun.of(dir, "{\"d\":2,\"family\":\"bkw\",\"K0\":0.7}", option, value);
        assertEquals(2, r.code(), name);
        assertEquals("", r.out());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        assertTrue(r.err().startsWith("error: ") && r.err().contains(named) && r.err().strip().endsWith("(see landau solve --help)"), r.err());
    }

    private static void assertBadInput(SolveRun r, String field) {
        assertEquals(2, r.code(), r.err());
        assertEquals("", r.out(), "nothing on stdout");
        assertEquals(1, r.err().strip().lines().count(), "one line on stderr: " + r.err());
        assertTrue(r.err().startsWith("error: " + field + " ") || r.err().startsWith("error: " + field + ":"), "names " + field + ": " + r.err());
    }
}
