package org.landausweep.core.data;

import org.landausweep.core.numerics.SecondMoments;

/**
 * How a random anisotropic Gaussian mixture is drawn, before normalization.
 *
 * <p>The number of components K is uniform in [minComponents, maxComponents]; weights are uniform
 * in [weightMin, weightMax]; the means are {@code u_k e + j_k}, with e a random unit direction,
 * u_k ~ N(0, meanSpread^2) and j_k ~ N(0, meanJitter^2 Id); each covariance is R diag(σ_1..σ_d) R^T
 * with σ_i uniform in [covEigMin, covEigMax] and R a uniformly random rotation when
 * {@code randomRotations}, the identity otherwise. When {@code lambdaMaxTarget} is not null the raw
 * mixture is stretched along the principal axis of its second-moment matrix so that the normalized
 * datum has exactly that λmax (see {@link MixtureGenerator}). When {@code componentVariance} is not
 * null, a draw is kept only if every eigenvalue of every normalized component covariance Σ_k lies in
 * [min, max]; the others are redrawn from the run's own stream (deterministic rejection).
 *
 * @param d               velocity dimension, at least 2
 * @param minComponents   smallest number of components, at least 1
 * @param maxComponents   largest number of components, at least minComponents
 * @param weightMin       smallest raw weight, positive
 * @param weightMax       largest raw weight, at least weightMin
 * @param meanSpread      standard deviation of the means along the random direction, non-negative
 * @param meanJitter      standard deviation of the isotropic jitter of the means, non-negative
 * @param covEigMin       smallest covariance eigenvalue, positive
 * @param covEigMax       largest covariance eigenvalue, at least covEigMin
 * @param randomRotations whether covariances are randomly rotated
 * @param lambdaMaxTarget target largest eigenvalue of P_in after normalization, in [1, d), or null
 * @param componentVariance bounds on the eigenvalues of the normalized component covariances, within
 *                        (0, 2) (admissibility is Σ_k < 2 Id), or null for none
 */
public record MixtureSamplingSpec(int d, int minComponents, int maxComponents, double weightMin,
                                  double weightMax, double meanSpread, double meanJitter,
                                  double covEigMin, double covEigMax, boolean randomRotations,
                                  Double lambdaMaxTarget, VarianceBounds componentVariance) {

    /**
     * Bounds [min, max] on the eigenvalues of a normalized component covariance, 0 < min <= max < 2.
     *
     * @param min smallest eigenvalue allowed
     * @param max largest eigenvalue allowed
     */
    public record VarianceBounds(double min, double max) implements java.io.Serializable {
        /** Whether every eigenvalue of every normalized component covariance of {@code mixture} lies in [min, max]. */
        public boolean contain(GaussianMixture mixture) {
            for (int k = 0; k < mixture.componentCount(); k++) {
                double[] eig = SecondMoments.eigenvalues(mixture.covariance(k)); // descending
                if (eig[eig.length - 1] < min || eig[0] > max) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String toString() {
            return "[" + min + ", " + max + "]";
        }
    }

    /** The distribution of the solver benchmark (issue: 3 components, spread 1.0, jitter 0.3, eigenvalues in [0.4, 1.4]). */
    public static MixtureSamplingSpec benchmark(int d) {
        return new MixtureSamplingSpec(d, 3, 3, 0.2, 1.2, 1.0, 0.3, 0.4, 1.4, true, null, null);
    }

    /** The same distribution with another target λmax (null for none). */
    public MixtureSamplingSpec withLambdaMaxTarget(Double target) {
        return new MixtureSamplingSpec(d, minComponents, maxComponents, weightMin, weightMax,
                meanSpread, meanJitter, covEigMin, covEigMax, randomRotations, target, componentVariance);
    }

    /** Checks every field; throws {@link InvalidInputException} naming the first bad one. */
    public MixtureSamplingSpec validate() {
        InvalidInputException.require(d >= 2, "d", d, "must be at least 2");
        InvalidInputException.require(minComponents >= 1, "minComponents", minComponents, "must be at least 1");
        InvalidInputException.require(maxComponents >= minComponents, "maxComponents", maxComponents,
                "must be at least minComponents (" + minComponents + ")");
        InvalidInputException.require(maxComponents <= GaussianMixture.MAX_COMPONENTS, "maxComponents", maxComponents,
                "must be at most " + GaussianMixture.MAX_COMPONENTS);
        InvalidInputException.require(weightMin > 0 && Double.isFinite(weightMin), "weightMin", weightMin, "must be positive");
        InvalidInputException.require(weightMax >= weightMin && Double.isFinite(weightMax), "weightMax", weightMax,
                "must be finite and at least weightMin (" + weightMin + ")");
        InvalidInputException.require(meanSpread >= 0 && Double.isFinite(meanSpread), "meanSpread", meanSpread, "must be finite and non-negative");
        InvalidInputException.require(meanJitter >= 0 && Double.isFinite(meanJitter), "meanJitter", meanJitter, "must be finite and non-negative");
        InvalidInputException.require(covEigMin > 0 && Double.isFinite(covEigMin), "covEigMin", covEigMin, "must be positive");
        InvalidInputException.require(covEigMax >= covEigMin && Double.isFinite(covEigMax), "covEigMax", covEigMax,
                "must be finite and at least covEigMin (" + covEigMin + ")");
        if (lambdaMaxTarget != null) {
            InvalidInputException.require(lambdaMaxTarget >= 1 && lambdaMaxTarget < d, "lambdaMaxTarget", lambdaMaxTarget,
                    "must lie in [1, d) since the eigenvalues of P_in are non-negative and sum to d");
        }
        if (componentVariance != null) {
            double min = componentVariance.min();
            double max = componentVariance.max();
            InvalidInputException.require(min > 0 && min <= max && max < GaussianMixture.ADMISSIBILITY_LIMIT,
                    "componentVariance", componentVariance,
                    "must satisfy 0 < min <= max < 2 (a normalized component covariance lies strictly between 0 and 2 Id)");
        }
        return this;
    }
}
