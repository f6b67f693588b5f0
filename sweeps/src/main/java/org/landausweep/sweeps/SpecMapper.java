package org.landausweep.sweeps;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * All of the sweep module's Jackson: reading YAML or JSON text into a tree, binding a tree to a
 * {@link SpecDocument} strictly (no unknown fields, no duplicate keys, no coercion of strings to
 * numbers or of fractions to integers), and writing canonical JSON. Errors come out as
 * {@link SweepSpecException}s.
 */
final class SpecMapper {
    private static final SimpleModule RANGES = new SimpleModule("sweep-ranges")
            .addDeserializer(DoubleRange.class, new RangeDeserializer<>(DoubleRange.class, Double.class, DoubleRange::new))
            .addDeserializer(IntRange.class, new RangeDeserializer<>(IntRange.class, Integer.class, IntRange::new));

    private static final ObjectMapper JSON = strict(JsonMapper.builder()).build();
    private static final ObjectMapper YAML = strict(YAMLMapper.builder()).build();
    /** Record fields in alphabetical order, map entries (the grid) in file order. */
    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();

    private SpecMapper() {
    }

    private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B strict(B builder) {
        return builder
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .addModule(RANGES);
    }

    /** The tree of a non-empty document. */
    static JsonNode readTree(String text, SpecFormat format) {
        JsonNode tree;
        try {
            tree = (format == SpecFormat.YAML ? YAML : JSON).readTree(text);
        } catch (JsonProcessingException e) {
            throw JacksonErrors.parsing(e);
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            throw new SweepSpecException(SweepSpecException.ROOT, "the document is empty");
        }
        return tree;
    }

    /** The document {@code tree} holds, bound strictly. */
    static SpecDocument bind(JsonNode tree) {
        try {
            return JSON.treeToValue(tree, SpecDocument.class);
        } catch (JsonProcessingException e) {
            throw JacksonErrors.binding(e, tree);
        }
    }

    /** {@code value} as a tree, in canonical form. */
    static JsonNode toTree(Object value) {
        return CANONICAL.valueToTree(value);
    }

    /** {@code value} as compact canonical JSON. */
    static String canonicalJson(Object value) {
        try {
            return CANONICAL.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a bound sweep document always serializes", e);
        }
    }
}
