package org.landausweep.jobs;

import java.util.Arrays;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.landausweep.core.diagnostics.Diagnostics;
import org.landausweep.core.evolution.SolveResult;
import org.landausweep.core.evolution.SolverSettings;
import org.landausweep.sweeps.RunSpec;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Turns one run and its solve into a row of {@link TableSchemas#SOLVED}. Numbers follow the {@code solve}
 * command's JSON ({@code SolveResultJson}): a non-finite value is written as null, and every solve output
 * of a FAILED run is null (its sampled curves are empty).
 */
public final class RunRows {

    private RunRows() {
    }

    /**
     * The row of {@code run}, solved as {@code result}, in a sweep whose specification has {@code fingerprint};
     * {@code crossCheck} is the largest relative difference of E to the grid solver, or null.
     */
    public static Row of(RunSpec run, SolveResult result, Double crossCheck, String fingerprint) {
        Values v = new Values(TableSchemas.SOLVED);
        SolverSettings settings = run.solverSettings();
        v.set("run_id", run.runId());
        v.set("run_index", run.runIndex());
        v.set("cell_index", run.cellIndex());
        v.set("run_seed", run.runSeed());
        v.set("family", run.family().id());
        v.set("cell_parameters", CollectionConverters.asScala(run.parameters())); // Spark's Row encoder takes Scala maps only
        v.set("lambda_max_target", run.lambdaMaxTarget());
        v.set("k0", run.k0());
        v.set("tol", settings.tol());
        v.set("n_max", settings.nMax());
        v.set("requested_horizon", number(settings.horizon()));
        v.set("sample_count", settings.sampleCount());
        v.set("requested_times", settings.times() == null ? null : numbers(settings.times()));
        v.set("status", result.status().name());
        v.set("message", result.message() == null || result.message().isEmpty() ? null : result.message()); // null: nothing went wrong
        v.set("wall_seconds", number(result.wallSeconds()));
        v.set("spec_fingerprint", fingerprint);
        v.set("solver_method", run.onGrid() ? "grid" : "hermite");
        v.set("crosscheck_max_rel_diff", crossCheck);
        if (!result.failed()) {
            setSolution(v, result);
        }
        setSamples(v, result);
        return v.toRow();
    }

    private static void setSolution(Values v, SolveResult r) {
        v.set("lambda_in", numbers(r.lambdaIn()));
        v.set("p_in", numbers(Arrays.stream(r.pIn()).flatMapToDouble(Arrays::stream).toArray()));
        v.set("e0_closed", number(r.e0Closed()));
        v.set("e0_hermite", number(r.e0Hermite()));
        v.set("lambda_max", number(r.theorem().lambdaMax()));
        v.set("t0_theorem", number(r.theorem().t0()));
        v.set("c0_theorem", number(r.theorem().c0()));
        Diagnostics g = r.diagnostics();
        v.set("t0_empirical", number(g.t0Empirical()));
        v.set("violations", Arrays.stream(g.violations().intervals()).map(RunRows::numbers).toArray(Double[][]::new));
        v.set("violation_count", g.violations().count());
        v.set("violation_total_length", number(g.violations().totalLength()));
        v.set("violation_max_rise", number(g.violations().maxRelativeRise()));
        v.set("violation_after_t0", g.violations().afterT0());
        v.set("decay_rate_asymptotic", number(g.rates().asymptotic()));
        v.set("decay_fit_rms", number(g.rates().fitRms()));
        v.set("decay_window", numbers(new double[] {g.rates().windowStart(), g.rates().windowEnd()}));
        v.set("min_instantaneous_rate", number(g.rates().minInstantaneous()));
        v.set("average_rate", number(g.rates().average()));
        v.set("c0_empirical", number(g.c0Empirical()));
        v.set("bound_margin", number(g.boundMargin()));
        v.set("instantaneous_margin", number(g.instantaneousMargin()));
        v.set("truncation_degree", r.truncationDegree());
        v.set("truncation_deficit", number(r.truncationDeficit()));
        v.set("horizon", number(r.horizon()));
        v.set("resolution_floor", number(r.floor()));
        v.set("times_dropped", r.timesDropped());
        v.set("p_error_max", number(r.pErrorMax()));
        v.set("mass_error", number(r.massError()));
        v.set("momentum_error", number(r.momentumError()));
        v.set("energy_error", number(r.energyError()));
        v.set("term_count", r.termCount());
    }

    private static void setSamples(Values v, SolveResult r) {
        double[] ratio = Arrays.stream(r.e()).map(e -> e / r.e0Closed()).toArray();
        v.set("t", numbers(r.times()));
        v.set("e", numbers(r.e()));
        v.set("dedt", numbers(r.dedt()));
        v.set("bound", numbers(r.bound()));
        v.set("p_error", numbers(r.pError()));
        v.set("e_over_e0", numbers(ratio));
    }

    private static Double number(double x) {
        return Double.isFinite(x) ? x : null;
    }

    private static Double[] numbers(double[] x) {
        return Arrays.stream(x).mapToObj(RunRows::number).toArray(Double[]::new);
    }

    /** The values of one row, set by column name so that the order of the schema is the only order. */
    private static final class Values {
        private final StructType schema;
        private final Object[] values;

        Values(StructType schema) {
            this.schema = schema;
            this.values = new Object[schema.size()];
        }

        void set(String column, Object value) {
            values[schema.fieldIndex(column)] = value;
        }

        Row toRow() {
            return RowFactory.create(values);
        }
    }
}
