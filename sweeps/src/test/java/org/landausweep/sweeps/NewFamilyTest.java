package org.landausweep.sweeps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.landausweep.sweeps.Specs.parseYaml;
import static org.landausweep.sweeps.Specs.rejectYaml;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.landausweep.core.io.DatumJson;

/**
 * A family added outside main code ({@link TwoBumps} with its codec, {@link TwoBumpsSampler}), its sampler
 * registered and nothing else: it goes through the JSON round trip, the sweep file's checks and a sweep plan.
 */
class NewFamilyTest {
    private static final String SPEC = "{name: tb, seed: 9, runs: 5, d: [2, 3], family: two-bumps, sampling: {separation: [0.2, 1.5]}}";

    @BeforeAll
    static void register() {
        FamilySamplers.register(new TwoBumpsSampler());
    }

    @Test
    void itsDatumRoundTripsThroughJson() {
        TwoBumps datum = TwoBumps.of(3, 0.8);
        String json = DatumJson.toJson(datum);
        assertEquals("{\"d\":3,\"family\":\"two-bumps\",\"separation\":0.8}", json);
        TwoBumps back = assertInstanceOf(TwoBumps.class, DatumJson.parse(json));
        assertEquals(0.8, back.separation());
        assertEquals("separation", assertThrows(org.landausweep.core.data.InvalidInputException.class,
                () -> DatumJson.parse("{\"d\":3,\"family\":\"two-bumps\",\"separation\":-1}")).field());
    }

    @Test
    void aSweepOfItDrawsEachRunsDatumFromItsOwnDraw() {
        SweepPlan plan = new SweepPlan(parseYaml(SPEC));
        assertEquals(10, plan.runCount());
        for (RunSpec run : plan.runs()) {
            double a = run.draw("separation");
            assertTrue(a >= 0.2 && a < 1.5, "separation " + a);
            TwoBumps datum = assertInstanceOf(TwoBumps.class, run.datum());
            assertEquals(a, datum.separation());
            // P_in = d/(d + a²) (Id + a² e1 e1ᵀ), independent of the mixture code (the class comment derives it).
            int d = run.d();
            double[][] p = datum.secondMoments();
            assertEquals((1 + a * a) * d / (d + a * a), p[0][0], 1e-12);
            assertEquals(d / (d + a * a), p[d - 1][d - 1], 1e-12);
            assertEquals(0, p[0][1], 1e-12);
        }
        assertNotEquals(plan.run(0).draw("separation"), plan.run(1).draw("separation"));
        assertEquals(plan.run(7), new SweepPlan(parseYaml(SPEC)).run(7), "a run depends on (seed, index) only");
    }

    @Test
    void itsFieldsAreItsOwnAndChecked() {
        SweepSpecException foreign = rejectYaml("name: t", "seed: 7", "runs: 2", "d: 2", "family: two-bumps",
                "sampling: {separation: 0.5, meanSpread: 1.0}");
        assertEquals("sampling.meanSpread", foreign.field());
        assertTrue(foreign.getMessage().contains("family random-mixture only"), foreign.getMessage());
        SweepSpecException other = rejectYaml("name: t", "seed: 7", "runs: 2", "d: 2", "sampling: {separation: 0.5}");
        assertEquals("sampling.separation", other.field());
        assertTrue(other.getMessage().contains("family two-bumps only"), other.getMessage());
        assertEquals("sampling.separation", rejectYaml("name: t", "seed: 7", "runs: 2", "d: 2", "family: two-bumps").field());
        SweepSpecException core = rejectYaml("name: t", "seed: 7", "runs: 2", "d: 2", "family: two-bumps",
                "grid: {sampling.separation: [0.5, [-1, 0.5]]}");
        assertEquals("grid.sampling.separation[1]", core.field());
        assertTrue(core.getMessage().contains("must be finite and >= 0"), core.getMessage());
    }

    @Test
    void registeringItChangesNoOtherSpecsFingerprint() throws IOException {
        // The constants of FingerprintTest, written by main before families were pluggable.
        assertEquals("112f289314b681687bbd2ccc9c0f429f274f7e4a510981d3a0ab1da3bfaca76e", SweepSpec.read(Path.of("src/test/resources/upgrade/quick-2fbc595.yaml")).fingerprint());
        SweepSpec spec = parseYaml(SPEC);
        assertTrue(spec.canonicalJson().contains("\"separation\":[0.2,1.5]"), spec.canonicalJson());
        assertEquals(spec.fingerprint(), SweepSpec.parse(spec.canonicalJson(), SpecFormat.JSON).fingerprint(),
                "its canonical form reads back as the same specification");
    }
}
