package org.landausweep.core.certify;

import java.util.Locale;

/**
 * y_N(0)^2 = E(0) - E_N(0) from above, the start of every tail bound (§6): E(0)_hi - E_N(0), where E_N(0) is the summed
 * energy of the coefficients up to N, plus 1e-13 E_N(0) for the rounding of that sum (at most about one ε per term,
 * 1e-13 covers 1e3 ε per term).
 */
final class InitialTail {
    private static final double SUM_ROUNDING = 1e-13;

    private InitialTail() {
    }

    /**
     * @param e0Upper E(0)_hi, the closed-form E(0) rounded up
     * @param energy  E_N(0) = Σ_{1 <= n <= N} Σ_α a_α² as summed
     * @param degree  N, for the message
     * @return max(0, E(0)_hi - E_N(0)) + 1e-13 E_N(0)
     * @throws IllegalStateException when E_N(0) exceeds E(0)_hi by more than its rounding: the coefficients are wrong
     */
    static double squared(double e0Upper, double energy, int degree) {
        double rounding = SUM_ROUNDING * energy;
        if (energy - rounding > e0Upper) {
            throw new IllegalStateException(String.format(Locale.ROOT, "the Hermite coefficients up to degree %d sum to"
                    + " E_N(0) = %.12g, above the closed-form E(0) <= %.12g: they lost accuracy", degree, energy, e0Upper));
        }
        return Math.max(0, e0Upper - energy) + rounding;
    }
}
