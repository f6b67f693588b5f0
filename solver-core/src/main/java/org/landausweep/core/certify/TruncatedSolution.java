package org.landausweep.core.certify;

import org.landausweep.core.diagnostics.EnergyCurve;

/**
 * The exact solution of the coefficient hierarchy truncated at degree N (closed: the kept coefficients
 * are those of the true solution), as far as certification reads it: E_N(t), E_N'(t) and the norms
 * r_n(t) = ||a_n(t)|| of single degrees, at any t >= 0.
 */
interface TruncatedSolution extends EnergyCurve {

    /** The truncation degree N. */
    int degree();

    /** r_n(t) = ||a_n(t)||, for 0 <= n <= N. */
    double degreeNorm(int n, double t);

    /**
     * Computes r_n(t) ahead for from <= n <= to at each of {@code times} (increasing), so that {@link #degreeNorm} there returns
     * at once and the same value; nothing for an engine that computes every r_n at each time it visits.
     */
    default void degreeNormsAhead(int from, int to, double[] times) {
    }

    /** A bound of the error of the computed coefficient vector at t (0 for the exact solver). */
    default double coefficientError(double t) {
        return 0;
    }
}
