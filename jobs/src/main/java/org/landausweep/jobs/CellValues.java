package org.landausweep.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.landausweep.core.data.GaussianMixture;
import org.landausweep.sweeps.RunSpec;

/** Typed values of a run's parameters for the {@code runs} table, read from what the run already holds. */
final class CellValues {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CellValues() {
    }

    /**
     * The grid values (canonical JSON by field path) as numbers: a number as [x], a list of numbers (a range)
     * as that list, a boolean as [1] or [0]; null for JSON null and for anything else.
     */
    static Map<String, Double[]> typed(Map<String, String> parameters) {
        Map<String, Double[]> typed = new LinkedHashMap<>();
        parameters.forEach((field, json) -> typed.put(field, numbers(json)));
        return typed;
    }

    /** K of the run's mixture; null for other families and for a datum that cannot be built (the run is FAILED then). */
    static Integer componentCount(RunSpec run) {
        try {
            return run.datum() instanceof GaussianMixture mixture ? mixture.componentCount() : null;
        } catch (RuntimeException unbuildable) {
            return null;
        }
    }

    private static Double[] numbers(String json) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a grid value is canonical JSON: " + json, e);
        }
        if (node.isNumber()) {
            return new Double[] {node.doubleValue()};
        }
        if (node.isBoolean()) {
            return new Double[] {node.booleanValue() ? 1.0 : 0.0};
        }
        if (node.isArray() && node.size() > 0) {
            Double[] values = new Double[node.size()];
            for (int i = 0; i < values.length; i++) {
                if (!node.get(i).isNumber()) {
                    return null;
                }
                values[i] = node.get(i).doubleValue();
            }
            return values;
        }
        return null;
    }
}
