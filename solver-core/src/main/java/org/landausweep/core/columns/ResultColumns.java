package org.landausweep.core.columns;

import static org.landausweep.core.columns.Column.number;
import static org.landausweep.core.columns.Column.numbers;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.landausweep.core.diagnostics.Diagnostics;
import org.landausweep.core.evolution.SolveResult;

/**
 * The columns read from one {@link SolveResult}: the single declaration of each quantity a solve
 * reports. {@code solve}'s JSON ({@code SolveResultJson}) writes them under these names, and the sweep's
 * {@code runs} and {@code timeseries} tables (jobs' {@code SweepColumns}) store them under the same
 * names; {@code jobs/SCHEMA.md} is checked against the meanings here.
 *
 * <p>Adding a quantity: compute it into the result, then add one entry to the list it belongs to.
 */
public final class ResultColumns {

    /** The solve's outputs, one value per run; all null for a FAILED result. */
    public static final List<Column<SolveResult>> SOLUTION = List.of(
            solved("lambda_in", ColumnType.DOUBLES, "eigenvalues of P_in = ∫ v⊗v f_in dv, descending (they sum to d)",
                    r -> numbers(r.lambdaIn())),
            solved("p_in", ColumnType.DOUBLES, "P_in, d×d, row-major (`p_in[i*d + j]` = P_ij, 0-based)",
                    r -> numbers(Arrays.stream(r.pIn()).flatMapToDouble(Arrays::stream).toArray())),
            solved("e0_closed", ColumnType.DOUBLE, "E(0) in closed form", r -> number(r.e0Closed())),
            solved("e0_hermite", ColumnType.DOUBLE,
                    "E_N(0) = Σ_{1<=\\|α\\|<=N} a_α(0)^2, the part of E(0) the truncation resolves", r -> number(r.e0Hermite())),
            solved("lambda_max", ColumnType.DOUBLE, "largest eigenvalue of P_in (= `lambda_in[0]`), the parameter of Theorem 1",
                    r -> number(r.theorem().lambdaMax())),
            solved("t0_theorem", ColumnType.DOUBLE, "time t0 of Theorem 1 after which E is non-increasing",
                    r -> number(r.theorem().t0())),
            solved("c0_theorem", ColumnType.DOUBLE, "constant c0 = exp((λmax - 1)/d) of E(t) <= c0 e^{-2(d-1)t} E(0)",
                    r -> number(r.theorem().c0())),
            diagnostic("t0_empirical", ColumnType.DOUBLE,
                    "end of the last interval where E'(t) > 0 (0 if none); to compare with `t0_theorem`", g -> number(g.t0Empirical())),
            diagnostic("violations", ColumnType.DOUBLE_LISTS, "the intervals [start, end] of [0, T] where E'(t) > 0, in time order",
                    g -> Arrays.stream(g.violations().intervals()).map(Column::numbers).toArray(Double[][]::new)),
            diagnostic("violation_count", ColumnType.INT, "number of those intervals", g -> g.violations().count()),
            diagnostic("violation_total_length", ColumnType.DOUBLE, "their total length (time)",
                    g -> number(g.violations().totalLength())),
            diagnostic("violation_max_rise", ColumnType.DOUBLE,
                    "largest relative rise (E(end) - E(start))/E(start) over them (0 when none)",
                    g -> number(g.violations().maxRelativeRise())),
            diagnostic("violation_after_t0", ColumnType.BOOLEAN,
                    "whether an interval ends after `t0_theorem` (a contradiction of Theorem 1)", g -> g.violations().afterT0()),
            diagnostic("decay_rate_asymptotic", ColumnType.DOUBLE, "-slope of log E fitted by least squares on the window (1/time)",
                    g -> number(g.rates().asymptotic())),
            diagnostic("decay_fit_rms", ColumnType.DOUBLE, "root-mean-square residual of that fit (units of log E)",
                    g -> number(g.rates().fitRms())),
            diagnostic("decay_window", ColumnType.DOUBLES, "the fit window [3T/4, T] (time)",
                    g -> numbers(new double[] {g.rates().windowStart(), g.rates().windowEnd()})),
            diagnostic("min_instantaneous_rate", ColumnType.DOUBLE, "min over [0, T] of -E'(t)/E(t) (1/time)",
                    g -> number(g.rates().minInstantaneous())),
            diagnostic("average_rate", ColumnType.DOUBLE, "-log(E(T)/E(0))/T (1/time)", g -> number(g.rates().average())),
            diagnostic("c0_empirical", ColumnType.DOUBLE, "sup_t E(t) e^{2(d-1)t}/E(0); to compare with `c0_theorem`",
                    g -> number(g.c0Empirical())),
            diagnostic("bound_margin", ColumnType.DOUBLE,
                    "min_t (bound(t) - E(t))/bound(t); negative is a violation of the bound", g -> number(g.boundMargin())),
            diagnostic("instantaneous_margin", ColumnType.DOUBLE,
                    "min_t (-E'/E - ρ(t)) for the instantaneous form E' <= -ρ(t) E; negative is a violation",
                    g -> number(g.instantaneousMargin())),
            solved("truncation_degree", ColumnType.INT, "Hermite truncation degree N used", SolveResult::truncationDegree),
            solved("truncation_deficit", ColumnType.DOUBLE, "(E(0) - E_N(0))/E(0)", r -> number(r.truncationDeficit())),
            solved("horizon", ColumnType.DOUBLE,
                    "end T of the computed curve (time): where E(t)/E(0) reaches the floor, or the requested horizon if earlier",
                    r -> number(r.horizon())),
            solved("resolution_floor", ColumnType.DOUBLE, "smallest E(t)/E(0) resolved", r -> number(r.floor())),
            solved("times_dropped", ColumnType.INT, "requested sample times beyond T, left out", SolveResult::timesDropped),
            solved("p_error_max", ColumnType.DOUBLE, "max over the samples of max_ij \\|P_ij(t) - (Id + e^{-4dt}(P_in - Id))_ij\\|",
                    r -> number(r.pErrorMax())),
            solved("mass_error", ColumnType.DOUBLE, "max over the samples of \\|∫ f(t) - 1\\|", r -> number(r.massError())),
            solved("momentum_error", ColumnType.DOUBLE, "max over the samples of \\|∫ v f(t)\\|", r -> number(r.momentumError())),
            solved("energy_error", ColumnType.DOUBLE, "max over the samples of \\|∫ \\|v\\|^2 f(t) - d\\|",
                    r -> number(r.energyError())),
            solved("term_count", ColumnType.LONG, "number of exponential terms of the exact solution (a measure of its cost)",
                    SolveResult::termCount));

