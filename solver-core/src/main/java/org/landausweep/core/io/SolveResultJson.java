package org.landausweep.core.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.landausweep.core.columns.Column;
import org.landausweep.core.columns.ResultColumns;
import org.landausweep.core.evolution.SolveResult;

/**
 * Writes a {@link SolveResult} as one JSON object: {@code d} and the datum's {@code family}, then every
 * column of {@link ResultColumns} under its column name (the names of the sweep tables), the sampled
 * curves as arrays. A number that is not finite, and every output of a FAILED solve, is null.
 */
public final class SolveResultJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SolveResultJson() {
    }

    public static ObjectNode toJson(SolveResult r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("d", r.datum().d());
        o.put("family", r.datum().family());
        for (List<Column<SolveResult>> columns : List.of(ResultColumns.OUTCOME, ResultColumns.SOLUTION, ResultColumns.SAMPLES)) {
            for (Column<SolveResult> column : columns) {
                o.set(column.name(), MAPPER.valueToTree(column.valueOf(r)));
            }
        }
        return o;
    }

    public static String toJsonString(SolveResult r) {
        return toJson(r).toString();
    }

    static ArrayNode array(double[] x) {
        return MAPPER.valueToTree(Column.numbers(x));
    }
}
