package org.landausweep.core.search;

/**
 * What the search objectives read from one solve of a datum (MATH.md §2), all on [0, T].
 *
 * @param supRate         sup_t E'(t)/E(t)
 * @param rateAt0         E'(0)/E(0)
 * @param latestViolation end of the last interval where E' > 0 (0 if none): t0_empirical
 * @param c0Ratio         c0_empirical / c0_theorem, with c0_empirical = sup_t E(t) e^{2(d-1)t}/E(0)
 * @param boundMargin     min over t > 0 of (bound(t) - E(t))/bound(t)
 * @param rateGap         max over the samples t in (0, T] of E'/E + 2ρ(t), Theorem 1's slack, measured and certified
 * @param rateGapAt0      the same slack at t = 0: E'(0)/E(0) + 2(d - 1 - 2(λmax - 1))
 * @param theoremSupRate  what Theorem 1 allows for sup E'/E: -ρ(0) = -2(d - 1 - 2(λmax - 1))
 * @param t0Theorem       Theorem 1's t0
 * @param horizon         T, the end of the solved interval
 * @param decided         whether the solve certifies these numbers (only decided evaluations count)
 */
public record Evaluation(double supRate, double rateAt0, double latestViolation, double c0Ratio, double boundMargin,
                         RateGap rateGap, RateGap rateGapAt0,
                         double theoremSupRate, double t0Theorem, double horizon,
                         boolean decided) {
}
