package org.landausweep.sweeps;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.landausweep.core.io.DatumFamilies;

/**
 * The families a sweep file may name, by id, in registration order: the one registry of families. A new family
 * registers here (one line in {@link #BUILT_IN}) or, outside main code, through {@link #register}; its sampler's
 * {@link FamilySampler#codec() codec} is registered with it in {@link DatumFamilies}, so a family is a datum class
 * with its codec, a sampler and that one line. The {@code sampling} section accepts the fields of every
 * registered family; a cell accepts those of its own family only.
 */
public final class FamilySamplers {
    /** The families of main code; the first is the default of a file that names none. */
    private static final List<FamilySampler> BUILT_IN = List.of(new MixtureSampler(), new BkwSampler());

    private static final Map<String, FamilySampler> BY_ID = new LinkedHashMap<>();

    static {
        BUILT_IN.forEach(FamilySamplers::register);
    }

    private FamilySamplers() {
    }

    /**
     * Adds {@code sampler} and registers its codec in {@link DatumFamilies}; an equal one again is no change.
     * Refused: another sampler under a taken id, another codec under its codec's id, or a field another family
     * declares with another type (the section is bound before its family is known).
     */
    public static synchronized void register(FamilySampler sampler) {
        FamilySampler known = BY_ID.get(sampler.id());
        if (known != null) {
            if (!known.equals(sampler)) {
                throw new IllegalArgumentException("a family with id " + sampler.id() + " is already registered");
            }
            return;
        }
        Map<String, Class<?>> all = fields();
        sampler.fields().forEach((name, type) -> {
            if (all.containsKey(name) && all.get(name) != type) {
                throw new IllegalArgumentException("sampling." + name + " of family " + sampler.id() + " is a "
                        + type.getSimpleName() + ", another family's is a " + all.get(name).getSimpleName());
            }
        });
        DatumFamilies.register(sampler.codec());
        BY_ID.put(sampler.id(), sampler);
    }

    /**
     * The ids of the main-code families, whose codecs are then registered: an entry point that reads a datum
     * of any family (the {@code landau} command line) calls this once before it reads.
     */
    public static List<String> builtIn() {
        return BUILT_IN.stream().map(FamilySampler::id).toList();
    }

    /** The family of a file that names none: random-mixture. */
    static FamilySampler defaultFamily() {
        return BUILT_IN.get(0);
    }

    /** The family with id {@code id}, if registered. */
    public static synchronized Optional<FamilySampler> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /** The registered ids, in registration order. */
    public static synchronized List<String> ids() {
        return List.copyOf(BY_ID.keySet());
    }

    /** The sampling fields of every registered family, by name, with their types. */
    static synchronized Map<String, Class<?>> fields() {
        Map<String, Class<?>> all = new TreeMap<>();
        BY_ID.values().forEach(s -> all.putAll(s.fields()));
        return all;
    }

    /** The ids of the registered families that declare sampling field {@code name}. */
    static synchronized List<String> owners(String name) {
        List<String> owners = new ArrayList<>();
        BY_ID.values().stream().filter(s -> s.fields().containsKey(name)).forEach(s -> owners.add(s.id()));
        return owners;
    }

    /** Binds {@code family: ID} to its registered sampler. */
    static final class ById extends StdDeserializer<FamilySampler> {
        private static final long serialVersionUID = 1L;

        ById() {
            super(FamilySampler.class);
        }

        @Override
        public FamilySampler deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (FamilySampler) ctxt.handleUnexpectedToken(String.class, p);
            }
            String id = p.getText();
            return byId(id).orElseThrow(() -> JsonMappingException.from(p, "must be one of " + ids()));
        }
    }
}
