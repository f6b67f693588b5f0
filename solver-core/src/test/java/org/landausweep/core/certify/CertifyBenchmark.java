package org.landausweep.core.certify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.landausweep.core.data.GaussianMixture;
import org.landausweep.core.data.MixtureGenerator;
import org.landausweep.core.data.MixtureSamplingSpec;

/**
 * Benchmark of certified solves on data drawn like sweeps/theorem1.yaml (benchmark mixtures, λmax target
 * 1 + a(d - 1) with a uniform in the band): per (d, band), counts by status, certified violations and
 * bound violations, p50/p99 seconds per run,
 * degrees used and the median relative width. Deterministic (seed, run index).
 *
 * <p>Usage: CertifyBenchmark RUNS_PER_BAND TOL [d[:HIGH_DEGREE][:FIRST_BAND] ...], e.g. {@code 10 1e-6 2 3} or
 * {@code 5 1e-6 2:300:4} (d = 2, Krylov engine up to N = 300, the top band only). The system property
 * {@code certify.layer} (OFF, RETRY, ALWAYS; default RETRY, the product's) sets when the initial layer is used, and
 * {@code certify.earlyPiece} (false, the product's default, or true) whether the early piece of CERTIFICATION.md §3c is.
 */
public final class CertifyBenchmark {
    private static final double[][] BANDS = {{0.0, 0.2}, {0.2, 0.4}, {0.4, 0.6}, {0.6, 0.8}, {0.8, 0.95}};

    private CertifyBenchmark() {
    }

    public static void main(String[] args) {
        int runs = Integer.parseInt(args[0]);
        double tol = Double.parseDouble(args[1]);
        String[] dims = args.length > 2 ? Arrays.copyOfRange(args, 2, args.length) : new String[] {"2", "3"};
        for (String spec : dims) {
            String[] parts = spec.split(":");
            int d = Integer.parseInt(parts[0]);
            CertificationSettings settings = CertificationSettings.defaults(d).withTol(tol)
                    .withInitialLayer(CertificationSettings.Layer.valueOf(System.getProperty("certify.layer", "RETRY")))
                    .withEarlyPiece(Boolean.parseBoolean(System.getProperty("certify.earlyPiece", "false")));
            if (parts.length > 1 && Integer.parseInt(parts[1]) > 0) {
                settings = settings.withHighDegree(Integer.parseInt(parts[1]));
            }
            int firstBand = parts.length > 2 ? Integer.parseInt(parts[2]) : 0;
            CertifiedSolver.solve(datum(d, BANDS[0], 0), settings); // warm the operator cache and the JIT
            for (double[] band : Arrays.copyOfRange(BANDS, firstBand, BANDS.length)) {
                Map<CertificateStatus, Integer> counts = new EnumMap<>(CertificateStatus.class);
                List<Double> seconds = new ArrayList<>();
                List<Integer> degrees = new ArrayList<>();
                List<Double> widths = new ArrayList<>();
                int failed = 0;
                int violations = 0;
                int boundDisproved = 0;
                long started = System.nanoTime();
                for (int run = 0; run < runs; run++) {
                    long t0 = System.nanoTime();
                    try {
                        Certificate c = CertifiedSolver.solve(datum(d, band, run), settings);
                        counts.merge(c.status(), 1, Integer::sum);
                        degrees.add(c.degree());
                        widths.add(c.maxRelativeWidth());
                        violations += c.violationCertified() ? 1 : 0;
                        boundDisproved += c.boundHolds().verdict() == Verdict.DISPROVED ? 1 : 0;
                    } catch (RuntimeException e) {
                        failed++;
                    }
                    seconds.add((System.nanoTime() - t0) * 1e-9);
                }
                seconds.sort(null);
                degrees.sort(null);
                widths.sort(null);
                System.out.printf("d=%d band=[%.2f,%.2f] runs=%d wall=%.1fs status=%s failed=%d violations=%d boundDisproved=%d p50=%.3fs p99=%.3fs N[min,p50,max]=[%d,%d,%d] width_p50=%.2g%n",
                        d, band[0], band[1], runs, (System.nanoTime() - started) * 1e-9, counts, failed, violations, boundDisproved, pct(seconds, 0.5), pct(seconds, 0.99),
                        degrees.isEmpty() ? 0 : degrees.get(0), degrees.isEmpty() ? 0 : degrees.get(degrees.size() / 2),
                        degrees.isEmpty() ? 0 : degrees.get(degrees.size() - 1), widths.isEmpty() ? Double.NaN : widths.get(widths.size() / 2));
            }
        }
    }

    /** Run {@code run} of the band: anisotropy at the run's quasi-random point of the band, seed of theorem1.yaml. */
    static GaussianMixture datum(int d, double[] band, int run) {
        double a = band[0] + (band[1] - band[0]) * ((run * 0.6180339887 + 0.5) % 1);
        return MixtureGenerator.generate(MixtureSamplingSpec.benchmark(d).withLambdaMaxTarget(1 + a * (d - 1)), 20261125, run);
    }

    private static double pct(List<Double> sorted, double p) {
        return sorted.isEmpty() ? Double.NaN : sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(p * sorted.size())));
    }
}
