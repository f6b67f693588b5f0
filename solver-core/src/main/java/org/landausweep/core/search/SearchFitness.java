package org.landausweep.core.search;

/** What a local search maximizes: a point's fitness, and why it has it. */
@FunctionalInterface
public interface SearchFitness {

    /** Evaluates the point x. Must be deterministic: the same x gives the same point. */
    SearchPoint at(double[] x);
}
