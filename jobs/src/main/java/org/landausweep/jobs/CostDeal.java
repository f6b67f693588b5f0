package org.landausweep.jobs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.stream.IntStream;
import org.landausweep.core.evolution.SolveCost;
import org.landausweep.core.solver.SolverMethod;
import org.landausweep.sweeps.RunSpec;
import org.landausweep.sweeps.SweepPlan;

/**
 * Deals the runs of a batch over its partitions by their cost predicted at t = 0 ({@link SolveCost}):
 * Graham's longest-processing-time rule (runs in decreasing cost, each to the partition with the least
 * cost so far; the slowest task is within 4/3 of the best possible), and each partition solves its
 * costliest runs first, so that the slow runs start at once and the tasks end together. Ties go by run
 * index, so the deal is a function of the batch alone. The numbers do not depend on it (a run is solved
 * from the spec and its index), only the wall time does.
 */
final class CostDeal {

    private CostDeal() {
    }

    /** The run indices of {@code batch} for each of {@code partitions} tasks, costliest first within each. */
    static List<long[]> of(SweepPlan plan, Batch batch, int partitions) {
        long[] runs = new long[(int) batch.size()];
        double[] cost = new double[runs.length];
        for (int i = 0; i < runs.length; i++) {
            runs[i] = batch.firstRun() + i;
            cost[i] = predicted(plan.run(runs[i]));
        }
        return deal(runs, cost, partitions);
    }

    /** The LPT deal of {@code runs} with costs {@code cost} over {@code partitions} tasks. */
    static List<long[]> deal(long[] runs, double[] cost, int partitions) {
        Integer[] order = IntStream.range(0, runs.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -cost[i]).thenComparingLong(i -> runs[i]));
        // (load, partition): the least loaded first, the lower partition on ties
        PriorityQueue<double[]> loads = new PriorityQueue<>(Comparator.<double[]>comparingDouble(l -> l[0]).thenComparingDouble(l -> l[1]));
        List<List<Long>> dealt = new ArrayList<>();
        for (int p = 0; p < partitions; p++) {
            loads.add(new double[] {0, p});
            dealt.add(new ArrayList<>());
        }
        for (int i : order) {
            double[] least = loads.poll();
            dealt.get((int) least[1]).add(runs[i]);
            least[0] += cost[i];
            loads.add(least);
        }
        return dealt.stream().map(p -> p.stream().mapToLong(Long::longValue).toArray()).toList();
    }

    /**
     * A run's relative cost: (N + 1)^{d+2} for a Hermite solve of truncation degree N; 1 for the other
     * methods and for a datum that cannot be built (it fails at once on the executor).
     */
    static double predicted(RunSpec run) {
        if (run.method() != SolverMethod.HERMITE) {
            return 1;
        }
        try {
            return SolveCost.relative(run.d(), SolveCost.truncationDegree(run.datum(), run.solverSettings()));
        } catch (RuntimeException e) {
            return 1;
        }
    }
}
