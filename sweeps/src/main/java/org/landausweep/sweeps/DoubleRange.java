package org.landausweep.sweeps;

import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A closed interval [min, max] of reals. Sweep files write it as a {@code [min, max]} pair, or as a
 * single number for the interval holding just that number.
 *
 * @param min lower end
 * @param max upper end, at least {@code min}
 */
public record DoubleRange(double min, double max) implements Serializable {

    /** Refuses empty intervals (and NaN ends). */
    public DoubleRange {
        if (!(min <= max)) {
            throw new IllegalArgumentException("a range [min, max] needs min <= max, got [" + min + ", " + max + "]");
        }
    }

    /** A uniform draw from [min, max) (exactly min when the range is a single number). */
    double draw(SplittableRandom rng) {
        return Math.min(max, min + (max - min) * rng.nextDouble());
    }

    /** The image of this interval under {@code x -> offset + scale x} for a non-negative scale. */
    DoubleRange affine(double offset, double scale) {
        return new DoubleRange(offset + scale * min, offset + scale * max);
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
