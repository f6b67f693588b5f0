package org.landausweep.core.certify;

import org.landausweep.core.data.GaussianMixture;
import org.landausweep.core.data.MixtureGenerator;
import org.landausweep.core.data.MixtureSamplingSpec;
import org.landausweep.core.evolution.LandauSolver;
import org.landausweep.core.evolution.SolveResult;
import org.landausweep.core.evolution.SolverSettings;

/**
 * The product solve's wall time on hard data drawn like theorem1.yaml's top band ({@link HardData} with seed 20261202),
 * or over another band of the anisotropy a, default settings, operator cache warm. Prints each run's status, seconds,
 * certified degree and relative width, then the total. A benchmark, not a test (BENCHMARKS.md, "Hard top-band data").
 *
 * <p>Usage: {@code java -cp solver-core/target/classes:solver-core/target/test-classes:CP
 * org.landausweep.core.certify.HardSolveBenchmark d firstRun runs [aFrom aWidth]} (the band [0.8, 0.8 + 0.15] by default)
 */
public final class HardSolveBenchmark {
    private HardSolveBenchmark() {
    }

    public static void main(String[] args) {
        int d = Integer.parseInt(args[0]);
        int from = Integer.parseInt(args[1]);
        int runs = Integer.parseInt(args[2]);
        // the band's lower end and width (theorem1.yaml's top band, 0.8 + 0.15, by default)
        double aFrom = args.length > 3 ? Double.parseDouble(args[3]) : 0.8;
        double aWidth = args.length > 4 ? Double.parseDouble(args[4]) : 0.15;
        LandauSolver.solve(MixtureGenerator.generate(MixtureSamplingSpec.benchmark(d), 1, 0), SolverSettings.defaults(d));
        double total = 0;
        for (int run = from; run < from + runs; run++) {
            GaussianMixture datum = HardData.inBand(d, 20261202, run, aFrom, aWidth);
            long started = System.nanoTime();
            SolveResult result = LandauSolver.solve(datum, SolverSettings.defaults(d));
            double seconds = (System.nanoTime() - started) * 1e-9;
            total += seconds;
            System.out.printf("run %d %s %.2f s N=%d width %.2e%n", run, result.status(), seconds, result.hermite().certificate().degree(),
                    result.hermite().certificate().maxRelativeWidth());
        }
        System.out.printf("total %.2f s%n", total);
    }
}
