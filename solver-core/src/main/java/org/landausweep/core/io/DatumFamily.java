package org.landausweep.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import java.util.function.BiConsumer;
import org.landausweep.core.data.InitialDatum;

/**
 * A family of initial data as its JSON object knows it, {@code {"d": D, "family": ID, FIELDS...}}: it reads
 * and writes the fields besides {@code d} and {@code family}. One implementation lives beside each datum class;
 * {@link DatumJson} finds it by {@link #id()} in {@link DatumFamilies}.
 */
public interface DatumFamily {

    /** The value of {@code "family"} in JSON, e.g. {@code bkw}. */
    String id();

    /** The names of the fields of its JSON object besides {@code d} and {@code family}; others are refused. */
    Set<String> fields();

    /**
     * The datum of dimension {@code d} that {@code root} holds; {@code root} has no field outside d, family
     * and {@link #fields()}. Throws {@link org.landausweep.core.data.InvalidInputException} naming the field.
     */
    InitialDatum read(int d, JsonNode root);

    /**
     * Whether {@link #write} writes {@code datum}: a family read into another family's datum class
     * (radial-mixture is read into a {@code GaussianMixture}) writes nothing, and the datum is written by
     * that other family.
     */
    boolean writes(InitialDatum datum);

    /** Puts the fields of {@code datum}, one that {@link #writes} accepts, besides d and family into {@code root}. */
    void write(InitialDatum datum, ObjectNode root);

    /** How a family reads its fields: the datum of dimension d that root holds. */
    @FunctionalInterface
    interface Reader {
        InitialDatum read(int d, JsonNode root);
    }

    /**
     * The family {@code id} with {@code fields}, read by {@code reader} and writing the data of class {@code type}
     * by {@code writer}; {@code type} null: read-only, its data are written by another family.
     */
    static <T extends InitialDatum> DatumFamily of(String id, Set<String> fields, Reader reader, Class<T> type,
                                                   BiConsumer<T, ObjectNode> writer) {
        Set<String> names = Set.copyOf(fields);
        return new DatumFamily() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public Set<String> fields() {
                return names;
            }

            @Override
            public InitialDatum read(int d, JsonNode root) {
                return reader.read(d, root);
            }

            @Override
            public boolean writes(InitialDatum datum) {
                return type != null && type.isInstance(datum);
            }

            @Override
            public void write(InitialDatum datum, ObjectNode root) {
                if (!writes(datum)) {
                    throw new IllegalArgumentException(id + " does not write a " + datum.family() + " datum");
                }
                writer.accept(type.cast(datum), root);
            }
        };
    }
}
