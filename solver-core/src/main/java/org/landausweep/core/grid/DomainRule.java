package org.landausweep.core.grid;

import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.landausweep.core.data.Bkw;
import org.landausweep.core.data.GaussianMixture;
import org.landausweep.core.data.InitialDatum;
import org.landausweep.core.data.InvalidInputException;
import org.landausweep.core.numerics.SecondMoments;

/**
 * The half-width L of the velocity cube [-L, L]^d for a datum: the smallest L at which everything E(t)
 * integrates, (f/m - 1)^2 m <= 2 f^2/m + 2 m, has fallen below {@code tail} times its peak.
 *
 * <p>Each term is (close to) a Gaussian: m has covariance Id; a mixture component N(μ, Σ) gives
 * f^2/m ∝ N(c, S) with S = (2Σ^{-1} - Id)^{-1} and c = 2 S Σ^{-1} μ (finite exactly when Σ < 2 Id, the
 * admissibility condition); BKW gives f^2/m ∝ (P + Q|v|^2)^2 N(0, K0/(2 - K0) Id). A Gaussian N(c, S)
 * falls to {@code tail} of its peak at |c| + r sqrt(λmax(S)), r = sqrt(2 log(1/tail)), in every direction:
 * the cube must contain that ball, not only its axis extents, because the angular diffusion |v|^2 K(v)
 * carries an elongated tail round to every direction. During the evolution the components relax
 * towards m, whose extent is always included.
 */
final class DomainRule {
    private DomainRule() {
    }

    static double halfWidth(InitialDatum datum, double tail) {
        double r = Math.sqrt(2 * Math.log(1 / tail));
        double width = r; // m itself
        if (datum instanceof GaussianMixture mixture) {
            for (int k = 0; k < mixture.componentCount(); k++) {
                RealMatrix sigma = MatrixUtils.createRealMatrix(mixture.covariance(k));
                double[] mu = mixture.mean(k);
                width = Math.max(width, norm(mu) + r * Math.sqrt(largestEigenvalue(sigma)));
                RealMatrix inverse = MatrixUtils.inverse(sigma);
                RealMatrix s = MatrixUtils.inverse(inverse.scalarMultiply(2).subtract(MatrixUtils.createRealIdentityMatrix(mu.length)));
                double[] centre = s.operate(inverse.operate(mu));
                width = Math.max(width, 2 * norm(centre) + r * Math.sqrt(largestEigenvalue(s)));
            }
        } else if (datum instanceof Bkw bkw) {
            double k0 = bkw.k0();
            // the quartic factor (P + Q|v|^2)^2 shifts the fall-off by about 4 log(r^2) in the exponent
            double polynomial = Math.sqrt(r * r + 4 * Math.log(r * r));
            width = Math.max(width, polynomial * Math.sqrt(k0 / (2 - k0)));
            width = Math.max(width, polynomial * Math.sqrt(k0));
        } else {
            throw new InvalidInputException("family", datum.family(), "the grid solver knows the tails of gaussian-mixture, radial-mixture and bkw only");
        }
        return width;
    }

    private static double largestEigenvalue(RealMatrix m) {
        RealMatrix symmetric = SecondMoments.symmetrized(m); // inverses are symmetric only to rounding
        return new EigenDecompositionSymmetric(symmetric).getEigenvalues()[0];
    }

    private static double norm(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v * v;
        }
        return Math.sqrt(s);
    }
}
