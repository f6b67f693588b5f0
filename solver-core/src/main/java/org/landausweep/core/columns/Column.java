package org.landausweep.core.columns;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntToDoubleFunction;

/**
 * One column of the sweep tables and one key of {@code solve}'s JSON, declared once: its name (lower
 * snake case), its type, its unit and meaning (the text of {@code jobs/SCHEMA.md}), and how its value is
 * read from a source {@code S} (a solve result, or a run of a sweep with its result).
 *
 * @param name    column name and JSON key
 * @param type    value type
 * @param meaning unit and one-line meaning, in Markdown
 * @param read    the value of the column for a source, of the Java type {@link ColumnType} names (may be null)
 * @param <S>     what the value is read from
 */
public record Column<S>(String name, ColumnType type, String meaning, Function<S, Object> read) {

    public Column {
        Objects.requireNonNull(name);
        Objects.requireNonNull(type);
        Objects.requireNonNull(meaning);
        Objects.requireNonNull(read);
    }

    /** The value of this column for {@code source}. */
    public Object valueOf(S source) {
        return read.apply(source);
    }

    /** The same column read from a {@code T} that holds an {@code S}. */
    public <T> Column<T> from(Function<T, ? extends S> part) {
        return new Column<>(name, type, meaning, t -> read.apply(part.apply(t)));
    }

    /** {@code x} as a column value: null when it is not finite (NaN marks "not computed"). */
    public static Double number(double x) {
        return Double.isFinite(x) ? x : null;
    }

    /** {@code x} as a column value, entry by entry as {@link #number(double)}. */
    public static Double[] numbers(double[] x) {
        return Arrays.stream(x).mapToObj(Column::number).toArray(Double[]::new);
    }

    /** {@code at(0), ..., at(count - 1)} as a column value, entry by entry as {@link #number(double)} (no copy of a source array). */
    public static Double[] numbers(int count, IntToDoubleFunction at) {
        Double[] out = new Double[count];
        for (int k = 0; k < count; k++) {
            out[k] = number(at.applyAsDouble(k));
        }
        return out;
    }
}
