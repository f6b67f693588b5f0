package org.landausweep.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.LongStream;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.landausweep.core.evolution.OperatorCache;

/** The per-executor operator cache metric, in local mode where the only executor is the driver. */
class OperatorCacheMetricTest {
    private static final int TRUNCATION_DEGREE = TableSchemas.SOLVED.fieldIndex("truncation_degree");
    private static final int CERTIFIED_DEGREE = TableSchemas.SOLVED.fieldIndex("certified_degree");

    @Test
    void reportsEachPartitionAndSumsUpPerJvm() {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(SharedSpark.get().sparkContext());
        OperatorCacheMetric metric = OperatorCacheMetric.register(jsc.sc());
        Batch batch = Batch.of(2, 0, TinySweeps.RUNS_D2, 2);
        SolvePartition solve = new SolvePartition(RunSolver.LANDAU, TinySweeps.tiny(), batch.id(), jsc.sc().longAccumulator());
        List<Long> runs = LongStream.range(0, TinySweeps.RUNS_D2).boxed().toList();

        List<Row> rows = jsc.parallelize(runs, 3).mapPartitions(metric.track(solve, batch)).collect();

        List<OperatorCacheMetric.Report> reports = metric.reports();
        assertEquals(3, reports.size(), "one report per partition");
        assertEquals(TinySweeps.RUNS_D2, reports.stream().mapToInt(OperatorCacheMetric.Report::runs).sum());
        int maxDegree = rows.stream().mapToInt(r -> Math.max(r.getInt(TRUNCATION_DEGREE), r.getInt(CERTIFIED_DEGREE))).max().orElseThrow();
        assertEquals(maxDegree, reports.stream().mapToInt(OperatorCacheMetric.Report::maxDegree).max().orElseThrow());
        assertTrue(reports.stream().allMatch(r -> r.executorId().equals("driver") && r.d() == 2 && r.batchId().equals(batch.id())));
        long blocks = OperatorCache.blocksBuilt();
        assertTrue(reports.stream().allMatch(r -> r.blocksBuilt() <= blocks));

        List<String> summary = metric.summary();
        assertEquals(1, summary.size(), "one JVM: " + summary);
        assertTrue(summary.get(0).matches("operator cache: executor driver \\(JVM \\d+@\\S+\\): 3 partitions, "
                + TinySweeps.RUNS_D2 + " runs, \\d+ operator blocks built, largest truncation degree \\d+ \\(d = 2\\)"), summary.get(0));
    }

    @Test
    void distinctBlocksCountsTheClassesOfEachDegree() {
        // d = 2: degree 0 has class 0; every later degree two classes (even: 00 and 11, odd: 01 and 10).
        assertEquals(1, distinctBlocks(2, 0));
        assertEquals(1 + 2 * 30, distinctBlocks(2, 30));
        // d = 3: degrees 0, 1, 2, 3 have 1, 3, 4, 4 classes.
        assertEquals(1 + 3 + 4 + 4, distinctBlocks(3, 3));
    }

    /**
     * The (degree, reflection class) blocks of OperatorCache up to degree n in dimension d: for each degree
     * m, the classes c (bit i = parity of the exponent along axis i) with |c| <= m and |c| = m mod 2. A JVM
     * that builds each block once has built exactly this many for the largest degree it solved.
     */
    static long distinctBlocks(int d, int n) {
        long blocks = 0;
        for (int m = 0; m <= n; m++) {
            for (int c = 0; c < 1 << d; c++) {
                if (Integer.bitCount(c) <= m && Integer.bitCount(c) % 2 == m % 2) {
                    blocks++;
                }
            }
        }
        return blocks;
    }
}
