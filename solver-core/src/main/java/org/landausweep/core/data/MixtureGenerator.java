package org.landausweep.core.data;

import java.util.SplittableRandom;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.landausweep.core.numerics.SecondMoments;

/**
 * Draws random anisotropic Gaussian mixtures as described by {@link MixtureSamplingSpec}.
 * A run's randomness comes from (seed, run index) only, so a datum does not depend on the order,
 * the partition or the JVM in which runs are made.
 */
public final class MixtureGenerator {
    /** Inadmissible draws (a normalized covariance not below 2 Id) are redrawn at most this often. */
    public static final int MAX_ATTEMPTS = 100;
    /**
     * Draws outside {@code componentVariance} are redrawn, with the inadmissible ones, at most this often
     * in all: narrow bounds reject most draws, and a draw costs microseconds.
     */
    public static final int MAX_BOUNDED_ATTEMPTS = 10_000;

    private MixtureGenerator() {
    }

    /**
     * The normalized mixture of run {@code runIndex} of a sweep with this seed: the first draw of the
     * run's stream that is admissible and, when the spec bounds them, has every normalized component
     * variance within {@code componentVariance}.
     */
    public static GaussianMixture generate(MixtureSamplingSpec spec, long seed, long runIndex) {
        spec.validate();
        SplittableRandom rng = new SplittableRandom(streamSeed(seed, runIndex));
        MixtureSamplingSpec.VarianceBounds bounds = spec.componentVariance();
        int attempts = bounds == null ? MAX_ATTEMPTS : MAX_BOUNDED_ATTEMPTS;
        InvalidInputException last = null;
        int outOfBounds = 0;
        for (int attempt = 0; attempt < attempts; attempt++) {
            try {
                GaussianMixture mixture = draw(spec, rng);
                if (bounds == null || bounds.contain(mixture)) {
                    return mixture;
                }
                outOfBounds++;
            } catch (InvalidInputException e) {
                last = e;
            }
        }
        if (bounds != null) {
            throw new InvalidInputException("componentVariance", bounds, "no mixture with every normalized component variance in "
                    + bounds + " in " + attempts + " draws (" + outOfBounds + " out of bounds, the others inadmissible);"
                    + " widen the bounds or covarianceEigenvalues");
        }
        throw new InvalidInputException("lambdaMaxTarget", spec.lambdaMaxTarget(),
                "no admissible mixture in " + MAX_ATTEMPTS + " draws (last: " + last.getMessage() + ")");
    }


