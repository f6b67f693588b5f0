package org.landausweep.sweeps;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.JacksonYAMLParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/** Turns Jackson's reading and binding errors into {@link SweepSpecException}s that name the field path. */
final class JacksonErrors {
    private JacksonErrors() {
    }

    /** The sweep error for {@code e}, raised while reading YAML or JSON text. */
    static SweepSpecException parsing(JsonProcessingException e) {
        String field = e.getProcessor() instanceof JsonParser parser
                ? FieldPath.of(parser.getParsingContext()) : SweepSpecException.ROOT;
        // the YAML parser's own messages already show line, column and the offending text
        String where = e instanceof JacksonYAMLParseException ? "" : where(e.getLocation());
        return new SweepSpecException(field, "cannot be parsed: " + e.getOriginalMessage().strip() + where);
    }

    /** The sweep error for {@code e}, raised while binding {@code tree}; the value shown is taken from the tree. */
    static SweepSpecException binding(JsonProcessingException e, JsonNode tree) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new SweepSpecException(FieldPath.of(unknown.getPath()),
                    "unknown field (known here: " + String.join(", ", names(unknown.getKnownPropertyIds())) + ")");
        }
        if (!(e instanceof JsonMappingException binding)) {
            return parsing(e);
        }
        String field = FieldPath.of(binding.getPath());
        JsonNode value = at(tree, binding.getPath());
        String reason = binding instanceof MismatchedInputException mismatch
                ? "wrong type: expected " + describe(mismatch.getTargetType())
                : rootMessage(binding);
        return value.isMissingNode() ? new SweepSpecException(field, reason) : new SweepSpecException(field, value, reason);
    }

    private static JsonNode at(JsonNode tree, List<JsonMappingException.Reference> path) {
        JsonNode node = tree;
        for (JsonMappingException.Reference step : path) {
            node = step.getFieldName() != null ? node.path(step.getFieldName()) : node.path(step.getIndex());
        }
        return node;
    }

    /** The message of the innermost cause, e.g. a range's constructor refusing min > max. */
    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root instanceof JacksonException jackson ? jackson.getOriginalMessage() : root.getMessage();
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "another type";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "an integer";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == IntRange.class) {
            return "an integer or an [min, max] pair of integers";
        }
        if (type == DoubleRange.class) {
            return "a number or a [min, max] pair of numbers";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "a mapping of fields";
    }

    private static Collection<String> names(Collection<Object> ids) {
        TreeSet<String> names = new TreeSet<>();
        ids.forEach(id -> names.add(String.valueOf(id)));
        return names;
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
