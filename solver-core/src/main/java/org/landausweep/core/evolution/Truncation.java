package org.landausweep.core.evolution;

import java.util.ArrayList;
import java.util.List;
import org.landausweep.core.data.InitialDatum;

/**
 * The Hermite coefficients of a datum up to its truncation degree, and what they certify: N is the
 * smallest degree (at least 2, at most nMax) with E(0) - E_N(0) <= tol E(0), E_N(0) = Σ_{1 <= |α| <= N} a_α².
 * Chosen once here for the solve ({@link LandauSolver}) and for its cost predicted before it ({@link SolveCost}).
 *
 * @param coefficients the blocks a_0, ..., a_N (a_0 = 1 is the mass)
 * @param degree       N
 * @param energy       E_N(0)
 * @param deficit      (E(0) - E_N(0))/E(0)
 * @param met          whether the deficit is within tol
 */
record Truncation(List<double[]> coefficients, int degree, double energy, double deficit, boolean met) {

    /** The truncation of {@code datum}, whose closed-form E(0) is {@code e0}, under {@code settings}. */
    static Truncation of(InitialDatum datum, double e0, SolverSettings settings) {
        InitialDatum.CoefficientStream stream = datum.coefficients();
        List<double[]> coefficients = new ArrayList<>();
        coefficients.add(stream.next());
        double energy = 0;
        int n = 0;
        while (!ends(n, e0, energy, settings)) {
            double[] a = stream.next();
            for (double x : a) {
                energy += x * x;
            }
            coefficients.add(a);
            n++;
        }
        double deficit = (e0 - energy) / e0;
        return new Truncation(List.copyOf(coefficients), n, energy, deficit, deficit <= settings.tol());
    }

    /** Whether the truncation ends at degree n, E_n(0) = {@code energy}: n >= 2, and the tail within tol or n = nMax. */
    static boolean ends(int n, double e0, double energy, SolverSettings settings) {
        return n >= 2 && !(e0 - energy > settings.tol() * e0 && n < settings.nMax());
    }
}
