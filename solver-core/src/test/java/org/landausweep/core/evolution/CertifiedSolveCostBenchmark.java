package org.landausweep.core.evolution;

import org.landausweep.core.data.GaussianMixture;
import org.landausweep.core.data.MixtureGenerator;
import org.landausweep.core.data.MixtureSamplingSpec;

/**
 * What the certificate adds to a Hermite solve, measured inside one JVM so that a shared host's load hits
 * both alike: over the bench's data ({@link MixtureSamplingSpec#benchmark}, seed 1) and settings, cache warm,
 * the certified solve's wall time against the certificate's own. A benchmark, not a test (BENCHMARKS.md).
 *
 * <p>Usage: {@code java -cp solver-core/target/classes:solver-core/target/test-classes:CP
 * org.landausweep.core.evolution.CertifiedSolveCostBenchmark d [runs] [passes]}
 */
public final class CertifiedSolveCostBenchmark {

    private CertifiedSolveCostBenchmark() {
    }

    public static void main(String[] args) {
        int d = Integer.parseInt(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        GaussianMixture[] data = new GaussianMixture[runs];
        for (int k = 0; k < runs; k++) {
            data[k] = MixtureGenerator.generate(MixtureSamplingSpec.benchmark(d), 1, k);
        }
        SolverSettings settings = SolverSettings.defaults(d);
        for (GaussianMixture datum : data) {
            LandauSolver.solve(datum, settings); // builds the operator cache
        }
        for (int pass = 0; pass < passes; pass++) {
            long started = System.nanoTime();
            double certificate = 0;
            long cells = 0;
            long excess = 0;
            for (GaussianMixture datum : data) {
                HermiteReport h = LandauSolver.solve(datum, settings).hermite();
                certificate += h.certificate().seconds();
                cells += h.certificate().gridCells();
                excess += h.certificate().degree() - h.truncationDegree();
            }
            double total = (System.nanoTime() - started) * 1e-9;
            System.out.printf("d = %d, %d runs: certified solves %.2f s, of which certificate %.2f s: certified/uncertified %.2fx;"
                    + " mean grid cells %d, mean degree excess %.1f%n", d, runs, total, certificate, total / (total - certificate),
                    cells / runs, excess / (double) runs);
        }
    }
}
