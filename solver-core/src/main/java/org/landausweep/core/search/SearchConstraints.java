package org.landausweep.core.search;

import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.landausweep.core.data.GaussianMixture;

/**
 * What a searched datum must satisfy besides admissibility (which normalization already enforces):
 * λmax of P_in inside one band, so that a search stays at one anisotropy, and every eigenvalue of every
 * normalized component covariance Σ_k inside [varianceMin, varianceMax] (the sampling knob of the
 * certification issue; varianceMax < 2 keeps a margin from E(0) = ∞).
 *
 * @param lambdaMaxMin smallest allowed λmax
 * @param lambdaMaxMax largest allowed λmax
 * @param varianceMin  smallest allowed eigenvalue of a normalized Σ_k
 * @param varianceMax  largest allowed eigenvalue of a normalized Σ_k, below 2
 */
public record SearchConstraints(double lambdaMaxMin, double lambdaMaxMax, double varianceMin, double varianceMax) {

    public SearchConstraints {
        if (!(lambdaMaxMin >= 1 && lambdaMaxMax >= lambdaMaxMin && varianceMin > 0 && varianceMax >= varianceMin
                && varianceMax < GaussianMixture.ADMISSIBILITY_LIMIT)) {
            throw new IllegalArgumentException("need 1 <= lambdaMaxMin <= lambdaMaxMax and 0 < varianceMin <= varianceMax < 2, got "
                    + lambdaMaxMin + ", " + lambdaMaxMax + ", " + varianceMin + ", " + varianceMax);
        }
    }

    /**
     * How far the datum lies outside the constraints: Σ of the positive parts of (λmax - lambdaMaxMax),
     * (lambdaMaxMin - λmax), (σ - varianceMax) and (varianceMin - σ) over the component eigenvalues σ;
     * 0 exactly when the datum is feasible.
     */
    public double violation(GaussianMixture datum) {
        double[] lambda = eigenvalues(datum.secondMoments());
        double v = outside(lambda[0], lambdaMaxMin, lambdaMaxMax);
        for (int k = 0; k < datum.componentCount(); k++) {
            for (double sigma : eigenvalues(datum.covariance(k))) {
                v += outside(sigma, varianceMin, varianceMax);
            }
        }
        return v;
    }

    private static double outside(double x, double lo, double hi) {
        return Math.max(0, x - hi) + Math.max(0, lo - x);
    }

    /** Descending eigenvalues of a symmetric matrix. */
    private static double[] eigenvalues(double[][] symmetric) {
        return new EigenDecompositionSymmetric(MatrixUtils.createRealMatrix(symmetric)).getEigenvalues();
    }
}
