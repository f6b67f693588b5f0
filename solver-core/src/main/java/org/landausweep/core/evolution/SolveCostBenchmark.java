package org.landausweep.core.evolution;

import java.util.Arrays;
import java.util.Locale;
import org.landausweep.core.data.GaussianMixture;
import org.landausweep.core.data.MixtureGenerator;
import org.landausweep.core.data.MixtureSamplingSpec;

/**
 * A benchmark, not a test: in one JVM, the driver's cost prediction ({@link SolveCost#truncationDegree}) of RUNS
 * benchmark mixtures at λmax = 1 + a (d - 1), from the closed-form energies per degree, against the degree read from
 * the squared coefficients as it was ({@link Truncation}), alternating, ROUNDS rounds. Prints each time, the ratio
 * of the medians and in how many runs the two degrees differ (they must not: the deal would change).
 *
 * <p>Usage: {@code SolveCostBenchmark D A RUNS [ROUNDS]} (d, anisotropy a in [0, 1), runs; rounds default 3).
 */
public final class SolveCostBenchmark {

    private SolveCostBenchmark() {
    }

    public static void main(String[] args) {
        int d = Integer.parseInt(args[0]);
        double a = Double.parseDouble(args[1]);
        int runs = Integer.parseInt(args[2]);
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        MixtureSamplingSpec spec = MixtureSamplingSpec.benchmark(d).withLambdaMaxTarget(a == 0 ? null : 1 + a * (d - 1));
        GaussianMixture[] data = new GaussianMixture[runs];
        for (int i = 0; i < runs; i++) {
            data[i] = MixtureGenerator.generate(spec, 20261202, i);
        }
        SolverSettings settings = SolverSettings.defaults(d);
        double[] before = new double[rounds];
        double[] after = new double[rounds];
        int[] coefficients = new int[runs];
        int[] closed = new int[runs];
        for (int r = 0; r < rounds; r++) {
            long started = System.nanoTime();
            for (int i = 0; i < runs; i++) {
                coefficients[i] = Truncation.of(data[i], data[i].e0Closed(), settings).degree();
            }
            before[r] = (System.nanoTime() - started) * 1e-9;
            started = System.nanoTime();
            for (int i = 0; i < runs; i++) {
                closed[i] = SolveCost.truncationDegree(data[i], settings);
            }
            after[r] = (System.nanoTime() - started) * 1e-9;
            System.out.printf(Locale.ROOT, "round %d: squared coefficients %.3f s, closed-form energies %.3f s%n", r + 1, before[r], after[r]);
        }
        long differ = java.util.stream.IntStream.range(0, runs).filter(i -> coefficients[i] != closed[i]).count();
        System.out.printf(Locale.ROOT, "d = %d, a = %.2f, %d runs (N %d-%d, N_max %d): coefficients / closed form %.1f (medians of %d rounds);"
                        + " degrees differ in %d runs%n", d, a, runs, Arrays.stream(coefficients).min().orElse(0),
                Arrays.stream(coefficients).max().orElse(0), settings.nMax(), median(before) / median(after), rounds, differ);
    }

    private static double median(double[] x) {
        double[] s = x.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
