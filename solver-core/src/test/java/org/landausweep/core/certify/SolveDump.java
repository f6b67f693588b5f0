package org.landausweep.core.certify;

import org.landausweep.core.data.GaussianMixture;
import org.landausweep.core.data.MixtureGenerator;
import org.landausweep.core.data.MixtureSamplingSpec;
import org.landausweep.core.evolution.LandauSolver;
import org.landausweep.core.evolution.SolverSettings;
import org.landausweep.core.io.SolveResultJson;

/**
 * One JSON line per product solve (default settings) on 52 fixed data: per d = 2, 3 the bench data (seed 1, runs 0-9),
 * {@link HardData} (seed 20261202: 10 in d = 2, 4 in d = 3) and 3 runs at each of three λmax. Run from two builds and
 * compared field by field (wall_seconds aside), it shows that a change kept every number of the certificate. A tool, not a
 * test (BENCHMARKS.md, "Degree norms and ill-conditioned rows batched over times").
 *
 * <p>Usage: {@code java -cp solver-core/target/classes:solver-core/target/test-classes:CP org.landausweep.core.certify.SolveDump}
 */
public final class SolveDump {
    private SolveDump() {
    }

    public static void main(String[] args) {
        for (int d = 2; d <= 3; d++) {
            for (int run = 0; run < 10; run++) {
                print(MixtureGenerator.generate(MixtureSamplingSpec.benchmark(d), 1, run));
            }
            for (int run = 0; run < (d == 2 ? 10 : 4); run++) {
                print(HardData.datum(d, 20261202, run));
            }
            for (double lambdaMax : d == 2 ? new double[] {1.3, 1.6, 1.8} : new double[] {1.5, 2.0, 2.4}) {
                for (int run = 0; run < 3; run++) {
                    print(MixtureGenerator.generate(MixtureSamplingSpec.benchmark(d).withLambdaMaxTarget(lambdaMax), 7, run));
                }
            }
        }
    }

    private static void print(GaussianMixture datum) {
        System.out.println(SolveResultJson.toJsonString(LandauSolver.solve(datum, SolverSettings.defaults(datum.d()))));
    }
}
