package org.landausweep.core.evolution;

import java.util.PrimitiveIterator;
import org.landausweep.core.data.InitialDatum;

/**
 * What a Hermite solve will cost, known at t = 0 before solving. Its truncation degree N is the smallest
 * with E(0) - E_N(0) <= tol E(0), E_N(0) = Σ_{1 <= |α| <= N} a_α² (capped at nMax), as {@link LandauSolver}
 * chooses it ({@link Truncation}); the energy of each degree is rotation invariant, so it is read from the
 * datum's {@link InitialDatum#degreeEnergies} (for a mixture in closed form, without its coefficients) and
 * without the rotation to P_in's frame. The exact solution then has about N^{d+2} terms
 * and squaring it into E(t) costs their square summed over rows (BENCHMARKS.md, "What bounds the cost").
 */
public final class SolveCost {

    private SolveCost() {
    }

    /** The truncation degree N the solve of {@code datum} will use under {@code settings}. */
    public static int truncationDegree(InitialDatum datum, SolverSettings settings) {
        double e0 = datum.e0Closed();
        PrimitiveIterator.OfDouble e = datum.degreeEnergies(settings.nMax());
        e.nextDouble(); // e_0, the mass
        double energy = 0;
        int n = 0;
        while (!Truncation.ends(n, e0, energy, settings)) {
            n++;
            energy += e.nextDouble();
        }
        return n;
    }

    /**
     * The relative cost (N + 1)^{d+2} of a solve of truncation degree N in dimension d: the term count of
     * the exact solution, the factor that ranks runs of one dimension (only ratios within a batch matter).
     */
    public static double relative(int d, int degree) {
        return Math.pow(degree + 1, d + 2);
    }
}
