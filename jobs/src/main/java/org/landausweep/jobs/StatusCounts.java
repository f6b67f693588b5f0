package org.landausweep.jobs;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** The closing line of {@code landau sweep}: the committed runs of the sweep counted by status, and where they are. */
final class StatusCounts {

    private StatusCounts() {
    }

    /** {@code sweep quick in /out: 1000 runs committed: 990 CERTIFIED, 8 DECIDED, 2 UNRESOLVED}, statuses in the order of their names. */
    static String line(SparkSession spark, SweepLayout layout) throws IOException {
        String where = "sweep " + layout.sweep() + " in " + layout.root();
        if (!layout.fs().exists(layout.tableRoot(SweepLayout.RUNS))) {
            return where + ": no runs committed yet";
        }
        List<Row> counts = spark.read().parquet(layout.tableRoot(SweepLayout.RUNS).toString())
                .groupBy("status").count().orderBy("status").collectAsList();
        long total = counts.stream().mapToLong(r -> r.getLong(1)).sum();
        return where + ": " + total + " runs committed: "
                + counts.stream().map(r -> r.getLong(1) + " " + r.getString(0)).collect(Collectors.joining(", "));
    }
}
