package org.landausweep.core.data;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.landausweep.core.numerics.SecondMoments;

/**
 * The products of two components of a Gaussian mixture against the Maxwellian m, on which every closed form of
 * the relative L2 norm rests: with N_k = N(μ_k, Σ_k),
 *
 * <pre>
 *   N_k N_l / m = Z_kl · N(ν_kl, Λ^{-1}),   Λ = Σ_k^{-1} + Σ_l^{-1} - Id,   η = Σ_k^{-1} μ_k + Σ_l^{-1} μ_l,   ν_kl = Λ^{-1} η,
 *   Z_kl = (det Σ_k det Σ_l det Λ)^{-1/2} exp(η^T Λ^{-1} η/2 - μ_k^T Σ_k^{-1} μ_k/2 - μ_l^T Σ_l^{-1} μ_l/2),
 * </pre>
 *
 * obtained by completing the square in the exponent -(v-μ_k)^T Σ_k^{-1} (v-μ_k)/2 - (v-μ_l)^T Σ_l^{-1} (v-μ_l)/2 + |v|²/2
 * (MATH.md §4). Λ > 0 for every pair exactly when every Σ_k < 2 Id (admissibility).
 */
final class ComponentPairs {

    /**
     * One pair (k, l).
     *
     * @param weight     w_k w_l
     * @param mass       Z_kl, the integral of N_k N_l / m
     * @param mean       ν_kl
     * @param covariance Λ^{-1}
     * @param scoreK     a_k = Σ_k^{-1} μ_k, so that ∇(N_k/m) = (N_k/m)(a_k - G_k v)
     * @param driftK     G_k = Σ_k^{-1} - Id
     * @param scoreL     a_l
     * @param driftL     G_l
     */
    record Pair(double weight, double mass, double[] mean, double[][] covariance, double[] scoreK, double[][] driftK,
                double[] scoreL, double[][] driftL) {
    }

    private ComponentPairs() {
    }

    /** E(0) = Σ_{k,l} w_k w_l Z_kl - 1 over {@code pairs} (MATH.md §4). */
    static double e0(List<Pair> pairs) {
        double sum = 0;
        for (Pair p : pairs) {
            sum += p.weight() * p.mass();
        }
        return sum - 1;
    }

    /** Every ordered pair (k, l) of {@code f}'s components. */
    static List<Pair> of(GaussianMixture f) {
        int d = f.d();
        int n = f.componentCount();
        RealMatrix[] inv = new RealMatrix[n];
        RealVector[] score = new RealVector[n];
        double[] det = new double[n];
        double[] quad = new double[n];
        for (int k = 0; k < n; k++) {
            CholeskyDecomposition ch = new CholeskyDecomposition(MatrixUtils.createRealMatrix(f.covariance(k)));
            inv[k] = ch.getSolver().getInverse();
            det[k] = ch.getDeterminant();
            score[k] = inv[k].operate(MatrixUtils.createRealVector(f.mean(k)));
            quad[k] = score[k].dotProduct(MatrixUtils.createRealVector(f.mean(k)));
        }
        RealMatrix id = MatrixUtils.createRealIdentityMatrix(d);
        List<Pair> pairs = new ArrayList<>(n * n);
        for (int k = 0; k < n; k++) {
            for (int l = 0; l < n; l++) {
                RealMatrix lambda = SecondMoments.symmetrized(inv[k].add(inv[l]).subtract(id)); // inverses are symmetric only to rounding
                CholeskyDecomposition ch = new CholeskyDecomposition(lambda);
                RealVector eta = score[k].add(score[l]);
                RealVector nu = ch.getSolver().solve(eta);
                double exponent = 0.5 * eta.dotProduct(nu) - 0.5 * quad[k] - 0.5 * quad[l];
                double mass = Math.exp(exponent) / Math.sqrt(det[k] * det[l] * ch.getDeterminant());
                pairs.add(new Pair(f.weight(k) * f.weight(l), mass, nu.toArray(),
                        SecondMoments.symmetrized(ch.getSolver().getInverse()).getData(), score[k].toArray(),
                        inv[k].subtract(id).getData(), score[l].toArray(), inv[l].subtract(id).getData()));
            }
        }
        return pairs;
    }
}
