package org.landausweep.core.grid;

import java.util.Arrays;
import org.landausweep.core.data.GaussianMixture;
import org.landausweep.core.data.MixtureGenerator;
import org.landausweep.core.data.MixtureSamplingSpec;
import org.landausweep.core.evolution.LandauSolver;
import org.landausweep.core.evolution.SolveResult;
import org.landausweep.core.evolution.SolverSettings;

/**
 * Accuracy per cost of the grid solver beside the Hermite solver, for run 0 of the d = 2 benchmark
 * distribution (seed 1), 41 sample times on [0, 2]. Not a test: a measurement, printed as the Markdown
 * rows of BENCHMARKS.md. Run from the repository root:
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -pl solver-core -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test
 * java -cp solver-core/target/test-classes:solver-core/target/classes:$(cat solver-core/target/test.classpath) org.landausweep.core.grid.GridBenchmark
 * </pre>
 * The Hermite time is the median of 5 solves after a first one that builds the operator cache; the grid
 * solver has no cache, each solve is timed once. The last row combines the 96^2 and 192^2 results by
 * Richardson extrapolation, (4 E_{Δ/2} - E_Δ)/3, which removes the Δ^2 term of the error.
 */
public final class GridBenchmark {
    private static final int[] CELLS = {32, 48, 64, 96, 128, 192};

    private GridBenchmark() {
    }

    public static void main(String[] args) {
        GaussianMixture datum = MixtureGenerator.generate(MixtureSamplingSpec.benchmark(2), 1, 0);
        double[] times = new double[41];
        for (int k = 0; k < times.length; k++) {
            times[k] = 0.05 * k;
        }
        SolverSettings settings = SolverSettings.defaults(2).withTimes(times);
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        SolveResult hermite = LandauSolver.solve(datum, settings);
        double[] seconds = new double[5];
        for (int k = 0; k < seconds.length; k++) {
            seconds[k] = LandauSolver.solve(datum, settings).wallSeconds();
        }
        Arrays.sort(seconds);
        System.out.printf("load average at start: %.1f; first Hermite solve (with cache build) %.3f s%n", load, hermite.wallSeconds());
        System.out.printf("datum: %d components, λ_in = %s, E(0) = %.6g, E(2)/E(0) = %.3g, cube half-width L = %.2f%n", datum.componentCount(),
                Arrays.toString(hermite.datum().lambdaIn()), hermite.datum().e0Closed(), hermite.samples().e(times.length - 1) / hermite.datum().e0Closed(),
                DomainRule.halfWidth(datum, GridSettings.DEFAULT_TAIL));
        System.out.println("| solver | grid | Δ | wall time | time steps | BiCGSTAB iterations | max_t \\|E - E_Hermite\\|/E_Hermite |");
        System.out.println("|---|---|---|---|---|---|---|");
        System.out.printf("| Hermite (exact, N = %d) | - | - | %.4f s | - | - | 0 (reference) |%n", hermite.hermite().truncationDegree(), seconds[2]);
        GridSolveResult[] grids = new GridSolveResult[CELLS.length];
        for (int i = 0; i < CELLS.length; i++) {
            GridSolveResult grid = GridSolver.solve(datum, GridSettings.defaults(2).withCells(CELLS[i]), times);
            grids[i] = grid;
            System.out.printf("| grid | %d^2 | %.3f | %.2f s | %d | %d | %.2e |%n", CELLS[i], grid.spacing(), grid.result().wallSeconds(),
                    grid.result().grid().acceptedSteps(), grid.linearIterations(), CrossCheck.maxRelativeDifference(hermite, grid.result()));
        }
        // CELLS[3] = 96 and CELLS[5] = 192: halving Δ
        SolveResult coarse = grids[3].result();
        SolveResult fine = grids[5].result();
        double worst = 0;
        for (int k = 0; k < times.length; k++) {
            double extrapolated = (4 * fine.samples().e(k) - coarse.samples().e(k)) / 3;
            worst = Math.max(worst, Math.abs(extrapolated - hermite.samples().e(k)) / hermite.samples().e(k));
        }
        System.out.printf("| grid, Richardson | %d^2 and %d^2 | - | %.2f s | - | - | %.2e |%n", CELLS[3], CELLS[5],
                coarse.wallSeconds() + fine.wallSeconds(), worst);
    }
}
