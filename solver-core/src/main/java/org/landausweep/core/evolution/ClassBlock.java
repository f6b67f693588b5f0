package org.landausweep.core.evolution;

/**
 * The Hermite functions of one total degree n and one reflection class c (α_i mod 2 = bit i of c),
 * expressed in the eigenbasis of M0 (the operator of (4) at P = Id). Reflections v_i → -v_i commute
 * with M0 and, once P_in is diagonal, with M1: each class evolves on its own.
 *
 * <p>Column e of {@link #basis} is an eigenvector of M0 with the exact eigenvalue
 * {@code eigenvalue[e] = -(d-1) n - l(l+d-2)} (M0 = Δ_S + (d-1)(Δ - v·∇), with Δ_S the Laplacian on the
 * sphere); the degeneracy of l is split by the Gelfand–Tsetlin chain of angular Casimirs, which makes
 * the couplings sparse. {@code coupling[i]} = V_n^T S_i V_{n-2}, where S_i H_α = -sqrt(α_i(α_i - 1))
 * H_{α-2e_i} is the Hermite matrix of -∂_i^2 read from degree n to degree n - 2; the coefficient
 * equations are dz_n/dt = Λ_n z_n + e^{-4dt} Σ_i (λ_i^in - 1) coupling[i] z_{n-2}.
 */
final class ClassBlock {
    final int degree;
    final int reflectionClass;
    /** Positions, within {@code MultiIndices.degree(n)}, of this block's multi-indices. */
    final int[] hermite;
    /** Row-major size × size: basis[h * size + e] = component of eigenvector e on H_{hermite[h]}. */
    final double[] basis;
    final int[] eigenvalue;
    /** One per velocity axis; null for the lowest degree of the class. */
    final SparseRows[] coupling;

    ClassBlock(int degree, int reflectionClass, int[] hermite, double[] basis, int[] eigenvalue, SparseRows[] coupling) {
        this.degree = degree;
        this.reflectionClass = reflectionClass;
        this.hermite = hermite;
        this.basis = basis;
        this.eigenvalue = eigenvalue;
        this.coupling = coupling;
    }

    int size() {
        return hermite.length;
    }
}
