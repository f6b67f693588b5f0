package org.landausweep.jobs.compare;

import org.landausweep.jobs.SharedSpark;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.landausweep.jobs.TableSchemas;

/** Hand-made runs and timeseries tables with their partition columns (sweep, d); unset columns are null. */
final class SyntheticTables {
    static final StructType RUNS = withPartitions(TableSchemas.RUNS);
    static final StructType TIMESERIES = withPartitions(TableSchemas.TIMESERIES);

    private final List<Row> runs = new ArrayList<>();
    private final List<Row> timeseries = new ArrayList<>();

    /** Adds a runs row of sweep {@code sweep} and dimension {@code d} with the given columns. */
    SyntheticTables run(String sweep, int d, Map<String, Object> columns) {
        runs.add(row(RUNS, sweep, d, columns));
        return this;
    }

    /** Adds timeseries rows (t, e_over_e0), or (t, e_over_e0, e_lower, e_upper), of run {@code runId}. */
    SyntheticTables samples(String sweep, int d, String runId, double[][] rows) {
        for (double[] sample : rows) {
            Map<String, Object> columns = new HashMap<>(Map.of("run_id", runId, "t", sample[0], "e_over_e0", sample[1]));
            if (sample.length == 4) {
                columns.put("e_lower", sample[2]);
                columns.put("e_upper", sample[3]);
            }
            timeseries.add(row(TIMESERIES, sweep, d, columns));
        }
        return this;
    }

    Dataset<Row> runs() {
        return SharedSpark.get().createDataFrame(runs, RUNS);
    }

    Dataset<Row> timeseries() {
        return SharedSpark.get().createDataFrame(timeseries, TIMESERIES);
    }

    private static Row row(StructType schema, String sweep, int d, Map<String, Object> columns) {
        Object[] values = new Object[schema.size()];
        columns.forEach((name, value) -> values[schema.fieldIndex(name)] = value);
        values[schema.fieldIndex("sweep")] = sweep;
        values[schema.fieldIndex("d")] = d;
        return RowFactory.create(values);
    }

    private static StructType withPartitions(StructType table) {
        return table.add("sweep", DataTypes.StringType).add("d", DataTypes.IntegerType);
    }
}
