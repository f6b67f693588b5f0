package org.landausweep.core.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.landausweep.core.data.Bkw;
import org.landausweep.core.data.GaussianMixture;
import org.landausweep.core.data.InitialDatum;

/**
 * The families of initial data that {@link DatumJson} reads and writes, by id, in registration order: solver-core's
 * own ({@link #BUILT_IN}, which solve and its tests read without the sweeps module) and those registered through
 * {@link #register}. A new family does not add a line here: its sweep sampler carries its codec, and the sweeps
 * module's family registry registers both.
 */
public final class DatumFamilies {
    /** The families of main code; their order is the order an error message lists them in. */
    private static final List<DatumFamily> BUILT_IN = List.of(GaussianMixture.JSON, GaussianMixture.RADIAL_JSON, Bkw.JSON);

    private static final Map<String, DatumFamily> BY_ID = new LinkedHashMap<>();

    static {
        BUILT_IN.forEach(DatumFamilies::register);
    }

    private DatumFamilies() {
    }

    /**
     * Adds {@code family}; registering the same instance again does nothing, another family under a taken id
     * is refused (two codecs for one id would make a file's meaning depend on the order of registration).
     */
    public static synchronized void register(DatumFamily family) {
        DatumFamily known = BY_ID.putIfAbsent(family.id(), family);
        if (known != null && known != family) {
            throw new IllegalArgumentException("a datum family with id " + family.id() + " is already registered");
        }
    }

    /** The family with JSON id {@code id}, if registered. */
    public static synchronized Optional<DatumFamily> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /** The registered ids, in registration order. */
    public static synchronized List<String> ids() {
        return List.copyOf(BY_ID.keySet());
    }

    /** The first registered family that writes {@code datum}. */
    static synchronized DatumFamily writerOf(InitialDatum datum) {
        return BY_ID.values().stream().filter(f -> f.writes(datum)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no JSON form for a datum of family " + datum.family()));
    }
}
