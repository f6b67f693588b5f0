package org.landausweep.core.certify;

import org.landausweep.core.data.GaussianMixture;

/**
 * High-degree propagation cost: one top-band datum (anisotropy 0.8-0.95) per (d, N), propagated by
 * {@link KrylovSolve} to t = 0.01, 0.05, with the coefficient stream's E_N(0) against the closed-form E(0).
 *
 * <p>Usage: KrylovBenchmark d N [krylovDimension] [run]
 */
public final class KrylovBenchmark {
    private KrylovBenchmark() {
    }

    public static void main(String[] args) {
        int d = Integer.parseInt(args[0]);
        int n = Integer.parseInt(args[1]);
        int m = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        int run = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        GaussianMixture datum = HardData.datum(d, run);
        long started = System.nanoTime();
        KrylovSolve s = KrylovSolve.run(datum, n, new double[] {0.01, 0.05}, m, 1e-10);
        double seconds = (System.nanoTime() - started) * 1e-9;
        double e0 = datum.e0Closed();
        System.out.printf("d=%d N=%d m=%d coefficients=%d E0=%.6g (E0-E_N(0))/E0=%.3g E_N(0.01)=%.6g E_N(0.05)=%.6g r_N(0.05)/sqrt(E)=%.3g steps=%d errorEstimate=%.2g seconds=%.1f%n",
                d, n, m, new HermiteGenerator(d, n, new double[d]).size(), e0, (e0 - s.e0Hermite()) / e0, s.energy()[0], s.energy()[1],
                s.topNorm()[1] / Math.sqrt(s.energy()[1]), s.steps(), s.errorBound(), seconds);
    }
}
