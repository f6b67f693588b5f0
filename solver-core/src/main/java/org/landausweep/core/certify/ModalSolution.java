package org.landausweep.core.certify;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.stream.IntStream;
import org.landausweep.core.diagnostics.Samples;
import org.landausweep.core.evolution.EnergySeries;
import org.landausweep.core.evolution.ModalExpansion;

/**
 * {@link TruncatedSolution} by the exact exponential-sum solver of the evolution package. Not thread-safe.
 *
 * <p>Its coefficient error is that of the pruning (docs/CERTIFICATION.md §6). The solver leaves out terms below
 * 1e-20 sqrt(E(0)), of summed peaks P ({@link ModalExpansion#prunedPeak}), so the kept terms ã solve the truncated
 * hierarchy a' = M(t)a with the pruned part p left out at each degree: ã_n = w_n - p_n, w_n' = Λ_n w_n + C_n(t)ã_{n-2},
 * w_n(0) = a_n(0). Then e = a - ã solves e' = M e - (p' - Λp), e(0) = p(0), and integrating by parts
 * <pre>
 *   e(t) = p(t) + ∫_0^t U(t, s) C(s) p(s) ds,   ||C(s)|| <= e^{-4ds} c_N,   ||U|| <= A = exp(S0/(4d)),
 * </pre>
 * so ||e(t)|| <= δ = P (1 + A c_N/(4d)) at every t. For data of moderate E(0), δ is far below sqrt(E(t)) on [0, T]; for
 * E(0) of 1e60 and more it is not, and the enclosure widens instead of losing the slow modes (such as degree 2's).
 */
final class ModalSolution implements TruncatedSolution {
    private final ModalExpansion expansion;
    private final EnergySeries energy;
    private final int degree;
    /**
     * (E_N(t), E_N'(t)) already computed, by t: the solve's own samples, then every t evaluated here. The certificate
     * evaluates one degree on the same grid up to four times (coarse then fine cells, without and with the initial
     * layer), and each evaluation of a hard datum's ill-conditioned rows is a pass over their terms.
     */
    private final Map<Double, double[]> values = new HashMap<>();
    /** δ >= ||a(t) - ã(t)||, the pruning's error, at every t. */
    private final double error;
    /** r_n(t) already computed, by t (NaN where not yet). */
    private final Map<Double, double[]> norms = new HashMap<>();

    private ModalSolution(ModalExpansion expansion, EnergySeries energy, int degree, Samples known, double[] q) {
        this.expansion = expansion;
        this.energy = energy;
        this.degree = degree;
        for (int k = 0; known != null && k < known.times().length; k++) {
            values.put(known.times()[k], new double[] {known.e()[k], known.dedt()[k]});
        }
        TailRates rates = TailRates.of(q.length, degree, q);
        this.error = expansion.prunedPeak() * (1 + rates.flowAmplification() * rates.coupling(degree) / (4.0 * q.length));
    }

    /** @param coefficients a_n(0), n = 0..N, in the frame where P_in = diag(1 + q) */
    static ModalSolution of(int d, List<double[]> coefficients, double[] q, double e0) {
        ModalExpansion expansion = ModalExpansion.build(d, coefficients, q, e0);
        return new ModalSolution(expansion, expansion.energySeries(e0), coefficients.size() - 1, null, q);
    }

    /** The solve's own expansion and series, not rebuilt. */
    static ModalSolution of(SolvedTruncation solved) {
        return new ModalSolution(solved.expansion(), solved.energy(), solved.degree(), solved.samples(), solved.q());
    }

    /** δ = P (1 + A c_N/(4d)), constant in t (see the class comment). */
    @Override
    public double coefficientError(double t) {
        return error;
    }

    @Override
    public int degree() {
        return degree;
    }

    /**
     * r_n(t), kept per (t, n): the certificate's evaluations of one degree (with and without the initial layer, coarse then
     * fine cells) visit the same grid times, and each r_n is a pass over all terms of degree n (most of a hard solve's time).
     */
    @Override
    public double degreeNorm(int n, double t) {
        double[] atT = normsAt(t);
        if (Double.isNaN(atT[n])) {
            atT[n] = expansion.degreeNorm(n, t);
        }
        return atT[n];
    }

    /**
     * The (n, t) not yet kept, in one {@link ModalExpansion#degreeNorms} call (a pass over a degree's terms serves several
     * times): the times that miss some degree, and the degrees that some of them miss.
     */
    @Override
    public void degreeNormsAhead(int from, int to, double[] times) {
        double[] missing = Arrays.stream(times).filter(t -> Arrays.stream(normsAt(t), from, to + 1).anyMatch(Double::isNaN)).toArray();
        int[] degrees = IntStream.rangeClosed(from, to)
                .filter(n -> Arrays.stream(missing).anyMatch(t -> Double.isNaN(normsAt(t)[n]))).toArray();
        double[][] r = expansion.degreeNorms(degrees, missing);
        for (int k = 0; k < missing.length; k++) {
            double[] atT = normsAt(missing[k]);
            for (int i = 0; i < degrees.length; i++) {
                if (Double.isNaN(atT[degrees[i]])) {
                    atT[degrees[i]] = r[i][k];
                }
            }
        }
    }

    private double[] normsAt(double t) {
        return norms.computeIfAbsent(t, k -> {
            double[] fresh = new double[degree + 1];
            Arrays.fill(fresh, Double.NaN);
            return fresh;
        });
    }

    /**
     * The values already computed as they are, the other times through the series in one batch (a value is the same series
     * at the same t, so the same numbers whichever way it was computed: {@link EnergySeries#evaluate(double[], double[], double[])}).
     */
    @Override
    public void evaluate(double[] times, double[] e, double[] de) {
        double[] missing = Arrays.stream(times).filter(t -> !values.containsKey(t)).distinct().toArray();
        double[] me = new double[missing.length];
        double[] mde = new double[missing.length];
        energy.evaluate(missing, me, mde);
        for (int i = 0; i < missing.length; i++) {
            values.put(missing[i], new double[] {me[i], mde[i]});
        }
        for (int k = 0; k < times.length; k++) {
            double[] v = values.get(times[k]);
            e[k] = v[0];
            de[k] = v[1];
        }
    }

    @Override
    public void evaluate(double t, double[] out) {
        double[] v = values.get(t);
        if (v == null) {
            energy.evaluate(t, out);
            values.put(t, new double[] {out[0], out[1]});
            return;
        }
        out[0] = v[0];
        out[1] = v[1];
    }
}
