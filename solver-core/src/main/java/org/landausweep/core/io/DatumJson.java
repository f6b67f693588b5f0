package org.landausweep.core.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.landausweep.core.data.InitialDatum;
import org.landausweep.core.data.InvalidInputException;

/**
 * Reads one initial datum from JSON:
 * <pre>
 * {"d": 2, "family": "gaussian-mixture", "components": [{"weight": 0.5, "mean": [1.2, 0.0], "covariance": [[0.6, 0.0], [0.0, 0.9]]}, ...]}
 * {"d": 3, "family": "radial-mixture", "components": [{"weight": 0.5, "variance": 0.6}, ...]}
 * {"d": 3, "family": "bkw", "K0": 0.7}
 * </pre>
 * Unknown fields, duplicate keys and anything after the object are refused (a typo must not silently
 * change the datum); so are documents over {@value #MAX_DOCUMENT_CHARS} characters, nested deeper than
 * {@value #MAX_NESTING} or with strings over {@value #MAX_STRING_CHARS} characters, which no datum needs.
 * {@link #toJson} writes a datum back in this format.
 */
public final class DatumJson {
    /** Largest datum document, in characters: about 1000 components in d = 4. */
    public static final int MAX_DOCUMENT_CHARS = 1 << 20;
    static final int MAX_NESTING = 16;
    static final int MAX_STRING_CHARS = 1000;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxDocumentLength(MAX_DOCUMENT_CHARS)
                            .maxNestingDepth(MAX_NESTING).maxStringLength(MAX_STRING_CHARS).maxNumberLength(100).build())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private DatumJson() {
    }

    /**
     * The datum as one line of JSON that {@link #parse(String)} reads, written by the first family of
     * {@link DatumFamilies} that writes it: a mixture as {@code gaussian-mixture} with its normalized
     * components, a BKW datum by its K0. Reading it back normalizes an already normalized mixture again,
     * which changes it by rounding only.
     */
    public static String toJson(InitialDatum datum) {
        DatumFamily family = DatumFamilies.writerOf(datum);
        ObjectNode root = MAPPER.createObjectNode().put("d", datum.d()).put("family", family.id());
        family.write(datum, root);
        return root.toString();
    }

    /** Parses and normalizes; throws {@link InvalidInputException} naming the field. */
    public static InitialDatum parse(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            // Errors of the read constraints carry no location.
            JsonLocation at = e.getLocation();
            throw new InvalidInputException("json", "not valid JSON: " + e.getOriginalMessage()
                    + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()));
        }
        InvalidInputException.require(root != null && root.isObject(), "json", json.length() > 60 ? json.substring(0, 60) + "..." : json,
                "must be a JSON object");
        return parse(root);
    }

    /** Parses a datum object through the family its {@code family} names. */
    public static InitialDatum parse(JsonNode root) {
        int d = JsonFields.integer(root, "d");
        String id = JsonFields.text(root, "family");
        DatumFamily family = DatumFamilies.byId(id).orElseThrow(() ->
                new InvalidInputException("family", id, "must be one of " + String.join(", ", DatumFamilies.ids())));
        Set<String> allowed = new LinkedHashSet<>(List.of("d", "family"));
        allowed.addAll(family.fields());
        JsonFields.allowOnly(root, "", allowed);
        return family.read(d, root);
    }
}
