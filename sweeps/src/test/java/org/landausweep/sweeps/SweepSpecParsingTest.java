package org.landausweep.sweeps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.landausweep.sweeps.Specs.minimalWith;
import static org.landausweep.sweeps.Specs.parseYaml;
import static org.landausweep.sweeps.Specs.yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landausweep.core.data.MixtureSamplingSpec;
import org.landausweep.core.evolution.SolverSettings;

class SweepSpecParsingTest {
    private static final String YAML = yaml(
            "# a comment",
            "name: same",
            "seed: 20261124",
            "runs: 3",
            "d: [2, 3]",
            "family: random-mixture",
            "sampling:",
            "  components: [2, 3]",
            "  lambdaMax: [1.0, 1.5]",
            "solver:",
            "  tol: 1.0e-9",
            "  samples: 50",
            "grid:",
            "  sampling.meanSpread: [0.5, 2]",
            "  solver.nMax: [null, 40]");

    private static final String JSON = """
            {"grid": {"sampling.meanSpread": [0.5, 2.0], "solver.nMax": [null, 40]},
             "solver": {"samples": 50, "tol": 1e-9},
             "sampling": {"lambdaMax": [1, 1.5], "components": [2, 3]},
             "family": "random-mixture", "d": [2, 3], "runs": 3, "seed": 20261124, "name": "same"}
            """;

    @Test
    void theCanonicalJsonOfASpecWithAGridReadsBackAsThatSpec() {
        // It fills in the defaults of the grid's fields too (sampling.meanSpread = 1.0, solver.nMax = null),
        // which a hand-written file may not give beside the grid; an output's spec.json is such a file.
        SweepSpec spec = SweepSpec.parse(YAML, SpecFormat.YAML);
        assertTrue(spec.canonicalJson().contains("\"meanSpread\":1.0"), spec.canonicalJson());
        SweepSpec reread = SweepSpec.parse(spec.canonicalJson(), SpecFormat.JSON);
        assertEquals(spec.canonicalJson(), reread.canonicalJson());
        assertEquals(spec.fingerprint(), reread.fingerprint());
        assertEquals(spec.cells(), reread.cells());
        // Any other value in a grid's field is still given twice.
        SweepSpecException e = assertThrows(SweepSpecException.class,
                () -> SweepSpec.parse(spec.canonicalJson().replace("\"meanSpread\":1.0", "\"meanSpread\":1.5"), SpecFormat.JSON));
        assertEquals("sampling.meanSpread", e.field());
        assertTrue(e.getMessage().contains("also a grid axis"), e.getMessage());
    }

    @Test
    void yamlAndJsonOfTheSameSpecGiveEqualPlansAndFingerprints() {
        SweepSpec fromYaml = SweepSpec.parse(YAML, SpecFormat.YAML);
        SweepSpec fromJson = SweepSpec.parse(JSON, SpecFormat.JSON);

        assertEquals(fromYaml, fromJson);
        assertEquals(fromYaml.fingerprint(), fromJson.fingerprint());
        assertEquals(new SweepPlan(fromYaml).runs(), new SweepPlan(fromJson).runs());
    }

    @Test
    void readTellsTheFormatByTheFileExtension(@TempDir Path dir) throws IOException {
        SweepSpec expected = SweepSpec.parse(YAML, SpecFormat.YAML);
        Files.writeString(dir.resolve("s.yaml"), YAML);
        Files.writeString(dir.resolve("s.yml"), YAML);
        Files.writeString(dir.resolve("s.JSON"), JSON);
        Files.writeString(dir.resolve("s.txt"), YAML);

        assertEquals(expected, SweepSpec.read(dir.resolve("s.yaml")));
        assertEquals(expected, SweepSpec.read(dir.resolve("s.yml")));
        assertEquals(expected, SweepSpec.read(dir.resolve("s.JSON")));
        SweepSpecException e = assertThrows(SweepSpecException.class, () -> SweepSpec.read(dir.resolve("s.txt")));
        assertEquals(SweepSpecException.ROOT, e.field());
        assertTrue(e.getMessage().contains(".yaml, .yml or .json"), e.getMessage());
    }

