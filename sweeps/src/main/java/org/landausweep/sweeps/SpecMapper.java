package org.landausweep.sweeps;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * All of the sweep module's Jackson: reading YAML or JSON text into a tree, binding a tree to a
 * {@link SpecDocument} strictly (no unknown fields, no duplicate keys, no coercion of strings to
 * numbers or of fractions to integers), and writing canonical JSON. Errors come out as
 * {@link SweepSpecException}s.
 */
final class SpecMapper {
    private static final SimpleModule RANGES = new SimpleModule("sweep-ranges")
            .addDeserializer(DoubleRange.class, new RangeDeserializer<>(DoubleRange.class, Double.class, DoubleRange::new))
            .addDeserializer(IntRange.class, new RangeDeserializer<>(IntRange.class, Integer.class, IntRange::new))
            .addDeserializer(EarlyPieceChoice.class, new EarlyPieceChoice.Reader());

    /** Largest sweep file, in characters: the shipped ones are under 2,000. */
    static final int MAX_DOCUMENT_CHARS = 1 << 20;
    private static final int MAX_NESTING = 32;
    private static final int MAX_STRING_CHARS = 10_000;
    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder().maxDocumentLength(MAX_DOCUMENT_CHARS)
            .maxNestingDepth(MAX_NESTING).maxStringLength(MAX_STRING_CHARS).maxNumberLength(100).build();

    private static final ObjectMapper JSON = strict(JsonMapper.builder(JsonFactory.builder().streamReadConstraints(LIMITS).build())).build();
    private static final ObjectMapper YAML = strict(YAMLMapper.builder(YAMLFactory.builder().streamReadConstraints(LIMITS)
            .loaderOptions(yamlLimits()).build())).build();
    /** Record fields in alphabetical order, map entries (the grid) in file order. */
    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();

    private SpecMapper() {
    }

    /** SnakeYAML's own caps, which it checks while it scans (Jackson's constraints only see the tokens it hands on). */
    private static LoaderOptions yamlLimits() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_DOCUMENT_CHARS);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setMaxAliasesForCollections(10);
        options.setAllowDuplicateKeys(false);
        return options;
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
        if (text.length() > MAX_DOCUMENT_CHARS) {
            throw new SweepSpecException(SweepSpecException.ROOT, text.length() + " characters",
                    "a sweep file may have at most " + MAX_DOCUMENT_CHARS + " characters");
        }
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
        return bind(tree, SpecDocument.class);
    }

    /** The document of {@code type} (a sweep's or a search's) that {@code tree} holds, bound strictly. */
    static <T> T bind(JsonNode tree, Class<T> type) {
        try {
            return JSON.treeToValue(tree, type);
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
