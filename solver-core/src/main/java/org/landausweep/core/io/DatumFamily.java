package org.landausweep.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
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
}
