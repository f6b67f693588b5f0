package org.landausweep.core.data;

/**
 * Bad input: names the offending field, its value and the reason. Commands map it to exit code 2.
 */
public final class InvalidInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public InvalidInputException(String field, Object value, String reason) {
        super(field + " = " + render(value) + ": " + reason);
        this.field = field;
    }

    public InvalidInputException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
    }

    /** The field the error is about, e.g. {@code components[1].covariance}. */
    public String field() {
        return field;
    }

    /** Throws unless {@code condition} holds. */
    public static void require(boolean condition, String field, Object value, String reason) {
        if (!condition) {
            throw new InvalidInputException(field, value, reason);
        }
    }

    private static String render(Object value) {
        if (value instanceof double[] a) {
            return java.util.Arrays.toString(a);
        }
        if (value instanceof double[][] m) {
            return java.util.Arrays.deepToString(m);
        }
        return String.valueOf(value);
    }
}
