package org.landausweep.core.search;

import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.landausweep.core.data.GaussianMixture;

/**
 * Unconstrained coordinates x ∈ R^p of a K-component Gaussian mixture in dimension d, for optimizers
 * that know no constraints: p = K (log-weights) + K d (means) + K d(d+1)/2 (Cholesky factors).
 *
 * <p>Decoding: w_k = exp(x_k) / Σ_j exp(x_j); μ_k read as is; Σ_k = L_k L_k^T with L_k lower triangular,
 * its diagonal stored as logarithms so that L_kk = exp(x) > 0 and Σ_k is positive definite for every x.
 * The raw mixture is then normalized by {@link GaussianMixture#normalize} (unit mass, zero momentum,
 * second moment d), which refuses it when a normalized covariance is not below 2 Id. Encoding is the
 * inverse on raw mixtures, so a start can be any datum of a sweep family.
 *
 * @param d          velocity dimension
 * @param components K
 */
public record MixtureCoordinates(int d, int components) {

    public MixtureCoordinates {
        if (d < 2 || components < 1) {
            throw new IllegalArgumentException("need d >= 2 and at least one component, got d = " + d + ", K = " + components);
        }
    }

    /** p, the number of coordinates. */
    public int dimension() {
        return components * (1 + d + triangle());
    }

    /** The normalized mixture at x; throws InvalidInputException when it is inadmissible. */
    public GaussianMixture decode(double[] x) {
        if (x.length != dimension()) {
            throw new IllegalArgumentException("expected " + dimension() + " coordinates, got " + x.length);
        }
        double[] weights = new double[components];
        double[][] means = new double[components][d];
        double[][][] covariances = new double[components][][];
        double largest = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < components; k++) {
            largest = Math.max(largest, x[k]);
        }
        for (int k = 0; k < components; k++) {
            weights[k] = Math.exp(x[k] - largest);
            System.arraycopy(x, meanOffset(k), means[k], 0, d);
            covariances[k] = gram(x, choleskyOffset(k));
        }
        return GaussianMixture.normalize(d, weights, means, covariances);
    }

    /** Coordinates of a mixture with this d and K (any weights summing to a positive total). */
    public double[] encode(GaussianMixture mixture) {
        if (mixture.d() != d || mixture.componentCount() != components) {
            throw new IllegalArgumentException("mixture has d = " + mixture.d() + ", K = " + mixture.componentCount()
                    + "; coordinates are for d = " + d + ", K = " + components);
        }
        double[] x = new double[dimension()];
        for (int k = 0; k < components; k++) {
            x[k] = Math.log(mixture.weight(k));
            System.arraycopy(mixture.mean(k), 0, x, meanOffset(k), d);
            double[][] l = new CholeskyDecomposition(MatrixUtils.createRealMatrix(mixture.covariance(k))).getL().getData();
            int at = choleskyOffset(k);
            for (int i = 0; i < d; i++) {
                for (int j = 0; j <= i; j++) {
                    x[at++] = i == j ? Math.log(l[i][i]) : l[i][j];
                }
            }
        }
        return x;
    }

    /** L L^T from the packed rows of L (diagonal as logarithms), exactly symmetric. */
    private double[][] gram(double[] x, int at) {
        double[][] l = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                l[i][j] = i == j ? Math.exp(x[at++]) : x[at++];
            }
        }
        double[][] c = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                double s = 0;
                for (int m = 0; m <= j; m++) {
                    s += l[i][m] * l[j][m];
                }
                c[i][j] = s;
                c[j][i] = s;
            }
        }
        return c;
    }

    private int triangle() {
        return d * (d + 1) / 2;
    }

    private int meanOffset(int k) {
        return components + k * d;
    }

    private int choleskyOffset(int k) {
        return components * (1 + d) + k * triangle();
    }
}
