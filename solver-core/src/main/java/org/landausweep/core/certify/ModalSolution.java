package org.landausweep.core.certify;

import java.util.Arrays;
import java.util.List;
import org.landausweep.core.diagnostics.Samples;
import org.landausweep.core.evolution.EnergySeries;
import org.landausweep.core.evolution.ModalExpansion;

/** {@link TruncatedSolution} by the exact exponential-sum solver of the evolution package. Not thread-safe. */
final class ModalSolution implements TruncatedSolution {
    private final ModalExpansion expansion;
    private final EnergySeries energy;
    private final int degree;
    /** Values of {@code energy} already computed at some times (null for none). */
    private final Samples known;

    private ModalSolution(ModalExpansion expansion, EnergySeries energy, int degree, Samples known) {
        this.expansion = expansion;
        this.energy = energy;
        this.degree = degree;
        this.known = known;
    }

    /** @param coefficients a_n(0), n = 0..N, in the frame where P_in = diag(1 + q) */
    static ModalSolution of(int d, List<double[]> coefficients, double[] q, double e0) {
        ModalExpansion expansion = ModalExpansion.build(d, coefficients, q, e0);
        return new ModalSolution(expansion, expansion.energySeries(e0), coefficients.size() - 1, null);
    }

    /** The solve's own expansion and series, not rebuilt. */
    static ModalSolution of(SolvedTruncation solved) {
        return new ModalSolution(solved.expansion(), solved.energy(), solved.degree(), solved.samples());
    }

    @Override
    public int degree() {
        return degree;
    }

    @Override
    public double degreeNorm(int n, double t) {
        return expansion.degreeNorm(n, t);
    }

    @Override
    public void evaluate(double t, double[] out) {
        // a hit is the same series at the same t, so the same numbers; a miss (or unsorted times) evaluates
        int k = known == null ? -1 : Arrays.binarySearch(known.times(), t);
        if (k >= 0) {
            out[0] = known.e()[k];
            out[1] = known.dedt()[k];
            return;
        }
        energy.evaluate(t, out);
    }
}
