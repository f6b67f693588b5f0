package org.landausweep.core.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LocalSearchTest {
    /** A planted optimum: f(x) = 3 - Σ (x_i - c_i)^2 (1 + i), maximum 3 at c, known in closed form. */
    private static final double[] PLANTED = {0.7, -1.3, 2.1, 0.05, -0.4};

    private static SearchPoint planted(double[] x) {
        double f = 3;
        for (int i = 0; i < x.length; i++) {
            f -= (x[i] - PLANTED[i]) * (x[i] - PLANTED[i]) * (1 + i);
        }
        return new SearchPoint(x, f, SearchPoint.Kind.DECIDED, null);
    }

    @Test
    void findsAPlantedOptimumToItsTolerance() {
        StartOutcome out = new LocalSearch(0.5, 3000, 0).maximize(LocalSearchTest::planted, new double[5], 11);
        assertEquals(3, out.best().fitness(), 1e-8);
        assertArrayEquals(PLANTED, out.best().x(), 1e-4);
        assertTrue(out.evaluations() <= 3000);
    }

    @Test
    void theBudgetIsAHardCapAndTheBestSeenIsKept() {
        StartOutcome out = new LocalSearch(0.5, 40, 0).maximize(LocalSearchTest::planted, new double[5], 11);
        assertEquals(40, out.evaluations());
        assertEquals("budget", out.stop());
        double bestInTrajectory = out.trajectory().get(out.trajectory().size() - 1).fitness();
        assertEquals(bestInTrajectory, out.best().fitness());
        assertTrue(out.best().fitness() >= out.start().fitness());
    }

    @Test
    void theSameSeedGivesTheSameOutcome() {
        LocalSearch search = new LocalSearch(0.5, 200, 0);
        StartOutcome a = search.maximize(LocalSearchTest::planted, new double[5], 5);
        StartOutcome b = search.maximize(LocalSearchTest::planted, new double[5], 5);
        assertArrayEquals(a.best().x(), b.best().x(), 0);
        assertEquals(a.trajectory(), b.trajectory());
    }

    @Test
    void infeasiblePointsRankBelowFeasibleOnesWhateverTheObjective() {
        // Fitness -1e6 everywhere feasible, and feasible only for x_0 > 1: the search must leave the infeasible start.
        SearchFitness fitness = x -> x[0] > 1
                ? new SearchPoint(x, -1e6 - x[1] * x[1], SearchPoint.Kind.DECIDED, null)
                : new SearchPoint(x, SearchPoint.Kind.CONSTRAINED.penalty(1 - x[0]), SearchPoint.Kind.CONSTRAINED, null);
        StartOutcome out = new LocalSearch(0.3, 2000, 0).maximize(fitness, new double[2], 3);
        assertEquals(SearchPoint.Kind.DECIDED, out.best().kind());
        assertEquals(-1e6, out.best().fitness(), 1e-6);
    }
}
