package org.landausweep.sweeps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.landausweep.sweeps.Fingerprint.AddedField;

/** Fingerprints survive upgrades: of the format (a new field at its old behaviour) and of the code. */
class FingerprintTest {
    private static final String SPEC = "name: s\nseed: 7\nruns: 3\nd: 2\nsolver:\n  tol: 1.0e-6\n";
    /** A field "added" to the format after SPEC's outputs were written; 0 reproduces the behaviour from before it. */
    private static final AddedField KNOB = new AddedField("/solver/knob", DoubleNode.valueOf(0.0));

    @Test
    void theShippedSweepsKeepTheFingerprintsTheirOutputsWereWrittenWith() throws IOException {
        // Written by the code of main at 2fbc595 (before the fingerprint left added fields out); quick.yaml as it
        // was then is kept under upgrade/, since quick.yaml itself moved to stronger anisotropy (issue 10).
        assertEquals("112f289314b681687bbd2ccc9c0f429f274f7e4a510981d3a0ab1da3bfaca76e",
                SweepSpec.read(Path.of("src/test/resources/upgrade/quick-2fbc595.yaml")).fingerprint());
        // theorem1.yaml with earlyPiece: [2] (since 2026-12-05): its d = 2 certificates differ, so outputs written before must
        // not resume into it (they were 0a04bd38...)
        assertEquals("aa677a686099e6b72064d1fe8bef440f73914847298b0733cef90076fdd8b1b3", SweepSpec.read(Path.of("theorem1.yaml")).fingerprint());
    }

    @Test
    void aNewFieldAtItsOldBehaviourLeavesTheFingerprintOfASpecWithoutIt() {
        SweepSpec old = SweepSpec.parse(SPEC, SpecFormat.YAML);
        ObjectNode upgraded = canonical(old);
        // The upgraded code fills the new field's default into the canonical document.
        ((ObjectNode) upgraded.get("solver")).put("knob", 0.0);

        assertEquals(old.fingerprint(), Fingerprint.of(upgraded, withKnob()), "an output written before the field resumes");
        assertNotEquals(old.fingerprint(), Fingerprint.of(upgraded, Fingerprint.ADDED_FIELDS), "without the entry, the new field would change it");
    }

    @Test
    void aNewFieldSetToAnotherValueChangesTheFingerprint() {
        ObjectNode upgraded = canonical(SweepSpec.parse(SPEC, SpecFormat.YAML));
        ((ObjectNode) upgraded.get("solver")).put("knob", 0.5);

        assertNotEquals(SweepSpec.parse(SPEC, SpecFormat.YAML).fingerprint(), Fingerprint.of(upgraded, withKnob()));
    }

    @Test
    void everyOtherFieldStillCounts() {
        assertNotEquals(SweepSpec.parse(SPEC, SpecFormat.YAML).fingerprint(),
                SweepSpec.parse(SPEC.replace("1.0e-6", "1.0e-7"), SpecFormat.YAML).fingerprint());
    }

    @Test
    void componentVarianceAbsentOrNullKeepsTheFingerprintAndSetChangesIt() {
        String old = SweepSpec.parse(SPEC, SpecFormat.YAML).fingerprint();
        assertEquals(old, SweepSpec.parse(SPEC + "sampling:\n  componentVariance: null\n", SpecFormat.YAML).fingerprint());
        assertNotEquals(old, SweepSpec.parse(SPEC + "sampling:\n  componentVariance: [0.1, 1.9]\n", SpecFormat.YAML).fingerprint());
    }

    @Test
    void earlyPieceAbsentOrFalseKeepsTheFingerprintAndTrueChangesIt() {
        String old = SweepSpec.parse(SPEC, SpecFormat.YAML).fingerprint();
        assertEquals(old, SweepSpec.parse(SPEC + "  earlyPiece: false\n", SpecFormat.YAML).fingerprint());
        assertNotEquals(old, SweepSpec.parse(SPEC + "  earlyPiece: true\n", SpecFormat.YAML).fingerprint());
    }

    /** The real added fields and the knob. */
    private static List<AddedField> withKnob() {
        List<AddedField> fields = new ArrayList<>(Fingerprint.ADDED_FIELDS);
        fields.add(KNOB);
        return fields;
    }

    private static ObjectNode canonical(SweepSpec spec) {
        return (ObjectNode) SpecMapper.readTree(spec.canonicalJson(), SpecFormat.JSON);
    }
}
