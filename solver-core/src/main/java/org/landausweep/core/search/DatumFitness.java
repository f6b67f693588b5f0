package org.landausweep.core.search;

import java.util.function.Function;
import org.landausweep.core.data.GaussianMixture;
import org.landausweep.core.data.InvalidInputException;

/**
 * The fitness of coordinates x for one objective: decode the mixture, check admissibility and the
 * constraints, solve, and read the objective from a decided solve; otherwise a {@link SearchPoint.Kind}
 * penalty that ranks the point below every decided one.
 *
 * @param coordinates how x encodes a mixture
 * @param constraints the λmax band and component-variance bounds
 * @param objective   what is maximized
 * @param solver      the solve of a datum; returns null when the solve failed numerically
 */
public record DatumFitness(MixtureCoordinates coordinates, SearchConstraints constraints, SearchObjective objective,
                           Function<GaussianMixture, Evaluation> solver) implements SearchFitness {

    @Override
    public SearchPoint at(double[] x) {
        GaussianMixture datum;
        try {
            datum = coordinates.decode(x);
        } catch (InvalidInputException inadmissible) {
            return new SearchPoint(x, SearchPoint.Kind.INADMISSIBLE.penalty(0), SearchPoint.Kind.INADMISSIBLE, null);
        }
        double excess = constraints.violation(datum);
        if (excess > 0) {
            return new SearchPoint(x, SearchPoint.Kind.CONSTRAINED.penalty(excess), SearchPoint.Kind.CONSTRAINED, null);
        }
        Evaluation e = solver.apply(datum);
        if (e == null) {
            return new SearchPoint(x, SearchPoint.Kind.FAILED.penalty(0), SearchPoint.Kind.FAILED, null);
        }
        if (!e.decided()) {
            return new SearchPoint(x, SearchPoint.Kind.UNDECIDED.penalty(0), SearchPoint.Kind.UNDECIDED, e);
        }
        return new SearchPoint(x, objective.value(e), SearchPoint.Kind.DECIDED, e);
    }
}
