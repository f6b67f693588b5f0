package org.landausweep.core.certify;

import org.landausweep.core.data.GaussianMixture;
import org.landausweep.core.data.MixtureGenerator;
import org.landausweep.core.data.MixtureSamplingSpec;
import org.landausweep.core.evolution.LandauSolver;
import org.landausweep.core.evolution.SolveResult;
import org.landausweep.core.evolution.SolverSettings;

/**
 * The product solve's wall time on hard data drawn like theorem1.yaml's top band ({@link HardData} with seed 20261202),
 * default settings, operator cache warm. Prints each run's status, seconds and certified degree, then the total. A
 * benchmark, not a test (BENCHMARKS.md, "Hard top-band data").
 *
 * <p>Usage: {@code java -cp solver-core/target/classes:solver-core/target/test-classes:CP
 * org.landausweep.core.certify.HardSolveBenchmark d firstRun runs}
 */
public final class HardSolveBenchmark {
    private HardSolveBenchmark() {
    }

    public static void main(String[] args) {
        int d = Integer.parseInt(args[0]);
        int from = Integer.parseInt(args[1]);
        int runs = Integer.parseInt(args[2]);
        LandauSolver.solve(MixtureGenerator.generate(MixtureSamplingSpec.benchmark(d), 1, 0), SolverSettings.defaults(d));
        double total = 0;
        for (int run = from; run < from + runs; run++) {
            GaussianMixture datum = HardData.datum(d, 20261202, run);
            long started = System.nanoTime();
            SolveResult result = LandauSolver.solve(datum, SolverSettings.defaults(d));
            double seconds = (System.nanoTime() - started) * 1e-9;
            total += seconds;
            System.out.printf("run %d %s %.2f s N=%d%n", run, result.status(), seconds, result.hermite().certificate().degree());
        }
        System.out.printf("total %.2f s%n", total);
    }
}
