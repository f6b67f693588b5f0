package org.landausweep.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.landausweep.core.data.Bkw;
import org.landausweep.core.data.GaussianMixture;
import org.landausweep.core.data.InitialDatum;
import org.landausweep.core.data.InvalidInputException;

/** {@link DatumJson} dispatches through {@link DatumFamilies}: the errors name the field, the families come from the registry. */
class DatumFamiliesTest {

    @Test
    void anUnknownFamilyListsTheRegisteredOnes() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> DatumJson.parse("{\"d\":2,\"family\":\"nope\"}"));
        assertEquals("family", e.field());
        assertTrue(e.getMessage().contains("must be one of gaussian-mixture, radial-mixture, bkw"), e.getMessage());
    }

    @Test
    void aFieldOfAnotherFamilyIsRefusedByName() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> DatumJson.parse("{\"d\":3,\"family\":\"bkw\",\"K0\":0.7,\"components\":[]}"));
        assertEquals("components", e.field());
    }

    @Test
    void aRadialMixtureIsWrittenAsAGaussianMixture() {
        InitialDatum radial = DatumJson.parse("{\"d\":2,\"family\":\"radial-mixture\",\"components\":[{\"weight\":1,\"variance\":0.5},{\"weight\":1,\"variance\":1.5}]}");
        String json = DatumJson.toJson(radial);
        assertTrue(json.startsWith("{\"d\":2,\"family\":\"gaussian-mixture\",\"components\":["), json);
        // Radial input normalized to Σ w σ² = 1: variances 0.5 and 1.5 with equal weights stay as they are.
        assertEquals(0.5, ((GaussianMixture) DatumJson.parse(json)).covariance(0)[0][0], 1e-15);
    }

    @Test
    void anotherCodecUnderATakenIdIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> DatumFamilies.register(new DatumFamily() {
            @Override
            public String id() {
                return "bkw";
            }

            @Override
            public Set<String> fields() {
                return Set.of();
            }

            @Override
            public InitialDatum read(int d, JsonNode root) {
                return Bkw.of(d, 0.7);
            }

            @Override
            public boolean writes(InitialDatum datum) {
                return false;
            }

            @Override
            public void write(InitialDatum datum, ObjectNode root) {
            }
        }));
        DatumFamilies.register(Bkw.JSON); // the same codec again is no change
        assertInstanceOf(Bkw.class, DatumJson.parse("{\"d\":3,\"family\":\"bkw\",\"K0\":0.7}"));
    }
}