    @Test
    void fingerprintIgnoresLayoutCommentsKeyOrderAndSpelledOutDefaults() {
        SweepSpec terse = parseYaml(minimalWith("sampling: {meanSpread: 2}"));
        SweepSpec verbose = parseYaml(
                "# the same sweep, every default written out",
                "sampling:",
                "  randomRotations: true",
                "  meanSpread: 2.0",
                "  components: 3",
                "  weights: [0.2, 1.2]",
                "  meanJitter: 0.3",
                "  covarianceEigenvalues: [0.4, 1.4]",
                "solver: {tol: 1.0e-8, samples: 400, floor: 1.0e-13, nMax: null, horizon: null, times: null}",
                "family: random-mixture",
                "d: [2]",
                "runs: 2",
                "seed: 7",
                "name: t",
                "grid: {}");

        assertEquals(terse.fingerprint(), verbose.fingerprint());
        assertEquals(terse.canonicalJson(), verbose.canonicalJson());
    }

    @Test
    void fingerprintChangesWithEveryValueAndWithTheOrderOfTheRuns() {
        String base = parseYaml(minimalWith("grid: {solver.tol: [1.0e-8, 1.0e-9]}")).fingerprint();
        String[][] variants = {
                minimalWith("grid: {solver.tol: [1.0e-9, 1.0e-8]}"),
                minimalWith("grid: {solver.tol: [1.0e-8, 1.0e-10]}"),
                minimalWith("grid: {solver.tol: [1.0e-8, 1.0e-9]}", "sampling: {meanJitter: 0.31}"),
                {"name: t", "seed: 8", "runs: 2", "d: 2", "grid: {solver.tol: [1.0e-8, 1.0e-9]}"},
                {"name: u", "seed: 7", "runs: 2", "d: 2", "grid: {solver.tol: [1.0e-8, 1.0e-9]}"},
                {"name: t", "seed: 7", "runs: 3", "d: 2", "grid: {solver.tol: [1.0e-8, 1.0e-9]}"},
        };
        for (String[] variant : variants) {
            assertNotEquals(base, parseYaml(variant).fingerprint(), String.join("; ", variant));
        }
    }

    @Test
    void fingerprintIsLowerCaseSha256Hex() {
        assertTrue(parseYaml(minimalWith()).fingerprint().matches("[0-9a-f]{64}"));
    }

    @Test
    void singleValuesStandForListsAndRanges() {
        SweepSpec single = parseYaml(minimalWith("sampling: {components: 3, weights: 0.5, lambdaMax: 1.5}"));
        SweepSpec pairs = parseYaml("name: t", "seed: 7", "runs: 2", "d: [2]",
                "sampling: {components: [3, 3], weights: [0.5, 0.5], lambdaMax: [1.5, 1.5]}");

        assertEquals(single, pairs);
        assertEquals(new IntRange(3, 3), single.cells().get(0).sampling().intRange("components"));
    }

    @Test
    void absentFieldsTakeSolverCoreDefaults() {
        SweepSpec spec = parseYaml("name: t", "seed: 7", "runs: 1", "d: [2, 3]");

        assertEquals(new MixtureSampler(), spec.family());
        for (SweepCell cell : spec.cells()) {
            assertEquals(SolverSettings.defaults(cell.d()), cell.solverSettings());
            assertEquals(MixtureSamplingSpec.benchmark(cell.d()), MixtureSampler.spec(cell.sampling(), cell.d(), null));
            assertNull(MixtureSampler.lambdaMaxTargets(cell.sampling(), cell.d()));
            assertEquals(Map.of(), cell.parameters());
        }
    }

    @Test
    void solverFieldsReachTheSolverSettings() {
        SweepSpec spec = parseYaml(minimalWith(
                "solver: {tol: 1.0e-10, nMax: 50, horizon: 3.5, samples: 20, times: [0, 0.5, 2], floor: 1.0e-12}"));

        SolverSettings expected = new SolverSettings(1e-10, 50, 3.5, 20, new double[] {0, 0.5, 2}, 1e-12);
        assertEquals(expected, spec.cells().get(0).solverSettings());
    }

    @Test
    void bkwSweepsNeedOnlyK0() {
        SweepSpec spec = parseYaml(minimalWith("family: bkw", "sampling: {K0: [0.6, 0.9]}"));

        assertEquals(new BkwSampler(), spec.family());
        assertEquals(new DoubleRange(0.6, 0.9), spec.cells().get(0).sampling().range(BkwSampler.K0));
        assertTrue(spec.canonicalJson().contains("\"K0\":[0.6,0.9]"), spec.canonicalJson());
    }
}
