package org.landausweep.sweeps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.landausweep.sweeps.Specs.minimalWith;
import static org.landausweep.sweeps.Specs.rejectYaml;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Specifications built to exhaust the driver (issue 13): each used to be accepted and then fail late
 * (a name too long for a path component) or run out of memory or time (huge grids, component counts,
 * run counts, documents). Each must be refused while the file is read, in bounded time and memory.
 */
class SweepSpecLimitsTest {

    private static void assertField(SweepSpecException e, String field, String part) {
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }

    @Test
    void nameLongerThanAPathComponentAllowsIsRefused() {
        String name = "n".repeat(250);
        assertField(rejectYaml("name: " + name, "seed: 7", "runs: 2", "d: 2"), "name", "at most 100 characters");
        SweepSpec.parse(Specs.yaml("name: " + "n".repeat(100), "seed: 7", "runs: 2", "d: 2"), SpecFormat.YAML);
    }

    @Test
    void componentCountIsBounded() {
        assertField(rejectYaml(minimalWith("sampling: {components: [1, 100000000]}")), "sampling.components", "at most 256");
    }

    @Test
    void runCountIsBoundedBeforeAnythingIsExpanded() {
        // 2 cells x 2e9 runs: refused from the counts alone
        assertField(rejectYaml("name: t", "seed: 7", "runs: 2000000000", "d: [2, 3]"), "runs", "4000000000 runs");
    }

    @Test
    void cellCountIsBoundedBeforeAnythingIsExpanded() {
        String axis = IntStream.range(0, 200).mapToObj(i -> "0." + (i + 100)).collect(Collectors.joining(", ", "[", "]"));
        // 200^3 = 8 million combinations: refused before one cell is built
        assertField(rejectYaml(minimalWith("grid:", "  sampling.meanSpread: " + axis, "  sampling.meanJitter: " + axis,
                "  solver.tol: " + axis.replace("0.", "1.0e-"))), "grid", "at most 10000 cells");
    }

    @Test
    void aLongYamlStringIsRefusedQuickly() {
        long started = System.nanoTime();
        String text = Specs.yaml(minimalWith("x: \"" + "a".repeat(16 << 20) + "\""));
        SweepSpecException e = assertThrows(SweepSpecException.class, () -> SweepSpec.parse(text, SpecFormat.YAML));
        assertField(e, SweepSpecException.ROOT, "at most 1048576 characters");
        assertTrue((System.nanoTime() - started) * 1e-9 < 5, "refused without parsing");
    }

    @Test
    void stringAndNestingCapsHoldBelowTheDocumentCap() {
        SweepSpecException longString = assertThrows(SweepSpecException.class, () -> SweepSpec.parse(
                "{\"name\": \"" + "a".repeat(20_000) + "\"}", SpecFormat.JSON));
        assertTrue(longString.getMessage().contains("String value length"), longString.getMessage());
        String deep = "[".repeat(100) + "]".repeat(100);
        assertTrue(assertThrows(SweepSpecException.class, () -> SweepSpec.parse("{\"name\": " + deep + "}", SpecFormat.JSON))
                .getMessage().contains("nesting depth"));
        String yamlDeep = rejectYaml(minimalWith("x: " + deep)).getMessage();
        assertTrue(yamlDeep.toLowerCase().contains("nesting"), yamlDeep);
    }

    @Test
    void duplicateKeysAndTrailingTokensAreRefused() {
        assertTrue(rejectYaml("name: t", "seed: 7", "runs: 2", "d: 2", "d: 3").getMessage().contains("Duplicate"));
        SweepSpecException trailing = assertThrows(SweepSpecException.class, () -> SweepSpec.parse(
                "{\"name\": \"t\", \"seed\": 1, \"runs\": 1, \"d\": 2} {}", SpecFormat.JSON));
        assertTrue(trailing.getMessage().contains("Trailing token"), trailing.getMessage());
    }
}
