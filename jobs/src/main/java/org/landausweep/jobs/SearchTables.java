package org.landausweep.jobs;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The tables of a search under {@code PATH/search}: {@code starts}, one row per start, and
 * {@code trajectory}, one row per improvement of a start's best fitness. The evaluation columns are
 * those of the best point's {@code Evaluation} (null when it was not solved); {@code rate_gap*} is the slack of
 * the instantaneous bound, E'/E + 2ρ(t), on (0, T] and at t = 0, measured and its certified upper bound
 * ({@code RateGap}).
 *
 * <p>Like the sweep tables, the files hold no partition column: {@code d} is in the directory name only
 * ({@code starts/sweep=NAME/d=D/part-BATCH.parquet}), so that Spark, DuckDB and pyarrow, reading the table with its
 * partitions, see one {@code d}. Outputs written before held {@code d} in the files too: they are read, not completed
 * ({@link #requireCurrentLayout}).
 */
final class SearchTables {
    static final String STARTS = "starts";
    static final String TRAJECTORY = "trajectory";
    /** Commit order: a starts file is only ever committed next to its trajectory file. */
    static final List<String> TABLES = List.of(TRAJECTORY, STARTS);

    static final StructType STARTS_SCHEMA = createStructType(new StructField[] {
        createStructField("search", StringType, false),
        createStructField("start_id", StringType, false),
        createStructField("start_index", LongType, false),
        createStructField("cell_index", IntegerType, false),
        createStructField("d", IntegerType, false),
        createStructField("band", StringType, false),
        createStructField("lambda_max_min", DoubleType, false),
        createStructField("lambda_max_max", DoubleType, false),
        createStructField("objective", StringType, false),
        createStructField("components", IntegerType, false),
        createStructField("start_datum", StringType, true),
        createStructField("start_value", DoubleType, true),
        createStructField("start_kind", StringType, true),
        createStructField("best_datum", StringType, true),
        createStructField("best_x", createArrayType(DoubleType, false), true),
        createStructField("best_value", DoubleType, true),
        createStructField("best_kind", StringType, true),
        createStructField("theorem_value", DoubleType, true),
        createStructField("evaluations", IntegerType, false),
        createStructField("stop", StringType, false),
        createStructField("message", StringType, true),
        createStructField("sup_rate", DoubleType, true),
        createStructField("rate_at_0", DoubleType, true),
        createStructField("latest_violation", DoubleType, true),
        createStructField("c0_ratio", DoubleType, true),
        createStructField("bound_margin", DoubleType, true),
        createStructField("rate_gap", DoubleType, true),
        createStructField("rate_gap_certified", DoubleType, true),
        createStructField("rate_gap_time", DoubleType, true),
        createStructField("rate_gap_at_0", DoubleType, true),
        createStructField("rate_gap_at_0_certified", DoubleType, true),
        createStructField("theorem_sup_rate", DoubleType, true),
        createStructField("t0_theorem", DoubleType, true),
        createStructField("horizon", DoubleType, true),
        createStructField("decided", BooleanType, true),
        createStructField("fingerprint", StringType, false),
    });

    static final StructType STEP = createStructType(new StructField[] {
        createStructField("evaluation", IntegerType, false),
        createStructField("fitness", DoubleType, false),
        createStructField("kind", StringType, false),
    });

    /** The columns of a starts file: {@link #STARTS_SCHEMA} without the partition column {@code d}. */
    static final String[] STARTS_FILE_COLUMNS = Stream.of(STARTS_SCHEMA.fieldNames()).filter(c -> !c.equals("d")).toArray(String[]::new);

    /** What the executors return: a start's row with its trajectory as an array. */
    static final StructType SOLVED = createStructType(Stream.concat(Stream.of(STARTS_SCHEMA.fields()),
            Stream.of(createStructField("trajectory", createArrayType(STEP, false), false))).toArray(StructField[]::new));

    private SearchTables() {
    }

    /**
     * Refuses, before anything is changed, to complete a search whose starts files hold {@code d}: they were written
     * before {@code d} moved to the directory names only, and new files beside them would make one table of two layouts.
     */
    static void requireCurrentLayout(SparkSession spark, SweepLayout layout) throws IOException {
        FileStatus[] files = layout.fs().globStatus(new Path(layout.tableRoot(STARTS), "d=*/part-*.parquet"));
        if (files != null && files.length > 0 && List.of(spark.read().parquet(files[0].getPath().toString()).columns()).contains("d")) {
            throw new SpecMismatchException("output " + layout.root() + " holds search " + layout.sweep() + " in an earlier layout: its"
                    + " starts files repeat the partition column d (" + files[0].getPath() + "), and this version writes d in the"
                    + " directory names only: rerun with --overwrite to search again, or choose another --output");
        }
    }
}
