package org.landausweep.core.numerics;

import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;

/**
 * The small linear algebra of second-moment matrices, written once: symmetrization, the eigenvalues of
 * P_in, and the closed form P(t) = Id + e^{-4dt}(P_in - Id) (MATH.md eq. (5)) with the error of a
 * computed P(t) against it.
 */
public final class SecondMoments {
    /** Relative accuracy asked of the symmetric eigensolver. */
    private static final double EIGEN_EPSILON = 1e-12;

    private SecondMoments() {
    }

    /** (A + Aᵀ)/2: a matrix that is symmetric only to rounding made exactly symmetric (symmetric eigensolvers require it). */
    public static RealMatrix symmetrized(RealMatrix a) {
        return a.add(a.transpose()).scalarMultiply(0.5);
    }

    /** (A + Aᵀ)/2 of a d×d array, as a new array. */
    public static double[][] symmetrized(double[][] a) {
        return symmetrized(MatrixUtils.createRealMatrix(a)).getData();
    }

    /** (A + Aᵀ)/2 of the g×g row-major matrix {@code a}, in place; returns {@code a}. */
    public static double[] symmetrizeInPlace(double[] a, int g) {
        for (int i = 0; i < g; i++) {
            for (int j = 0; j < i; j++) {
                double m = 0.5 * (a[i * g + j] + a[j * g + i]);
                a[i * g + j] = m;
                a[j * g + i] = m;
            }
        }
        return a;
    }

    /** The eigenvalues of the symmetric matrix {@code p} (e.g. P_in), descending. */
    public static double[] eigenvalues(double[][] p) {
        return eigen(p).getEigenvalues();
    }

    /** The eigen decomposition of the symmetric matrix {@code p}, eigenvalues descending. */
    public static EigenDecompositionSymmetric eigen(double[][] p) {
        return new EigenDecompositionSymmetric(MatrixUtils.createRealMatrix(p), EIGEN_EPSILON, true);
    }

    /** max_ij |P_ij - P(t)_ij| with P(t) = Id + e^{-4dt}(P_in - Id), the closed form (5) of the second moments. */
    public static double errorOf(RealMatrix p, double[][] pIn, double t) {
        int d = pIn.length;
        double decay = Math.exp(-4.0 * d * t);
        double max = 0;
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                double identity = i == j ? 1 : 0;
                max = Math.max(max, Math.abs(p.getEntry(i, j) - (identity + decay * (pIn[i][j] - identity))));
            }
        }
        return max;
    }
}
