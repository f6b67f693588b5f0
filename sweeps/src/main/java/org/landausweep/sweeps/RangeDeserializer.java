package org.landausweep.sweeps;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Reads a range written as a single number or as a {@code [min, max]} pair of numbers. A value of
 * another shape is a type error on the range's field; an empty range fails in the range's constructor.
 *
 * @param <B> type of the bounds, e.g. {@code Double}
 * @param <R> type of the range, e.g. {@link DoubleRange}
 */
final class RangeDeserializer<B, R> extends StdDeserializer<R> {
    private static final long serialVersionUID = 1L;

    private final Class<B> bound;
    private final BiFunction<B, B, R> factory;

    RangeDeserializer(Class<R> range, Class<B> bound, BiFunction<B, B, R> factory) {
        super(range);
        this.bound = bound;
        this.factory = factory;
    }

    @Override
    public R deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken().isNumeric()) {
            B value = ctxt.readValue(p, bound);
            return factory.apply(value, value);
        }
        if (!p.isExpectedStartArrayToken()) {
            return ctxt.reportInputMismatch(this, "expected a number or [min, max]");
        }
        JavaType listOfBounds = ctxt.getTypeFactory().constructCollectionType(List.class, bound);
        List<B> bounds = ctxt.readValue(p, listOfBounds);
        if (bounds.size() != 2 || bounds.contains(null)) {
            return ctxt.reportInputMismatch(this, "expected [min, max], got %d values", bounds.size());
        }
        return factory.apply(bounds.get(0), bounds.get(1));
    }
}
