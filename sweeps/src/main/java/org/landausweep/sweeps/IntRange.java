package org.landausweep.sweeps;

import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;
import java.util.List;

/**
 * A closed interval [min, max] of integers. Sweep files write it as a {@code [min, max]} pair, or as
 * a single integer for the interval holding just that integer.
 *
 * @param min lower end
 * @param max upper end, at least {@code min}
 */
public record IntRange(int min, int max) implements Serializable {

    /** Refuses empty intervals. */
    public IntRange {
        if (min > max) {
            throw new IllegalArgumentException("a range [min, max] needs min <= max, got [" + min + ", " + max + "]");
        }
    }

    /** The form written to canonical JSON: a number when min = max, else the pair. */
    @JsonValue
    Object json() {
        return min == max ? (Object) min : List.of(min, max);
    }

    @Override
    public String toString() {
        return "[" + min + ", " + max + "]";
    }
}
