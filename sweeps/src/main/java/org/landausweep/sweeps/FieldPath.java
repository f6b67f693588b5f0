package org.landausweep.sweeps;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Renders positions in a document as dotted field paths: {@code sampling.weights}, {@code d[1]}, {@code grid.solver.tol[0]}. */
final class FieldPath {
    private FieldPath() {
    }

    /** The path of a Jackson binding error. */
    static String of(List<Reference> references) {
        List<Object> steps = new ArrayList<>();
        for (Reference reference : references) {
            steps.add(reference.getFieldName() != null ? reference.getFieldName() : (Object) reference.getIndex());
        }
        return render(steps);
    }

    /** The path at which a parser stands. */
    static String of(JsonStreamContext context) {
        List<Object> steps = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                steps.add(c.getCurrentIndex());
            } else if (c.getCurrentName() != null) {
                steps.add(c.getCurrentName());
            }
        }
        Collections.reverse(steps);
        return render(steps);
    }

    /** Field names joined by dots, indices in brackets; the root is {@link SweepSpecException#ROOT}. */
    private static String render(List<Object> steps) {
        StringBuilder path = new StringBuilder();
        for (Object step : steps) {
            if (step instanceof Integer index) {
                path.append('[').append(index).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(step);
            }
        }
        return path.length() == 0 ? SweepSpecException.ROOT : path.toString();
    }
}