    /** What became of the solve, set for every result, FAILED ones included. */
    public static final List<Column<SolveResult>> OUTCOME = List.of(
            new Column<>("status", ColumnType.STRING,
                    "`OK`; `TRUNCATION_NOT_MET` (tol not reached at `n_max`: E_N is a lower bound); `FAILED`",
                    r -> r.status().name()),
            new Column<>("message", ColumnType.STRING, "why the run failed, or what to know about it; null when nothing went wrong",
                    r -> r.message() == null || r.message().isEmpty() ? null : r.message()),
            new Column<>("wall_seconds", ColumnType.DOUBLE, "wall time of the solve (seconds; varies from run to run of the same sweep)",
                    r -> number(r.wallSeconds())));

    /**
     * The sampled curves, one {@link ColumnType#DOUBLE} per sample time (read here as one array per
     * result, in increasing t; empty for a FAILED result).
     */
    public static final List<Column<SolveResult>> SAMPLES = List.of(
            new Column<>("t", ColumnType.DOUBLE, "sample time", r -> numbers(r.times())),
            new Column<>("e", ColumnType.DOUBLE, "E(t)", r -> numbers(r.e())),
            new Column<>("dedt", ColumnType.DOUBLE, "E'(t) (1/time)", r -> numbers(r.dedt())),
            new Column<>("bound", ColumnType.DOUBLE, "the Theorem 1 bound E(0) exp(-2(d-1)t + (λmax - 1)(1 - e^{-4dt})/d) at t",
                    r -> numbers(r.bound())),
            new Column<>("p_error", ColumnType.DOUBLE, "max_ij \\|P_ij(t) - (Id + e^{-4dt}(P_in - Id))_ij\\| at t",
                    r -> numbers(r.pError())),
            new Column<>("e_over_e0", ColumnType.DOUBLE, "E(t)/E(0), with E(0) = `e0_closed`",
                    r -> numbers(Arrays.stream(r.e()).map(e -> e / r.e0Closed()).toArray())));

    private ResultColumns() {
    }

    /** A column of a solved result: null for a FAILED one. */
    private static Column<SolveResult> solved(String name, ColumnType type, String meaning, Function<SolveResult, Object> read) {
        return new Column<>(name, type, meaning, r -> r.failed() ? null : read.apply(r));
    }

    private static Column<SolveResult> diagnostic(String name, ColumnType type, String meaning, Function<Diagnostics, Object> read) {
        return solved(name, type, meaning, r -> read.apply(r.diagnostics()));
    }
}
