package org.landausweep.jobs;

import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.landausweep.core.columns.Column;
import org.landausweep.core.columns.ColumnType;

/**
 * The Spark schemas of the sweep tables, derived from the column registry {@link SweepColumns}. Both
 * tables are partitioned by {@code sweep} and {@code d}, which live in the directory names only, not in
 * the files. Every column is nullable, so that columns can be added later without rewriting old files.
 */
public final class TableSchemas {
    /** Partition columns of both tables, outermost first. */
    public static final List<String> PARTITION_COLUMNS = SweepColumns.PARTITIONS.stream().map(Column::name).toList();

    /** The per-sample columns, one array per run in {@link #SOLVED}, one value per row in {@link #TIMESERIES}. */
    public static final List<String> SAMPLE_COLUMNS = SweepColumns.SAMPLES.stream().map(Column::name).toList();

    /** The runs table: one row per run. */
    public static final StructType RUNS = schema(SweepColumns.RUNS.stream().map(c -> field(c.name(), c.type())));

    /** What an executor computes per run: the runs columns followed by the sampled curves as arrays. */
    public static final StructType SOLVED = schema(Stream.concat(Stream.of(RUNS.fields()),
            SweepColumns.SAMPLES.stream().map(c -> field(c.name(), ColumnType.DOUBLES))));

    /** The timeseries table: one row per run and sample time. */
    public static final StructType TIMESERIES = schema(SweepColumns.TIMESERIES.stream().map(c -> field(c.name(), c.type())));

    private TableSchemas() {
    }

    /** The Spark SQL type of a column type. */
    static DataType sparkType(ColumnType type) {
        DataType doubles = DataTypes.createArrayType(DataTypes.DoubleType, true);
        return switch (type) {
            case STRING -> DataTypes.StringType;
            case INT -> DataTypes.IntegerType;
            case LONG -> DataTypes.LongType;
            case DOUBLE -> DataTypes.DoubleType;
            case BOOLEAN -> DataTypes.BooleanType;
            case DOUBLES -> doubles;
            case DOUBLE_LISTS -> DataTypes.createArrayType(doubles, true);
            case STRING_MAP -> DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, true);
            case DOUBLES_MAP -> DataTypes.createMapType(DataTypes.StringType, doubles, true);
            case TIMESTAMP -> DataTypes.TimestampType;
        };
    }

    private static StructType schema(Stream<StructField> fields) {
        return new StructType(fields.toArray(StructField[]::new));
    }

    private static StructField field(String name, ColumnType type) {
        return DataTypes.createStructField(name, sparkType(type), true);
    }
}
