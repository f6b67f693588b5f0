package org.landausweep.core.data;

import java.util.PrimitiveIterator;
import java.util.stream.IntStream;
import org.landausweep.core.hermite.MultiIndices;

/**
 * A normalized initial datum f_in of the Landau equation: ∫ f_in (1, v, |v|^2) dv = (1, 0, d),
 * with f_in/m ∈ L2(m). Immutable.
 */
public interface InitialDatum {

    /** Velocity dimension d. */
    int d();

    /** Family name as written in JSON input: gaussian-mixture, radial-mixture, bkw. */
    String family();

    /** Second-moment matrix P_in = ∫ v⊗v f_in dv (eq. (5) at t = 0); its trace is d. */
    double[][] secondMoments();

    /** Closed-form relative L2 norm E(0) = ∫ (f_in/m - 1)^2 m dv (MATH.md §4 and §5). */
    double e0Closed();

    /** The datum f_in(R^T v), for an orthogonal matrix R: its second moments are R P_in R^T. */
    InitialDatum rotated(double[][] r);

    /**
     * The grid solver's extent of this datum: the radius of a ball, centred at 0, outside which f_in^2/m
     * and f_in have fallen below {@code exp(-r^2/2)} of their peaks (each term, close to a Gaussian
     * N(c, S), falls that far at |c| + r sqrt(λmax(S)) in every direction). {@code core.grid.DomainRule}
     * adds m's own extent r.
     */
    double tailRadius(double r);

    /** The density f_in(v). */
    double density(double[] v);

    /**
     * The Hermite coefficients a_α = ∫ f_in H_α dv, one total degree at a time (0, 1, 2, ...),
     * each array in the order of {@link MultiIndices.Degree}.
     */
    CoefficientStream coefficients();

    /**
     * The energy of each total degree, e_n = Σ_{|α| = n} a_α², in order n = 0, ..., maxDegree (e_0 = 1 is the
     * mass, E(0) = Σ_{n >= 1} e_n). It is rotation invariant. This default squares {@link #coefficients()} one
     * degree at a time, as the iterator is read; a family with a cheaper closed form overrides it.
     */
    default PrimitiveIterator.OfDouble degreeEnergies(int maxDegree) {
        CoefficientStream stream = coefficients();
        return IntStream.rangeClosed(0, maxDegree).mapToDouble(n -> {
            double e = 0;
            for (double a : stream.next()) {
                e += a * a;
            }
            return e;
        }).iterator();
    }

    /** Successive degrees of Hermite coefficients. */
    interface CoefficientStream {
        /** The coefficients of the next degree. */
        double[] next();
    }
}
