package org.landausweep.jobs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.SparkEnv;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;
import org.landausweep.core.evolution.OperatorCache;
import org.landausweep.core.evolution.SolveResult;
import org.landausweep.sweeps.RunSpec;
import org.landausweep.sweeps.SpecFormat;
import org.landausweep.sweeps.SweepPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The executor side of a sweep: expands the run indices of one partition into runs, solves them with
 * plain solver-core calls and turns them into rows of {@link TableSchemas#SOLVED}. The solver's operator
 * cache is a JVM-wide static, so it is built once per executor JVM and reused by every later task there.
 */
final class SolvePartition implements FlatMapFunction<Iterator<Long>, Row> {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(SolvePartition.class);

    private final RunSolver solver;
    private final String specText;
    private final SpecFormat specFormat;
    private final String fingerprint;
    private final Provenance build;
    private final String batchId;
    private final LongAccumulator solved;

    /**
     * @param solver  solves one run
     * @param source  the sweep's specification; its text is shipped
     * @param batchId the batch, for the log
     * @param solved  counts the runs solved, one by one, for the driver's progress ({@link RunProgress})
     */
    SolvePartition(RunSolver solver, SweepSource source, String batchId, LongAccumulator solved) {
        this.solver = solver;
        this.specText = source.text();
        this.specFormat = source.format();
        this.fingerprint = source.spec().fingerprint();
        this.build = Provenance.ofThisBuild(); // made on the driver: its version and commit travel with the task
        this.batchId = batchId;
        this.solved = solved;
    }

    @Override
    public Iterator<Row> call(Iterator<Long> runIndices) {
        long started = System.nanoTime();
        SweepPlan plan = ExecutorPlans.of(specText, specFormat, fingerprint);
        List<Row> rows = new ArrayList<>();
        int d = 0; // a batch is of one dimension; for the log (bin/bench-scale reads the d = 3 task times)
        while (runIndices.hasNext()) {
            RunSpec run = plan.run(runIndices.next());
            d = run.d();
            SolveResult result = solver.solveOrFail(run);
            Double crossCheck = RunSolver.crossCheck(run, result);
            rows.add(RunRows.of(run, result, crossCheck, fingerprint, build.solvedAt(Instant.now())));
            solved.add(1);
        }
        // The cache metric tells whether executors reuse the operator blocks across tasks (it should stop growing).
        LOG.info("batch {} (d = {}) partition {} on executor {}: {} runs in {} s; operator blocks built in this JVM: {}, loaded from disk: {}", batchId,
                d, TaskContext.getPartitionId(), SparkEnv.get().executorId(), rows.size(),
                String.format("%.2f", (System.nanoTime() - started) * 1e-9), OperatorCache.blocksBuilt(), OperatorCache.blocksLoaded());
        return rows.iterator();
    }
}
