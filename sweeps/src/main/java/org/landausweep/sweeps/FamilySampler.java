package org.landausweep.sweeps;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.io.Serializable;
import java.util.Map;
import java.util.SplittableRandom;
import org.landausweep.core.data.InitialDatum;
import org.landausweep.core.io.DatumFamily;

/**
 * How a sweep draws the initial data of one family: the family's fields of the {@code sampling} section,
 * their defaults and checks, and the draw of a run's datum from (sweep seed, run index). A sweep file names
 * it by {@link #id()} under {@code family}; {@link FamilySamplers} holds the known ones. Implementations are
 * immutable values (records), serializable to ship with a cell to Spark executors.
 */
@JsonDeserialize(using = FamilySamplers.ById.class)
public interface FamilySampler extends Serializable {

    /** The name used in sweep files, e.g. {@code random-mixture}. */
    @JsonValue
    String id();

    /**
     * The JSON form of the data it draws. {@link FamilySamplers#register} registers it in
     * {@link org.landausweep.core.io.DatumFamilies}, so that a family is declared in one registry only and
     * {@code solve}, {@code datum} and the tables read and write its data.
     */
    DatumFamily codec();

    /**
     * The family's fields of the {@code sampling} section by name, with the type a file gives each in
     * ({@link DoubleRange}, {@link IntRange}, {@code Double}, {@code Boolean}); a sweep of this family may set
     * these and no others.
     */
    Map<String, Class<?>> fields();

    /** {@code section}, in which only this family's fields are set, with this family's defaults filled in. */
    SamplingSection withDefaults(SamplingSection section);

    /**
     * Checks a filled-in section for dimension {@code d}; a failure is a {@link SweepSpecException} on the
     * field's path, e.g. {@code sampling.K0}.
     */
    void validate(SamplingSection section, int d);

    /**
     * The scalar draws of one run from a checked section, by name ({@code lambdaMaxTarget} or {@code K0}, the
     * names the {@code runs} table knows): each a function of the run's draw stream {@code draws} only.
     * A name with no draw for the run is absent.
     */
    Map<String, Double> draw(SamplingSection section, int d, SplittableRandom draws);

    /** The initial datum of {@code run}, a function of its cell, its draws and (sweep seed, run index) only. */
    InitialDatum datum(RunSpec run);
}
