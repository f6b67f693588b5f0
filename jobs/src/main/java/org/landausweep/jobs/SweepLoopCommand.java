package org.landausweep.jobs;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.landausweep.core.data.InvalidInputException;
import org.landausweep.core.evolution.OperatorCache;
import org.landausweep.sweeps.RunSpec;
import org.landausweep.sweeps.SweepPlan;
import org.landausweep.sweeps.SweepSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code landau sweep-loop SPEC}: solves the runs of a sweep in a plain Java loop in this JVM, without
 * Spark and without writing anything. It is the baseline of the Spark overhead in BENCHMARKS.md: the same
 * runs, the same solver ({@link RunSolver#LANDAU}), the operator cache built once in the JVM.
 */
@Command(name = "sweep-loop", mixinStandardHelpOptions = true,
        description = "Solve a sweep's runs in a plain loop in this JVM (no Spark, no output) and print the wall time and solves/s.")
public final class SweepLoopCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SPEC", description = "The sweep specification (.yaml, .yml or .json).")
    String spec;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1", description = "Solver threads (default ${DEFAULT-VALUE}).")
    int threads;

    @Override
    public Integer call() throws Exception {
        InvalidInputException.require(threads >= 1, "--threads", threads, "must be at least 1");
        SweepSpec sweep = SpecFiles.read(new Path(spec), new Configuration()).spec();
        List<RunSpec> runs = new SweepPlan(sweep).runs();
        long started = System.nanoTime();
        // Threads take the next run as they become free, as Spark tasks would balance uneven solve times.
        AtomicInteger next = new AtomicInteger();
        AtomicLong failed = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            Callable<Void> worker = () -> {
                for (int i = next.getAndIncrement(); i < runs.size(); i = next.getAndIncrement()) {
                    if (RunSolver.LANDAU.solveOrFail(runs.get(i)).failed()) {
                        failed.incrementAndGet();
                    }
                }
                return null;
            };
            for (Future<Void> done : pool.invokeAll(Collections.nCopies(threads, worker))) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        double wall = (System.nanoTime() - started) * 1e-9;
        System.out.println(String.format(Locale.ROOT,
                "sweep-loop %s: %d runs, %d failed, %d threads, wall %.1f s, %.1f solves/s, operator blocks built %d, loaded %d",
                sweep.name(), runs.size(), failed.get(), threads, wall, runs.size() / wall, OperatorCache.blocksBuilt(),
                OperatorCache.blocksLoaded()));
        return 0;
    }
}
