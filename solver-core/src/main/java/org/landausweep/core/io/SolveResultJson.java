package org.landausweep.core.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.landausweep.core.diagnostics.Diagnostics;
import org.landausweep.core.evolution.SolveResult;

/** Writes a {@link SolveResult} as one JSON object with the documented snake_case names (NaN as null). */
public final class SolveResultJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SolveResultJson() {
    }

    public static ObjectNode toJson(SolveResult r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("d", r.d());
        o.put("family", r.family());
        o.put("status", r.status().name());
        o.put("message", r.message());
        if (r.failed()) {
            num(o, "wall_seconds", r.wallSeconds());
            return o;
        }
        o.set("lambda_in", array(r.lambdaIn()));
        ArrayNode p = o.putArray("P_in");
        for (double[] row : r.pIn()) {
            p.add(array(row));
        }
        num(o, "E0_closed", r.e0Closed());
        num(o, "E0_hermite", r.e0Hermite());
        num(o, "t0_theorem", r.theorem().t0());
        num(o, "c0_theorem", r.theorem().c0());
        Diagnostics g = r.diagnostics();
        num(o, "t0_empirical", g.t0Empirical());
        ArrayNode v = o.putArray("violations");
        for (double[] iv : g.violations().intervals()) {
            v.add(array(iv));
        }
        o.put("violation_count", g.violations().count());
        num(o, "violation_total_length", g.violations().totalLength());
        num(o, "violation_max_rise", g.violations().maxRelativeRise());
        o.put("violation_after_t0", g.violations().afterT0());
        num(o, "decay_rate_asymptotic", g.rates().asymptotic());
        num(o, "decay_fit_rms", g.rates().fitRms());
        o.set("decay_window", array(new double[] {g.rates().windowStart(), g.rates().windowEnd()}));
        num(o, "min_instantaneous_rate", g.rates().minInstantaneous());
        num(o, "average_rate", g.rates().average());
        num(o, "c0_empirical", g.c0Empirical());
        num(o, "bound_margin", g.boundMargin());
        num(o, "instantaneous_margin", g.instantaneousMargin());
        o.put("truncation_degree", r.truncationDegree());
        num(o, "truncation_deficit", r.truncationDeficit());
        num(o, "horizon", r.horizon());
        num(o, "resolution_floor", r.floor());
        o.put("times_dropped", r.timesDropped());
        num(o, "P_error_max", r.pErrorMax());
        num(o, "mass_error", r.massError());
        num(o, "momentum_error", r.momentumError());
        num(o, "energy_error", r.energyError());
        o.put("term_count", r.termCount());
        num(o, "wall_seconds", r.wallSeconds());
        o.set("times", array(r.times()));
        o.set("E", array(r.e()));
        o.set("dEdt", array(r.dedt()));
        o.set("bound", array(r.bound()));
        o.set("P_error", array(r.pError()));
        return o;
    }

    public static String toJsonString(SolveResult r) {
        return toJson(r).toString();
    }

    private static void num(ObjectNode o, String name, double v) {
        if (Double.isFinite(v)) {
            o.put(name, v);
        } else {
            o.putNull(name);
        }
    }

    static ArrayNode array(double[] x) {
        ArrayNode a = MAPPER.createArrayNode();
        for (double v : x) {
            if (Double.isFinite(v)) {
                a.add(v);
            } else {
                a.addNull();
            }
        }
        return a;
    }
}
