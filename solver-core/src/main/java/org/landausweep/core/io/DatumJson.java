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
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Set;
import org.landausweep.core.data.Bkw;
import org.landausweep.core.data.GaussianMixture;
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
     * The datum as one line of JSON that {@link #parse(String)} reads: a mixture as {@code gaussian-mixture}
     * with its normalized components, a BKW datum by its K0. Reading it back normalizes an already
     * normalized mixture again, which changes it by rounding only.
     */
    public static String toJson(InitialDatum datum) {
        ObjectNode root = MAPPER.createObjectNode().put("d", datum.d());
        if (datum instanceof Bkw bkw) {
            root.put("family", "bkw").put("K0", bkw.k0());
        } else if (datum instanceof GaussianMixture mixture) {
            root.put("family", "gaussian-mixture");
            ArrayNode components = root.putArray("components");
            for (int k = 0; k < mixture.componentCount(); k++) {
                ObjectNode component = components.addObject().put("weight", mixture.weight(k));
                ArrayNode mean = component.putArray("mean");
                for (double m : mixture.mean(k)) {
                    mean.add(m);
                }
                ArrayNode covariance = component.putArray("covariance");
                for (double[] row : mixture.covariance(k)) {
                    ArrayNode r = covariance.addArray();
                    for (double c : row) {
                        r.add(c);
                    }
                }
            }
        } else {
            throw new IllegalArgumentException("no JSON form for a datum of family " + datum.family());
        }
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

    /** Parses a datum object. */
    public static InitialDatum parse(JsonNode root) {
        int d = integer(root, "d");
        String family = text(root, "family");
        switch (family) {
            case "gaussian-mixture" -> {
                allowOnly(root, "", Set.of("d", "family", "components"));
                JsonNode comps = array(root, "components");
                int n = comps.size();
                double[] w = new double[n];
                double[][] mu = new double[n][];
                double[][][] cov = new double[n][][];
                for (int k = 0; k < n; k++) {
                    JsonNode c = comps.get(k);
                    String at = "components[" + k + "]";
                    InvalidInputException.require(c.isObject(), at, c, "must be an object");
                    allowOnly(c, at + ".", Set.of("weight", "mean", "covariance"));
                    w[k] = number(c, "weight", at + ".weight");
                    mu[k] = vector(c.get("mean"), at + ".mean");
                    cov[k] = matrix(c.get("covariance"), at + ".covariance");
                }
                return GaussianMixture.normalize(d, w, mu, cov);
            }
            case "radial-mixture" -> {
                allowOnly(root, "", Set.of("d", "family", "components"));
                JsonNode comps = array(root, "components");
                double[] w = new double[comps.size()];
                double[] var = new double[comps.size()];
                for (int k = 0; k < w.length; k++) {
                    JsonNode c = comps.get(k);
                    String at = "components[" + k + "]";
                    InvalidInputException.require(c.isObject(), at, c, "must be an object");
                    allowOnly(c, at + ".", Set.of("weight", "variance"));
                    w[k] = number(c, "weight", at + ".weight");
                    var[k] = number(c, "variance", at + ".variance");
                }
                return GaussianMixture.radial(d, w, var);
            }
            case "bkw" -> {
                allowOnly(root, "", Set.of("d", "family", "K0"));
                return Bkw.of(d, number(root, "K0", "K0"));
            }
            default -> throw new InvalidInputException("family", family, "must be one of gaussian-mixture, radial-mixture, bkw");
        }
    }

    private static void allowOnly(JsonNode node, String prefix, Set<String> names) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            InvalidInputException.require(names.contains(name), prefix + name, node.get(name), "unknown field (expected one of " + names + ")");
        }
    }

    private static int integer(JsonNode root, String field) {
        JsonNode v = root.get(field);
        InvalidInputException.require(v != null, field, null, "is required");
        InvalidInputException.require(v.isInt(), field, v, "must be an integer");
        return v.intValue();
    }

    private static String text(JsonNode root, String field) {
        JsonNode v = root.get(field);
        InvalidInputException.require(v != null, field, null, "is required");
        InvalidInputException.require(v.isTextual(), field, v, "must be a string");
        return v.textValue();
    }

    private static JsonNode array(JsonNode root, String field) {
        JsonNode v = root.get(field);
        InvalidInputException.require(v != null, field, null, "is required");
        InvalidInputException.require(v.isArray() && v.size() > 0, field, v, "must be a non-empty array");
        return v;
    }

    private static double number(JsonNode node, String name, String field) {
        JsonNode v = node.get(name);
        InvalidInputException.require(v != null, field, null, "is required");
        InvalidInputException.require(v.isNumber(), field, v, "must be a number");
        return v.doubleValue();
    }

    private static double[] vector(JsonNode v, String field) {
        InvalidInputException.require(v != null, field, null, "is required");
        InvalidInputException.require(v.isArray(), field, v, "must be an array of numbers");
        double[] x = new double[v.size()];
        for (int i = 0; i < x.length; i++) {
            InvalidInputException.require(v.get(i).isNumber(), field + "[" + i + "]", v.get(i), "must be a number");
            x[i] = v.get(i).doubleValue();
        }
        return x;
    }

    private static double[][] matrix(JsonNode v, String field) {
        InvalidInputException.require(v != null, field, null, "is required");
        InvalidInputException.require(v.isArray(), field, v, "must be an array of rows");
        double[][] m = new double[v.size()][];
        for (int i = 0; i < m.length; i++) {
            m[i] = vector(v.get(i), field + "[" + i + "]");
        }
        return m;
    }
}