    /** SplitMix64 finalizer over (seed, run index): independent streams for neighbouring runs. */
    public static long streamSeed(long seed, long runIndex) {
        return mix(mix(seed) ^ (runIndex * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static GaussianMixture draw(MixtureSamplingSpec spec, SplittableRandom rng) {
        int d = spec.d();
        int count = spec.minComponents() + rng.nextInt(spec.maxComponents() - spec.minComponents() + 1);
        double[] direction = unitVector(d, rng);
        double[] weights = new double[count];
        double[][] means = new double[count][d];
        double[][][] covariances = new double[count][][];
        for (int k = 0; k < count; k++) {
            weights[k] = uniform(rng, spec.weightMin(), spec.weightMax());
            double along = spec.meanSpread() * gaussian(rng);
            for (int i = 0; i < d; i++) {
                means[k][i] = along * direction[i] + spec.meanJitter() * gaussian(rng);
            }
            double[] eig = new double[d];
            for (int i = 0; i < d; i++) {
                eig[i] = uniform(rng, spec.covEigMin(), spec.covEigMax());
            }
            RealMatrix diag = MatrixUtils.createRealDiagonalMatrix(eig);
            RealMatrix r = spec.randomRotations() ? randomRotation(d, rng) : MatrixUtils.createRealIdentityMatrix(d);
            RealMatrix c = r.multiply(diag).multiplyTransposed(r);
            // R D R^T is symmetric only to rounding; symmetric eigensolvers downstream require it exactly
            covariances[k] = SecondMoments.symmetrized(c).getData();
        }
        if (spec.lambdaMaxTarget() != null) {
            stretchToLambdaMax(weights, means, covariances, spec.lambdaMaxTarget());
        }
        return GaussianMixture.normalize(d, weights, means, covariances);
    }

    /**
     * Applies the linear map S = U diag(s) U^T (U: principal axes of the normalized P) so that the
     * normalized second moments become U diag(λ') U^T with λ'_1 = target and the other eigenvalues
     * water-filled: λ'_i = min(c λ_i, target) with c fixed by Σ λ' = d.
     */
    private static void stretchToLambdaMax(double[] weights, double[][] means, double[][][] covariances, double target) {
        int d = means[0].length;
        double total = 0;
        double[] centre = new double[d];
        for (int k = 0; k < weights.length; k++) {
            total += weights[k];
            for (int i = 0; i < d; i++) {
                centre[i] += weights[k] * means[k][i];
            }
        }
        double[][] p = new double[d][d];
        for (int k = 0; k < weights.length; k++) {
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    double mi = means[k][i] - centre[i] / total;
                    double mj = means[k][j] - centre[j] / total;
                    p[i][j] += weights[k] / total * (covariances[k][i][j] + mi * mj);
                }
            }
        }
        RealMatrix pm = MatrixUtils.createRealMatrix(p);
        double trace = pm.getTrace();
        EigenDecompositionSymmetric eig = new EigenDecompositionSymmetric(pm.scalarMultiply(d / trace));
        double[] lambda = eig.getEigenvalues(); // descending
        double[] target2 = new double[d];
        target2[0] = target;
        double lo = 0;
        double hi = target / Math.max(lambda[d - 1], 1e-300) + 1;
        for (int it = 0; it < 200; it++) {
            double c = 0.5 * (lo + hi);
            double sum = 0;
            for (int i = 1; i < d; i++) {
                sum += Math.min(c * lambda[i], target);
            }
            if (sum < d - target) {
                lo = c;
            } else {
                hi = c;
            }
        }
        for (int i = 1; i < d; i++) {
            target2[i] = Math.min(0.5 * (lo + hi) * lambda[i], target);
        }
        double[] s = new double[d];
        for (int i = 0; i < d; i++) {
            s[i] = Math.sqrt(target2[i] / lambda[i]);
        }
        RealMatrix u = eig.getV();
        RealMatrix stretch = u.multiply(MatrixUtils.createRealDiagonalMatrix(s)).multiplyTransposed(u);
        for (int k = 0; k < weights.length; k++) {
            means[k] = stretch.operate(means[k]);
            covariances[k] = stretch.multiply(MatrixUtils.createRealMatrix(covariances[k])).multiply(stretch).getData();
        }
    }

    private static double[] unitVector(int d, SplittableRandom rng) {
        double[] e = new double[d];
        double norm = 0;
        while (norm < 1e-12) {
            norm = 0;
            for (int i = 0; i < d; i++) {
                e[i] = gaussian(rng);
                norm += e[i] * e[i];
            }
        }
        norm = Math.sqrt(norm);
        for (int i = 0; i < d; i++) {
            e[i] /= norm;
        }
        return e;
    }

    /** A Haar-distributed orthogonal matrix: Q of the QR factorization of a Gaussian matrix, with R's diagonal made positive. */
    private static RealMatrix randomRotation(int d, SplittableRandom rng) {
        double[][] g = new double[d][d];
        for (double[] row : g) {
            for (int j = 0; j < d; j++) {
                row[j] = gaussian(rng);
            }
        }
        QRDecomposition qr = new QRDecomposition(MatrixUtils.createRealMatrix(g));
        RealMatrix q = qr.getQ();
        RealMatrix r = qr.getR();
        for (int j = 0; j < d; j++) {
            if (r.getEntry(j, j) < 0) {
                for (int i = 0; i < d; i++) {
                    q.setEntry(i, j, -q.getEntry(i, j));
                }
            }
        }
        return q;
    }

    private static double uniform(SplittableRandom rng, double lo, double hi) {
        return hi > lo ? lo + (hi - lo) * rng.nextDouble() : lo;
    }

    /** Standard normal by Box–Muller, from the run's own stream only. */
    private static double gaussian(SplittableRandom rng) {
        double u = 1 - rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextDouble());
    }
}
