package org.landausweep.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Set;
import org.landausweep.core.data.InvalidInputException;

/**
 * Typed reads of the fields of a JSON object for the {@link DatumFamily} codecs; each failure is an
 * {@link InvalidInputException} naming the field by its path, e.g. {@code components[2].mean[1]}.
 */
public final class JsonFields {
    private JsonFields() {
    }

    /** Refuses a field of {@code node} outside {@code names}; {@code prefix} is the path of {@code node} with its dot. */
    public static void allowOnly(JsonNode node, String prefix, Set<String> names) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            InvalidInputException.require(names.contains(name), prefix + name, node.get(name), "unknown field (expected one of " + names + ")");
        }
    }

    /** The integer field {@code field} of {@code root}. */
    public static int integer(JsonNode root, String field) {
        JsonNode v = root.get(field);
        InvalidInputException.require(v != null, field, null, "is required");
        InvalidInputException.require(v.isInt(), field, v, "must be an integer");
        return v.intValue();
    }

    /** The string field {@code field} of {@code root}. */
    public static String text(JsonNode root, String field) {
        JsonNode v = root.get(field);
        InvalidInputException.require(v != null, field, null, "is required");
        InvalidInputException.require(v.isTextual(), field, v, "must be a string");
        return v.textValue();
    }

    /** The non-empty array field {@code field} of {@code root}. */
    public static JsonNode array(JsonNode root, String field) {
        JsonNode v = root.get(field);
        InvalidInputException.require(v != null, field, null, "is required");
        InvalidInputException.require(v.isArray() && v.size() > 0, field, v, "must be a non-empty array");
        return v;
    }

    /** The number {@code name} of {@code node}, whose path is {@code field}. */
    public static double number(JsonNode node, String name, String field) {
        JsonNode v = node.get(name);
        InvalidInputException.require(v != null, field, null, "is required");
        InvalidInputException.require(v.isNumber(), field, v, "must be a number");
        return v.doubleValue();
    }

    /** The array of numbers {@code v}, whose path is {@code field}. */
    public static double[] vector(JsonNode v, String field) {
        InvalidInputException.require(v != null, field, null, "is required");
        InvalidInputException.require(v.isArray(), field, v, "must be an array of numbers");
        double[] x = new double[v.size()];
        for (int i = 0; i < x.length; i++) {
            InvalidInputException.require(v.get(i).isNumber(), field + "[" + i + "]", v.get(i), "must be a number");
            x[i] = v.get(i).doubleValue();
        }
        return x;
    }

    /** The array of rows of numbers {@code v}, whose path is {@code field}. */
    public static double[][] matrix(JsonNode v, String field) {
        InvalidInputException.require(v != null, field, null, "is required");
        InvalidInputException.require(v.isArray(), field, v, "must be an array of rows");
        double[][] m = new double[v.size()][];
        for (int i = 0; i < m.length; i++) {
            m[i] = vector(v.get(i), field + "[" + i + "]");
        }
        return m;
    }
}
