package org.landausweep.jobs;

import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The columns of the sweep tables (documented in {@code jobs/SCHEMA.md}). Both tables are partitioned
 * by {@code sweep} and {@code d}, which live in the directory names only, not in the files.
 * Every column is nullable, so that columns can be added later without rewriting old files.
 */
public final class TableSchemas {
    /** Partition columns of both tables, outermost first. */
    public static final List<String> PARTITION_COLUMNS = List.of("sweep", "d");

    /** The per-sample columns, one array per run in {@link #SOLVED}, one value per row in {@link #TIMESERIES}. */
    public static final List<String> SAMPLE_COLUMNS = List.of("t", "e", "dedt", "bound", "p_error", "e_over_e0");

    private static final DataType DOUBLES = DataTypes.createArrayType(DataTypes.DoubleType, true);

    /** The runs table: one row per run. */
    public static final StructType RUNS = new StructType(new StructField[] {
        // ids
        field("run_id", DataTypes.StringType),
        field("run_index", DataTypes.LongType),
        field("cell_index", DataTypes.IntegerType),
        field("run_seed", DataTypes.LongType),
        // parameters
        field("family", DataTypes.StringType),
        field("cell_parameters", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, true)),
        field("lambda_max_target", DataTypes.DoubleType),
        field("k0", DataTypes.DoubleType),
        field("tol", DataTypes.DoubleType),
        field("n_max", DataTypes.IntegerType),
        field("requested_horizon", DataTypes.DoubleType),
        field("sample_count", DataTypes.IntegerType),
        field("requested_times", DOUBLES),
        // initial datum
        field("lambda_in", DOUBLES),
        field("p_in", DOUBLES),
        field("e0_closed", DataTypes.DoubleType),
        field("e0_hermite", DataTypes.DoubleType),
        // Theorem 1
        field("lambda_max", DataTypes.DoubleType),
        field("t0_theorem", DataTypes.DoubleType),
        field("c0_theorem", DataTypes.DoubleType),
        // diagnostics
        field("t0_empirical", DataTypes.DoubleType),
        field("violations", DataTypes.createArrayType(DOUBLES, true)),
        field("violation_count", DataTypes.IntegerType),
        field("violation_total_length", DataTypes.DoubleType),
        field("violation_max_rise", DataTypes.DoubleType),
        field("violation_after_t0", DataTypes.BooleanType),
        field("decay_rate_asymptotic", DataTypes.DoubleType),
        field("decay_fit_rms", DataTypes.DoubleType),
        field("decay_window", DOUBLES),
        field("min_instantaneous_rate", DataTypes.DoubleType),
        field("average_rate", DataTypes.DoubleType),
        field("c0_empirical", DataTypes.DoubleType),
        field("bound_margin", DataTypes.DoubleType),
        field("instantaneous_margin", DataTypes.DoubleType),
        field("truncation_degree", DataTypes.IntegerType),
        field("truncation_deficit", DataTypes.DoubleType),
        field("horizon", DataTypes.DoubleType),
        field("resolution_floor", DataTypes.DoubleType),
        field("times_dropped", DataTypes.IntegerType),
        field("p_error_max", DataTypes.DoubleType),
        field("mass_error", DataTypes.DoubleType),
        field("momentum_error", DataTypes.DoubleType),
        field("energy_error", DataTypes.DoubleType),
        field("term_count", DataTypes.LongType),
        // outcome
        field("status", DataTypes.StringType),
        field("message", DataTypes.StringType),
        field("wall_seconds", DataTypes.DoubleType),
        field("spec_fingerprint", DataTypes.StringType),
        // the independent grid solver
        field("solver_method", DataTypes.StringType),
        field("crosscheck_max_rel_diff", DataTypes.DoubleType),
    });

    /** What an executor computes per run: the runs columns followed by the sampled curves as arrays. */
    public static final StructType SOLVED = new StructType(Stream.concat(Stream.of(RUNS.fields()),
            SAMPLE_COLUMNS.stream().map(name -> field(name, DOUBLES))).toArray(StructField[]::new));

    /** The timeseries table: one row per run and sample time. */
    public static final StructType TIMESERIES = new StructType(Stream.concat(
            Stream.of(RUNS.apply("run_id"), RUNS.apply("run_index")),
            SAMPLE_COLUMNS.stream().map(name -> field(name, ((ArrayType) SOLVED.apply(name).dataType()).elementType())))
            .toArray(StructField[]::new));

    private TableSchemas() {
    }

    private static StructField field(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }
}
