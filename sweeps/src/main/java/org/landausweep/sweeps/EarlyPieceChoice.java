package org.landausweep.sweeps;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * {@code solver.earlyPiece}: in which dimensions a certificate still not CERTIFIED is redone with a first piece [0, t1]
 * at a higher degree N' (docs/CERTIFICATION.md §3c). Written {@code true} (every d of the sweep), {@code false} (none,
 * the default) or a list of dimensions, e.g. {@code [2]}: the piece's cost grows like the C(N' + d, d) coefficients of
 * its Krylov vectors, so a study may afford it in d = 2 (N' up to 600) and not in d = 3 (up to 200).
 *
 * @param everyD     true for every dimension
 * @param dimensions the dimensions listed (empty when {@code everyD} or none)
 */
public record EarlyPieceChoice(boolean everyD, List<Integer> dimensions) implements Serializable {
    /** No early piece: the default. */
    public static final EarlyPieceChoice NONE = new EarlyPieceChoice(false, List.of());

    public EarlyPieceChoice {
        dimensions = List.copyOf(dimensions);
    }

    /** Whether runs of dimension d use the piece. */
    public boolean appliesTo(int d) {
        return everyD || dimensions.contains(d);
    }

    /** The canonical form: a boolean for every or no dimension, else the list; so {@code []} and {@code false} are one spec. */
    @JsonValue
    Object json() {
        return everyD || dimensions.isEmpty() ? (Object) everyD : dimensions;
    }

    /**
     * Checks the listed dimensions against the sweep's: each one of them, none twice.
     *
     * @throws SweepSpecException naming {@code solver.earlyPiece[k]}
     */
    void validate(List<Integer> sweepDimensions) {
        for (int k = 0; k < dimensions.size(); k++) {
            Integer d = dimensions.get(k);
            if (!sweepDimensions.contains(d)) {
                throw new SweepSpecException("solver.earlyPiece[" + k + "]", d, "is not a dimension of this sweep (d: " + sweepDimensions + ")");
            }
            if (dimensions.indexOf(d) != k) {
                throw new SweepSpecException("solver.earlyPiece[" + k + "]", d, "is listed twice");
            }
        }
    }

    /** Reads true, false or a list of integers; any other shape is a type error on the field. */
    static final class Reader extends StdDeserializer<EarlyPieceChoice> {
        private static final long serialVersionUID = 1L;

        Reader() {
            super(EarlyPieceChoice.class);
        }

        @Override
        public EarlyPieceChoice deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_TRUE || p.currentToken() == JsonToken.VALUE_FALSE) {
                return p.getBooleanValue() ? new EarlyPieceChoice(true, List.of()) : NONE;
            }
            if (!p.isExpectedStartArrayToken()) {
                return ctxt.reportInputMismatch(this, "expected true, false or a list of dimensions such as [2]");
            }
            JavaType listOfInts = ctxt.getTypeFactory().constructCollectionType(List.class, Integer.class);
            List<Integer> listed = ctxt.readValue(p, listOfInts);
            if (listed.contains(null)) {
                return ctxt.reportInputMismatch(this, "expected a list of dimensions such as [2], got a null in it");
            }
            return new EarlyPieceChoice(false, listed);
        }
    }
}
