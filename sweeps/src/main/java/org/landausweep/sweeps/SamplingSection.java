package org.landausweep.sweeps;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The {@code sampling} section of a sweep file: how the initial datum of a run is drawn, as fields by name,
 * each of the type its family declares ({@link FamilySampler#fields()}); the fields of every registered family
 * are accepted when the file is bound, those of the cell's family only when a cell is resolved. As read, a
 * field is absent or null when not given; in a {@link SweepCell} every field its family uses is filled in and
 * checked. Immutable.
 */
@JsonDeserialize(using = SamplingSection.Reader.class)
public final class SamplingSection implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * The fields of the format's first release (families random-mixture and bkw), which its canonical form
     * writes in every specification, null when unused: kept so that fingerprints do not change. A later
     * family's fields appear in the canonical form of its own specifications only.
     */
    private static final Set<String> FIRST_RELEASE_FIELDS = Set.of("components", "weights", "meanSpread", "meanJitter",
            "covarianceEigenvalues", "randomRotations", "lambdaMax", "anisotropy", "K0", "componentVariance");

    /** The section of a file that has none. */
    static final SamplingSection EMPTY = new SamplingSection(Map.of());

    /** By name, in the canonical (alphabetical) order; null values stand for a field written as null. */
    private final TreeMap<String, Object> values;

    private SamplingSection(Map<String, Object> values) {
        this.values = new TreeMap<>(values);
    }

    /** The range field {@code name}, or null. */
    public DoubleRange range(String name) {
        return (DoubleRange) values.get(name);
    }

    /** The integer range field {@code name}, or null. */
    public IntRange intRange(String name) {
        return (IntRange) values.get(name);
    }

    /** The number field {@code name}, or null. */
    public Double number(String name) {
        return (Double) values.get(name);
    }

    /** The true-or-false field {@code name}, or null. */
    public Boolean flag(String name) {
        return (Boolean) values.get(name);
    }

    /** This section with field {@code name} set to {@code value} where it is absent or null. */
    public SamplingSection withDefault(String name, Object value) {
        if (values.get(name) != null) {
            return this;
        }
        TreeMap<String, Object> copy = new TreeMap<>(values);
        copy.put(name, value);
        return new SamplingSection(copy);
    }

    /**
     * This section as a cell of {@code family} in dimension {@code d} uses it: defaults filled in, and checked
     * for that d. Fails on a field the family does not use.
     */
    SamplingSection resolve(FamilySampler family, int d) {
        values.forEach((name, value) -> {
            if (value != null && !family.fields().containsKey(name)) {
                throw new SweepSpecException("sampling." + name, value,
                        "applies to family " + String.join(", ", FamilySamplers.owners(name)) + " only");
            }
        });
        SamplingSection resolved = withDefaults(family);
        family.validate(resolved, d);
        return resolved;
    }

    /**
     * This section with the defaults of {@code family} filled in, and a null for every other field of the
     * format's first release and of {@code family}: its canonical form.
     */
    SamplingSection withDefaults(FamilySampler family) {
        TreeMap<String, Object> filled = new TreeMap<>(family.withDefaults(this).values);
        FIRST_RELEASE_FIELDS.forEach(name -> filled.putIfAbsent(name, null));
        family.fields().keySet().forEach(name -> filled.putIfAbsent(name, null));
        return new SamplingSection(filled);
    }

    /** The fields as written in canonical JSON, nulls included. */
    @JsonValue
    Map<String, Object> json() {
        return Collections.unmodifiableMap(values);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SamplingSection other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "SamplingSection" + values;
    }

    /**
     * Binds a {@code sampling} mapping strictly: every field is one of a registered family's, bound to its
     * declared type with the file's strict rules; errors carry the field's path.
     */
    static final class Reader extends StdDeserializer<SamplingSection> {
        private static final long serialVersionUID = 1L;

        Reader() {
            super(SamplingSection.class);
        }

        @Override
        public SamplingSection deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode node = ctxt.readTree(p);
            if (!node.isObject()) {
                return ctxt.reportInputMismatch(SamplingSection.class, "expected a mapping of fields");
            }
            Map<String, Class<?>> known = FamilySamplers.fields();
            TreeMap<String, Object> values = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                Class<?> type = known.get(field.getKey());
                if (type == null) {
                    throw UnrecognizedPropertyException.from(p, SamplingSection.class, field.getKey(), new ArrayList<Object>(known.keySet()));
                }
                try {
                    values.put(field.getKey(), field.getValue().isNull() ? null : ctxt.readTreeAsValue(field.getValue(), type));
                } catch (JsonMappingException | RuntimeException e) {
                    // a range's constructor refusing min > max throws IllegalArgumentException: its message is the reason
                    throw JsonMappingException.wrapWithPath(e, SamplingSection.class, field.getKey());
                }
            }
            return new SamplingSection(values);
        }
    }
}
