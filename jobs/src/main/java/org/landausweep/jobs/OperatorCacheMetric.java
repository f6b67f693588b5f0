package org.landausweep.jobs;

import java.io.Serializable;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.SparkContext;
import org.apache.spark.SparkEnv;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.CollectionAccumulator;
import org.landausweep.core.evolution.OperatorCache;

/**
 * How often the executors built the solver's operator blocks. Each partition of a sweep reports through
 * a Spark accumulator which JVM solved it, that JVM's {@link OperatorCache#blocksBuilt()} afterwards and
 * the largest truncation degree it solved (of the measured curve or the certificate); the driver sums the reports up per executor JVM
 * ({@link #summary()}). The cache is a static of the JVM that only grows degree by degree, so a JVM that
 * reuses it across tasks has built each (d, degree, reflection class) block once: its count is that of
 * the distinct blocks up to the largest degree it solved, however many partitions it ran.
 */
final class OperatorCacheMetric implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The degrees a Hermite run builds operators for: the measured curve's and the certificate's. */
    private static final int[] DEGREES = {TableSchemas.SOLVED.fieldIndex("truncation_degree"), TableSchemas.SOLVED.fieldIndex("certified_degree")};
    /** {@code pid@host} of this JVM. */
    private static final String JVM = ManagementFactory.getRuntimeMXBean().getName();

    /**
     * What one partition reported.
     *
     * @param jvm         {@code pid@host} of the JVM that solved it
     * @param executorId  Spark's executor id ({@code driver} in local mode)
     * @param batchId     the batch
     * @param d           the batch's dimension
     * @param partition   the partition of the batch
     * @param runs        runs solved
     * @param blocksBuilt operator blocks the JVM had built once the partition was solved, over its lifetime
     * @param maxDegree   largest truncation degree of the partition's runs (-1 when all failed)
     */
    record Report(String jvm, String executorId, String batchId, int d, int partition, int runs, long blocksBuilt,
            int maxDegree) implements Serializable {
    }

    private final CollectionAccumulator<Report> reports;

    private OperatorCacheMetric(CollectionAccumulator<Report> reports) {
        this.reports = reports;
    }

    /** A metric registered with {@code spark}, empty. */
    static OperatorCacheMetric register(SparkContext spark) {
        return new OperatorCacheMetric(spark.collectionAccumulator("operator blocks built per executor JVM"));
    }

    /** {@code solve}, reporting each partition it solves (of batch {@code batch}) to this metric. */
    FlatMapFunction<Iterator<Long>, Row> track(FlatMapFunction<Iterator<Long>, Row> solve, Batch batch) {
        return new Tracked(solve, reports, batch.id(), batch.d());
    }

    /** The reports of the partitions solved so far (successful tasks only, as Spark merges them). */
    List<Report> reports() {
        return List.copyOf(reports.value());
    }

    /**
     * One line per executor JVM: {@code operator cache: executor E (JVM pid@host): P partitions, R runs,
     * B operator blocks built, largest truncation degree N (d = D)}.
     */
    List<String> summary() {
        Map<String, List<Report>> byJvm = reports().stream()
                .collect(Collectors.groupingBy(r -> r.executorId() + " " + r.jvm(), TreeMap::new, Collectors.toList()));
        List<String> lines = new ArrayList<>();
        for (List<Report> jvm : byJvm.values()) {
            Map<Integer, Integer> degrees = new TreeMap<>();
            jvm.forEach(r -> degrees.merge(r.d(), r.maxDegree(), Math::max));
            lines.add(String.format("operator cache: executor %s (JVM %s): %d partitions, %d runs, %d operator blocks built,"
                    + " largest truncation degree %s", jvm.get(0).executorId(), jvm.get(0).jvm(), jvm.size(),
                    jvm.stream().mapToLong(Report::runs).sum(), jvm.stream().mapToLong(Report::blocksBuilt).max().orElse(0),
                    degrees.entrySet().stream().map(e -> e.getValue() + " (d = " + e.getKey() + ")").collect(Collectors.joining(", "))));
        }
        return lines;
    }

    /** The executor side: solves a partition, then reports it. */
    private static final class Tracked implements FlatMapFunction<Iterator<Long>, Row> {
        private static final long serialVersionUID = 1L;

        private final FlatMapFunction<Iterator<Long>, Row> solve;
        private final CollectionAccumulator<Report> reports;
        private final String batchId;
        private final int d;

        Tracked(FlatMapFunction<Iterator<Long>, Row> solve, CollectionAccumulator<Report> reports, String batchId, int d) {
            this.solve = solve;
            this.reports = reports;
            this.batchId = batchId;
            this.d = d;
        }

        @Override
        public Iterator<Row> call(Iterator<Long> runIndices) throws Exception {
            List<Row> rows = new ArrayList<>();
            solve.call(runIndices).forEachRemaining(rows::add);
            int maxDegree = -1;
            for (Row row : rows) {
                for (int column : DEGREES) {
                    if (!row.isNullAt(column)) {
                        maxDegree = Math.max(maxDegree, row.getInt(column));
                    }
                }
            }
            reports.add(new Report(JVM, SparkEnv.get().executorId(), batchId, d, TaskContext.getPartitionId(), rows.size(),
                    OperatorCache.blocksBuilt(), maxDegree));
            return rows.iterator();
        }
    }
}
