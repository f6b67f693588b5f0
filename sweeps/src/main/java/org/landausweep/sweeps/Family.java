package org.landausweep.sweeps;

import com.fasterxml.jackson.annotation.JsonValue;

/** The family of initial data a sweep draws from, written by its {@link #id()} in sweep files. */
public enum Family {
    /** Random anisotropic Gaussian mixtures (solver-core's {@code MixtureGenerator}). */
    RANDOM_MIXTURE("random-mixture"),
    /** BKW data with a parameter K0 (solver-core's {@code Bkw}). */
    BKW("bkw");

    private final String id;

    Family(String id) {
        this.id = id;
    }

    /** The name used in sweep files, e.g. {@code random-mixture}. */
    @JsonValue
    public String id() {
        return id;
    }

    @Override
    public String toString() {
        return id;
    }
}
