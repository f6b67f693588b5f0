package org.landausweep.jobs;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.landausweep.sweeps.SpecFormat;
import org.landausweep.sweeps.SweepPlan;
import org.landausweep.sweeps.SweepSpec;

/**
 * A benchmark, not a test (bin/bench-scale): the driver's planning of a sweep of R runs, fresh and resumed.
 * The spec has four cells (d = 2, 3 times two mean spreads); "fresh" parses it and cuts every batch,
 * "resumed" cuts the batches left when every other one is committed. Prints wall seconds and the heap's
 * peak (all heap pools' peak usage, since start); run it under -Xmx512m to check the bound.
 *
 * <p>Usage: {@code PlanningBenchmark RUNS [BATCH_SIZE]}.
 */
public final class PlanningBenchmark {

    private PlanningBenchmark() {
    }

    public static void main(String[] args) {
        long runs = Long.parseLong(args[0]);
        int batchSize = args.length > 1 ? Integer.parseInt(args[1]) : SweepOptions.DEFAULT_BATCH_SIZE;
        String yaml = "name: plan\nseed: 1\nruns: " + runs / 4 + "\nd: [2, 3]\nfamily: random-mixture\n"
                + "sampling:\n  components: [2, 3]\n  anisotropy: [0.0, 0.3]\ngrid:\n  sampling.meanSpread: [0.5, 1.5]\n";
        long started = System.nanoTime();
        SweepPlan plan = new SweepPlan(SweepSpec.parse(yaml, SpecFormat.YAML));
        List<Batch> fresh = BatchPlanner.pending(plan, Set.of(), batchSize);
        double freshSeconds = (System.nanoTime() - started) * 1e-9;

        Set<String> committed = new HashSet<>();
        for (int i = 0; i < fresh.size(); i += 2) {
            committed.add(fresh.get(i).id());
        }
        started = System.nanoTime();
        List<Batch> resumed = BatchPlanner.pending(plan, committed, batchSize);
        double resumedSeconds = (System.nanoTime() - started) * 1e-9;
        long pendingRuns = resumed.stream().mapToLong(Batch::size).sum();
        System.out.printf("planning: %d runs, batch size %d: fresh %d batches in %.3f s; resumed (%d committed) %d batches,"
                + " %d runs, in %.3f s; heap peak %.1f MB (max heap %d MB)%n", plan.runCount(), batchSize, fresh.size(),
                freshSeconds, committed.size(), resumed.size(), pendingRuns, resumedSeconds, heapPeakMb(),
                Runtime.getRuntime().maxMemory() >> 20);
    }

    private static double heapPeakMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / 1048576.0;
    }
}
