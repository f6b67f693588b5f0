package org.landausweep.core.certify;

import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.landausweep.core.data.InitialDatum;

/**
 * A datum in the frame where P_in = diag(1 + q_i) (the equation and E are rotation invariant).
 *
 * @param datum     the rotated datum
 * @param q         λ_i^in - 1, snapped to 0 below rounding of an isotropic P_in
 * @param lambdaMax largest eigenvalue of P_in
 */
record PrincipalFrame(InitialDatum datum, double[] q, double lambdaMax) {
    /** λ_i^in - 1 smaller than this is rounding of an isotropic P_in. */
    private static final double ISOTROPY_SNAP = 1e-14;

    static PrincipalFrame of(InitialDatum datum) {
        int d = datum.d();
        EigenDecompositionSymmetric eig = new EigenDecompositionSymmetric(MatrixUtils.createRealMatrix(datum.secondMoments()), 1e-12, true);
        double[] lambda = eig.getEigenvalues();
        RealMatrix frame = eig.getV().transpose(); // R P_in R^T = diag(λ)
        double[] q = new double[d];
        double lambdaMax = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < d; i++) {
            q[i] = Math.abs(lambda[i] - 1) < ISOTROPY_SNAP ? 0 : lambda[i] - 1;
            lambdaMax = Math.max(lambdaMax, lambda[i]);
        }
        return new PrincipalFrame(datum.rotated(frame.getData()), q, lambdaMax);
    }
}
