package org.landausweep.core.search;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;

/**
 * The quantities a counterexample search maximizes, each read from an {@link Evaluation}, with the value
 * Theorem 1 does not allow it to exceed: a found value above {@link #theoremValue} contradicts the theorem.
 */
public enum SearchObjective {
    /** sup_t E'/E; Theorem 1: E'/E <= -ρ(t) <= -ρ(0) = -2(d - 1 - 2(λmax - 1)). */
    MAX_RATE("max_rate", Evaluation::supRate, Evaluation::theoremSupRate),
    /** E'(0)/E(0); Theorem 1: <= -ρ(0). */
    MAX_RATE_AT_0("max_rate_at_0", Evaluation::rateAt0, Evaluation::theoremSupRate),
    /** The end of the last violation; Theorem 1: <= t0_theorem. */
    LATEST_VIOLATION("latest_violation", Evaluation::latestViolation, Evaluation::t0Theorem),
    /** c0_empirical / c0_theorem; Theorem 1: <= 1. */
    MAX_C0_RATIO("max_c0_ratio", Evaluation::c0Ratio, e -> 1.0),
    /** minus the bound margin on t > 0; Theorem 1: <= 0. */
    MIN_BOUND_MARGIN("min_bound_margin", e -> -e.boundMargin(), e -> 0.0),
    /**
     * sup over t in (0, T] of E'/E + 2ρ(t), the slack of the instantaneous bound ({@link RateGap}, measured);
     * Theorem 1: <= 0.
     */
    MAX_RATE_GAP("max_rate_gap", e -> e.rateGap().measured(), e -> 0.0),
    /** E'(0)/E(0) + 2ρ(0), the slack at t = 0 where the theorem allows the most ({@link RateGap}, measured); Theorem 1: <= 0. */
    MAX_RATE_GAP_AT_0("max_rate_gap_at_0", e -> e.rateGapAt0().measured(), e -> 0.0);

    private final String key;
    private final ToDoubleFunction<Evaluation> value;
    private final ToDoubleFunction<Evaluation> theorem;

    SearchObjective(String key, ToDoubleFunction<Evaluation> value, ToDoubleFunction<Evaluation> theorem) {
        this.key = key;
        this.value = value;
        this.theorem = theorem;
    }

    /** The spelling in search files and tables. */
    public String key() {
        return key;
    }

    /** The quantity to maximize. */
    public double value(Evaluation e) {
        return value.applyAsDouble(e);
    }

    /** The largest value Theorem 1 allows for this datum. */
    public double theoremValue(Evaluation e) {
        return theorem.applyAsDouble(e);
    }

    /** The objective spelled {@code key}; IllegalArgumentException listing the valid keys otherwise. */
    public static SearchObjective of(String key) {
        return Arrays.stream(values()).filter(o -> o.key.equals(key)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                "unknown objective '" + key + "': one of " + Arrays.stream(values()).map(SearchObjective::key).toList()));
    }
}
