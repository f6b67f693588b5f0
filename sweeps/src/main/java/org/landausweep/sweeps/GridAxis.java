package org.landausweep.sweeps;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One axis of a sweep's grid: a field of the sampling or solver section, by its dotted path, and the
 * values it takes ({@code null} standing for the field's default). A value is checked by binding the document with the value in the field's place,
 * so it obeys exactly the field's own rules; it is kept in canonical form.
 *
 * @param key    dotted path of the field, e.g. {@code solver.tol}
 * @param values the values, in file order
 */
record GridAxis(String key, List<JsonNode> values) {
    private static final Pattern KEY = Pattern.compile("(sampling|solver)\\.[A-Za-z0-9]+");

    /** The axis {@code key} of the document {@code root}, its values checked and canonicalized. */
    static GridAxis of(ObjectNode root, String key, List<JsonNode> values) {
        String path = "grid." + key;
        if (!KEY.matcher(key).matches()) {
            throw new SweepSpecException(path, "names no field that can vary: a grid axis is a field of sampling or solver, written like solver.tol");
        }
        if (values == null || values.isEmpty()) {
            throw new SweepSpecException(path, values, "an axis needs a list of at least one value");
        }
        GridAxis axis = new GridAxis(key, values);
        JsonNode direct = root.at(axis.pointer());
        if (!direct.isMissingNode()) {
            throw new SweepSpecException(key, direct, "is also a grid axis: give it either here or in grid");
        }
        try {
            axis.bindWith(root, NullNode.getInstance());
        } catch (SweepSpecException e) {
            throw e.relocated(path);
        }
        List<JsonNode> canonical = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            try {
                canonical.add(SpecMapper.toTree(axis.bindWith(root, values.get(i))).at(axis.pointer()));
            } catch (SweepSpecException e) {
                throw e.relocated(axis.locate(e.field(), i));
            }
        }
        return new GridAxis(key, List.copyOf(canonical));
    }

    /** Puts {@code value} in this axis' field of {@code tree}, creating the section when it is absent. */
    void setIn(ObjectNode tree, JsonNode value) {
        int dot = key.indexOf('.');
        String section = key.substring(0, dot);
        ObjectNode target = tree.get(section) instanceof ObjectNode existing ? existing : tree.putObject(section);
        target.set(key.substring(dot + 1), value);
    }

    /**
     * Where a problem with {@code field} in a document built with value {@code i} of this axis is
     * reported: inside {@code grid.<key>[i]} when the field is this axis' field, unchanged otherwise.
     */
    String locate(String field, int i) {
        boolean inAxis = field.equals(key) || field.startsWith(key + "[") || field.startsWith(key + ".");
        return inAxis ? "grid." + key + "[" + i + "]" + field.substring(key.length()) : field;
    }

    private JsonPointer pointer() {
        return JsonPointer.compile("/" + key.replace('.', '/'));
    }

    private SpecDocument bindWith(ObjectNode root, JsonNode value) {
        ObjectNode tree = root.deepCopy();
        setIn(tree, value);
        return SpecMapper.bind(tree);
    }
}
