package org.landausweep.core.search;

/**
 * A synthetic fitness with a known maximum, to test the search machinery without solves:
 * f(x) = -Σ_i (x_i - c)^2, whose maximum 0 is at x = (c, ..., c). Its points are DECIDED without an
 * evaluation.
 *
 * @param centre c
 */
public record PlantedFitness(double centre) implements SearchFitness {
    /** The known maximum of f. */
    public static final double MAXIMUM = 0;

    @Override
    public SearchPoint at(double[] x) {
        double s = 0;
        for (double xi : x) {
            s += (xi - centre) * (xi - centre);
        }
        return new SearchPoint(x, -s, SearchPoint.Kind.DECIDED, null);
    }
}
