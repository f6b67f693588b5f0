package org.landausweep.core.certify;

import java.util.List;
import org.landausweep.core.evolution.EnergySeries;
import org.landausweep.core.evolution.ModalExpansion;

/** {@link TruncatedSolution} by the exact exponential-sum solver of the evolution package. Not thread-safe. */
final class ModalSolution implements TruncatedSolution {
    private final ModalExpansion expansion;
    private final EnergySeries energy;
    private final int degree;

    private ModalSolution(ModalExpansion expansion, EnergySeries energy, int degree) {
        this.expansion = expansion;
        this.energy = energy;
        this.degree = degree;
    }

    /** @param coefficients a_n(0), n = 0..N, in the frame where P_in = diag(1 + q) */
    static ModalSolution of(int d, List<double[]> coefficients, double[] q, double e0) {
        ModalExpansion expansion = ModalExpansion.build(d, coefficients, q, e0);
        return new ModalSolution(expansion, expansion.energySeries(e0), coefficients.size() - 1);
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
        energy.evaluate(t, out);
    }
}
