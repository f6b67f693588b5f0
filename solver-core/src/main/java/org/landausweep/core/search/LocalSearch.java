package org.landausweep.core.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.MaxIter;
import org.hipparchus.optim.SimpleBounds;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.hipparchus.random.Well19937c;

/**
 * One local maximization from one start by CMA-ES (Hansen, "The CMA Evolution Strategy: A Tutorial",
 * arXiv:1604.00772; Hipparchus' {@link CMAESOptimizer}), derivative-free and rank-based, so that the
 * penalty tiers of {@link SearchPoint.Kind} order infeasible points below feasible ones without scaling
 * the objective.
 *
 * <p>Everything random comes from {@code seed}: the same (fitness, start, seed) gives the same outcome in
 * any JVM or partition. The evaluation budget is a hard cap: CMA-ES stops when it is spent, and the best
 * point seen so far (not CMA-ES's mean) is reported.
 *
 * @param sigma           initial step size, the same for every coordinate
 * @param maxEvaluations  evaluation budget of one start
 * @param populationSize  offspring per generation, or 0 for CMA-ES's default 4 + ⌊3 ln p⌋
 */
public record LocalSearch(double sigma, int maxEvaluations, int populationSize) {

    public LocalSearch {
        if (!(sigma > 0) || maxEvaluations < 2 || populationSize < 0) {
            throw new IllegalArgumentException("need sigma > 0, maxEvaluations >= 2, populationSize >= 0");
        }
    }

    /** Maximizes {@code fitness} from {@code start}. */
    public StartOutcome maximize(SearchFitness fitness, double[] start, long seed) {
        Recorder recorder = new Recorder(fitness);
        SearchPoint first = recorder.at(start);
        int p = start.length;
        int lambda = populationSize > 0 ? populationSize : 4 + (int) Math.floor(3 * Math.log(p));
        // no extra convergence checker: CMA-ES's own stopping rules (step size, fitness range) apply
        CMAESOptimizer cmaes = new CMAESOptimizer(Integer.MAX_VALUE, 0, true, 0, 0, new Well19937c(seed), false, null);
        double[] sigmas = new double[p];
        Arrays.fill(sigmas, sigma);
        try {
            cmaes.optimize(new MaxEval(maxEvaluations - 1), new MaxIter(Integer.MAX_VALUE),
                    new ObjectiveFunction(x -> recorder.at(x).fitness()), GoalType.MAXIMIZE, new InitialGuess(start),
                    new CMAESOptimizer.Sigma(sigmas), new CMAESOptimizer.PopulationSize(lambda), SimpleBounds.unbounded(p));
        } catch (MathIllegalStateException budgetSpent) {
            // CMA-ES stops by throwing when MaxEval is reached; the best point seen is the result
        }
        String stop = recorder.count >= maxEvaluations ? "budget" : "converged";
        return new StartOutcome(first, recorder.best, recorder.count, stop, List.copyOf(recorder.trajectory));
    }

    /** Counts evaluations and keeps the best point and every improvement of it. */
    private static final class Recorder {
        private final SearchFitness fitness;
        private final List<StartOutcome.Step> trajectory = new ArrayList<>();
        private SearchPoint best;
        private int count;

        Recorder(SearchFitness fitness) {
            this.fitness = fitness;
        }

        SearchPoint at(double[] x) {
            SearchPoint point = fitness.at(x);
            count++;
            if (best == null || point.fitness() > best.fitness()) {
                best = point;
                trajectory.add(new StartOutcome.Step(count, point.fitness(), point.kind()));
            }
            return point;
        }
    }
}
