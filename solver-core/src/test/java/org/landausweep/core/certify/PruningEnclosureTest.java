package org.landausweep.core.certify;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.landausweep.core.data.GaussianMixture;
import org.landausweep.core.evolution.LandauSolver;
import org.landausweep.core.evolution.SolveResult;
import org.landausweep.core.evolution.SolverSettings;
import org.landausweep.core.numerics.SecondMoments;

/**
 * The enclosure of data whose E(0) is astronomically large (a light component far out: E(0) from 1e17 to 1e145), against
 * an exact lower bound of E that shares no code with the solver: the degree-2 energy
 * <pre>
 *   E(t) >= ||a_2(t)||^2 = ||P(t) - Id||_F^2 / 2 = Σ_i (λ_i^in - 1)^2 e^{-8dt} / 2,
 * </pre>
 * since a_2 holds (P - Id)/sqrt(2) on the diagonal and P_ij off it, and P(t) - Id = (P_in - Id) e^{-4dt} (MATH.md).
 *
 * <p>The exponential-sum solver prunes terms below 1e-20 sqrt(E(0)). For E(0) above about 1e40 that prunes the whole
 * degree 2 (amplitudes of order 1). Before the pruning's error entered the enclosure ({@link ModalSolution}), this test
 * failed on the code of 19c4bf6: E_upper fell below this bound (E(0) = 6e58 in d = 2 at t = 3.3, 1.2e66 in d = 3 at t = 1.45),
 * and the four largest data ended in an exception ("empty interval [NaN, Infinity]") instead of a status.
 */
class PruningEnclosureTest {

    @ParameterizedTest(name = "d = {0}, far mean {1}")
    @CsvSource({"2, 10", "2, 20", "2, 25", "2, 30", "3, 10", "3, 15", "3, 20", "3, 25", "3, 35"})
    void theEnclosureKeepsTheDegreeTwoEnergyOfAHugeDatum(int d, double far) {
        GaussianMixture datum = farComponent(d, far);
        double[] lambda = SecondMoments.eigenvalues(datum.secondMoments());
        double e2 = 0;
        for (double l : lambda) {
            e2 += (l - 1) * (l - 1) / 2;
        }
        // degree 24: the failure needs no more, and the test stays cheap
        SolveResult result = LandauSolver.solve(datum, SolverSettings.defaults(d).withNMax(24));
        Certificate c = result.hermite().certificate();
        for (double t : result.samples().times()) {
            double exact = e2 * Math.exp(-8.0 * d * t);
            Interval e = c.enclosureAt(t);
            assertTrue(e.hi() >= exact * (1 - 1e-12), "E(0) = " + datum.e0Closed() + ": E_upper(" + t + ") = " + e.hi() + " < E_2 = " + exact);
        }
    }

    /** 0.998 N(0, Id) + 0.002 N(far e_1, 0.05 Id), normalized. */
    private static GaussianMixture farComponent(int d, double far) {
        double[][] means = new double[2][d];
        means[1][0] = far;
        double[][][] cov = new double[2][d][d];
        for (int i = 0; i < d; i++) {
            cov[0][i][i] = 1;
            cov[1][i][i] = 0.05;
        }
        return GaussianMixture.normalize(d, new double[] {0.998, 0.002}, means, cov);
    }
}
