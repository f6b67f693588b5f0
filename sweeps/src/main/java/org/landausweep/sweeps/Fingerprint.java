package org.landausweep.sweeps;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The fingerprint of a sweep specification: SHA-256 of its canonical JSON, less every field added to the
 * sweep format after outputs were first written while it holds the default that reproduces the behaviour
 * from before it. So a new field leaves the fingerprint of a specification that does not set it
 * unchanged, and an output written before the field existed still resumes without {@code --overwrite}.
 *
 * <p>Adding a field to the sweep format: give it such a default, and add it to {@link #ADDED_FIELDS}.
 */
final class Fingerprint {

    /**
     * A field added to the format after its first release.
     *
     * @param pointer   its place in the canonical JSON, e.g. {@code /solver/method}
     * @param asBefore  its canonical value when it reproduces the behaviour from before it existed
     */
    record AddedField(String pointer, JsonNode asBefore) {
        AddedField {
            JsonPointer.compile(pointer); // fails early on a malformed pointer
        }
    }

    /** The fields added since the format's first release, each at the value that reproduces the old behaviour. */
    static final List<AddedField> ADDED_FIELDS = List.of(
            new AddedField("/sampling/componentVariance", NullNode.getInstance()),
            new AddedField("/solver/earlyPiece", BooleanNode.FALSE));

    private Fingerprint() {
    }

    /** The fingerprint of the canonical document {@code canonical}, in lower-case hex. */
    static String of(JsonNode canonical) {
        return of(canonical, ADDED_FIELDS);
    }

    /** As {@link #of(JsonNode)}, with {@code added} as the fields added since the first release. */
    static String of(JsonNode canonical, List<AddedField> added) {
        ObjectNode tree = canonical.deepCopy();
        for (AddedField field : added) {
            JsonPointer pointer = JsonPointer.compile(field.pointer());
            if (tree.at(pointer.head()) instanceof ObjectNode parent
                    && field.asBefore().equals(parent.get(pointer.last().getMatchingProperty()))) {
                parent.remove(pointer.last().getMatchingProperty());
            }
        }
        return sha256Hex(SpecMapper.canonicalJson(tree));
    }

    private static String sha256Hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
