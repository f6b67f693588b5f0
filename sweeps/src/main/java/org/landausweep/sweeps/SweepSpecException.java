package org.landausweep.sweeps;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A sweep specification that cannot be run. It names the offending field by its dotted path
 * ({@code sampling.covarianceEigenvalues}, {@code d[0]}, {@code grid.solver.tol[1]}), the value
 * found there when there is one, and the reason. It is thrown while a specification is read, before
 * anything is run or written; commands map it to exit code 2.
 */
public final class SweepSpecException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The path of errors about the document as a whole (syntax, emptiness, file type). */
    public static final String ROOT = "$";

    private final String field;
    private final String value;
    private final String reason;

    /** An error about {@code field}, which holds {@code value}. */
    public SweepSpecException(String field, Object value, String reason) {
        this(field, render(value), reason, null);
    }

    /** An error about {@code field} that shows no value, e.g. a missing field. */
    public SweepSpecException(String field, String reason) {
        this(field, null, reason, null);
    }

    /** An error about {@code field} caused by {@code cause}, whose message already shows the value. */
    SweepSpecException(String field, String reason, Throwable cause) {
        this(field, null, reason, cause);
    }

    private SweepSpecException(String field, String renderedValue, String reason, Throwable cause) {
        super((renderedValue == null ? field : field + " = " + renderedValue) + ": " + reason, cause);
        this.field = field;
        this.value = renderedValue;
        this.reason = reason;
    }

    /** The required field {@code field} is absent or null. */
    static SweepSpecException missing(String field) {
        return new SweepSpecException(field, "missing required field");
    }

    /** The dotted path of the offending field, e.g. {@code grid.solver.tol[1]}. */
    public String field() {
        return field;
    }

    /** The same error reported at another path, e.g. the grid entry a bad value came from. */
    SweepSpecException relocated(String newField) {
        return newField.equals(field) ? this : new SweepSpecException(newField, value, reason, this);
    }

    private static String render(Object value) {
        if (value instanceof String s) {
            return '"' + s + '"';
        }
        if (value instanceof JsonNode node) {
            return node.toString();
        }
        return String.valueOf(value);
    }
}
