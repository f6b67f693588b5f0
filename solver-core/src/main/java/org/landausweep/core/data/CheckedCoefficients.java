package org.landausweep.core.data;

import java.util.Locale;

/**
 * A coefficient stream checked degree by degree against energies computed another way: the energy of degree n of the
 * stream, ẽ_n = Σ_{|α| = n} ã_α², must agree with the independent e_n within
 * <pre>
 *   |ẽ_n - e_n| <= 1e-8 e_n + 1e-14 (1 + Σ_{m <= n} s_m),
 * </pre>
 * s_m the sum of the magnitudes of the terms behind e_m (e_m itself when the terms do not cancel), which sets their
 * rounding.
 * or {@link #next} throws. The recursion behind a stream can lose its accuracy at high degree, and nothing downstream
 * would show it (docs/CERTIFICATION.md §6a): a check of the energy cannot see an error orthogonal to a_n smaller than
 * 1e-4 of it, but the errors of an unstable recursion grow by a fixed factor a degree, so they are caught within a few
 * degrees of reaching that size.
 */
final class CheckedCoefficients implements InitialDatum.CoefficientStream {
    /** Relative tolerance on one degree's energy. */
    static final double RELATIVE = 1e-8;
    /** Tolerance relative to 1 + Σ s_m so far (rounding of the sums, degrees of tiny energy). */
    static final double ABSOLUTE = 1e-14;

    private final InitialDatum.CoefficientStream stream;
    private final Reference energies;
    private double summed;
    private int degree;

    /** e_0, e_1, ... of a datum by a method independent of its stream, one per call, with the magnitude s_n of each. */
    interface Reference {
        /** e_n of the next degree n. */
        double next();

        /** s_n >= |e_n|: the sum of the magnitudes of the terms that gave the last e_n. */
        double magnitude();
    }

    /**
     * @param stream   the coefficients
     * @param energies the same datum's degree energies by another method
     */
    CheckedCoefficients(InitialDatum.CoefficientStream stream, Reference energies) {
        this.stream = stream;
        this.energies = energies;
    }

    /**
     * @throws IllegalStateException when this degree's energy disagrees with the independent one; the message names the
     *                               degree and both values
     */
    @Override
    public double[] next() {
        double[] a = stream.next();
        double computed = 0;
        for (double x : a) {
            computed += x * x;
        }
        double expected = energies.next();
        summed += energies.magnitude();
        if (!(Math.abs(computed - expected) <= RELATIVE * expected + ABSOLUTE * (1 + summed))) {
            throw new IllegalStateException(String.format(Locale.ROOT, "the Hermite coefficients of degree %d lost accuracy: their"
                    + " energy is %.10g, the pair series gives %.10g", degree, computed, expected));
        }
        degree++;
        return a;
    }
}
