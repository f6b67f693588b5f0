package org.landausweep.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landausweep.core.evolution.OperatorCache;

/** The numbers do not depend on how a batch is partitioned, and executors reuse the JVM's operator cache. */
class SweepPartitionsTest {

    @TempDir
    Path output;

    @Test
    void sameNumbersWithOneThreeAndSevenPartitions() throws IOException {
        Path one = sweep(1);
        long blocks = OperatorCache.blocksBuilt();
        for (int partitions : new int[] {3, 7}) {
            Path other = sweep(partitions);
            assertEquals(runs(one), runs(other), partitions + " partitions");
            assertEquals(timeseries(one), timeseries(other), partitions + " partitions");
        }
        assertEquals(blocks, OperatorCache.blocksBuilt(), "later tasks reuse the operator blocks built by the first ones");
        // With 3 partitions the runs are dealt by cost (CostDeal), yet the file lists them in order.
        List<Long> inFile = SharedSpark.get().read().parquet(output.resolve("p3/runs/sweep=tiny/d=3/part-06-11.parquet").toString())
                .select("run_index").collectAsList().stream().map(row -> row.getLong(0)).toList();
        assertEquals(List.of(6L, 7L, 8L, 9L, 10L, 11L), inFile);
    }

    private Path sweep(int partitions) throws IOException {
        Path dir = output.resolve("p" + partitions);
        TinySweeps.run(dir, TinySweeps.tiny(), SweepOptions.defaults().withPartitions(partitions));
        return dir;
    }

    private static List<Map<String, Object>> runs(Path dir) {
        return values(TinySweeps.table(dir, "runs").orderBy("run_index"));
    }

    private static List<Map<String, Object>> timeseries(Path dir) {
        return values(TinySweeps.table(dir, "timeseries").orderBy("run_index", "t"));
    }

    /** Every value but the solver's wall time, which varies from solve to solve. */
    private static List<Map<String, Object>> values(Dataset<Row> table) {
        return table.collectAsList().stream().map(row -> TableValues.of(row, SweepColumns.NOT_REPRODUCIBLE)).toList();
    }
}
