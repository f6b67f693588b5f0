package org.landausweep.jobs.compare;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.landausweep.core.data.Bkw;
import org.landausweep.core.data.GaussianMixture;
import org.landausweep.core.data.InitialDatum;

/**
 * Writes an initial datum in the format {@code landau solve} reads ({@code DatumJson}): a mixture as
 * {@code gaussian-mixture} with its normalized components, a BKW datum by its K0. Reading it back
 * normalizes an already normalized mixture again, which changes it by rounding only.
 */
public final class DatumJsonWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DatumJsonWriter() {
    }

    /** The datum as one line of JSON. */
    public static String toJson(InitialDatum datum) {
        ObjectNode root = MAPPER.createObjectNode().put("d", datum.d());
        if (datum instanceof Bkw bkw) {
            root.put("family", "bkw").put("K0", bkw.k0());
        } else if (datum instanceof GaussianMixture mixture) {
            root.put("family", "gaussian-mixture");
            ArrayNode components = root.putArray("components");
            for (int k = 0; k < mixture.componentCount(); k++) {
                ObjectNode component = components.addObject().put("weight", mixture.weight(k));
                ArrayNode mean = component.putArray("mean");
                for (double m : mixture.mean(k)) {
                    mean.add(m);
                }
                ArrayNode covariance = component.putArray("covariance");
                for (double[] row : mixture.covariance(k)) {
                    ArrayNode r = covariance.addArray();
                    for (double c : row) {
                        r.add(c);
                    }
                }
            }
        } else {
            throw new IllegalArgumentException("no JSON form for a datum of family " + datum.family());
        }
        return root.toString();
    }
}
