package org.landausweep.core.search;

import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.landausweep.core.data.GaussianMixture;

/**
 * What a searched datum must satisfy besides admissibility (which normalization already enforces):
 * λmax of P_in inside one band, so that a search stays at one anisotropy; optionally the second eigenvalue
 * λ_2 of P_in inside a band too (λ_2 > 1 holds the search where two eigenvalues exceed 1, where the paper's
 * constant is not proved: docs/CERTIFICATION.md §2); and every eigenvalue of every normalized component
 * covariance Σ_k inside [varianceMin, varianceMax] (the sampling knob of the certification issue;
 * varianceMax < 2 keeps a margin from E(0) = ∞).
 *
 * @param lambdaMaxMin    smallest allowed λmax
 * @param lambdaMaxMax    largest allowed λmax
 * @param varianceMin     smallest allowed eigenvalue of a normalized Σ_k
 * @param varianceMax     largest allowed eigenvalue of a normalized Σ_k, below 2
 * @param lambdaSecondMin smallest allowed λ_2 (0: no constraint)
 * @param lambdaSecondMax largest allowed λ_2 (+∞: no constraint)
 */
public record SearchConstraints(double lambdaMaxMin, double lambdaMaxMax, double varianceMin, double varianceMax,
                                double lambdaSecondMin, double lambdaSecondMax) {

    public SearchConstraints {
        if (!(lambdaMaxMin >= 1 && lambdaMaxMax >= lambdaMaxMin && varianceMin > 0 && varianceMax >= varianceMin
                && varianceMax < GaussianMixture.ADMISSIBILITY_LIMIT && lambdaSecondMin >= 0 && lambdaSecondMax >= lambdaSecondMin)) {
            throw new IllegalArgumentException("need 1 <= lambdaMaxMin <= lambdaMaxMax, 0 < varianceMin <= varianceMax < 2 and"
                    + " 0 <= lambdaSecondMin <= lambdaSecondMax, got " + lambdaMaxMin + ", " + lambdaMaxMax + ", " + varianceMin + ", "
                    + varianceMax + ", " + lambdaSecondMin + ", " + lambdaSecondMax);
        }
    }

    /** The constraints without a band on λ_2. */
    public SearchConstraints(double lambdaMaxMin, double lambdaMaxMax, double varianceMin, double varianceMax) {
        this(lambdaMaxMin, lambdaMaxMax, varianceMin, varianceMax, 0, Double.POSITIVE_INFINITY);
    }

    /**
     * How far the datum lies outside the constraints: Σ of the positive parts of (λmax - lambdaMaxMax),
     * (lambdaMaxMin - λmax), (λ_2 - lambdaSecondMax), (lambdaSecondMin - λ_2), (σ - varianceMax) and
     * (varianceMin - σ) over the component eigenvalues σ; 0 exactly when the datum is feasible.
     */
    public double violation(GaussianMixture datum) {
        double[] lambda = eigenvalues(datum.secondMoments());
        double v = outside(lambda[0], lambdaMaxMin, lambdaMaxMax) + outside(lambda[1], lambdaSecondMin, lambdaSecondMax);
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
