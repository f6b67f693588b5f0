package org.landausweep.core.search;

import java.util.List;

/**
 * What one start of a search found.
 *
 * @param start       the evaluated start point
 * @param best        the best point evaluated
 * @param evaluations how many points were evaluated, the start included
 * @param stop        why the search stopped: "converged" (CMA-ES's own criteria) or "budget"
 * @param trajectory  every improvement of the best fitness, in order
 */
public record StartOutcome(SearchPoint start, SearchPoint best, int evaluations, String stop, List<Step> trajectory) {

    /**
     * One improvement.
     *
     * @param evaluation the index (from 1) of the evaluation that improved the best
     * @param fitness    the new best fitness
     * @param kind       its kind
     */
    public record Step(int evaluation, double fitness, SearchPoint.Kind kind) {
    }
}
