package org.landausweep.core.columns;

import static org.landausweep.core.columns.Column.number;
import static org.landausweep.core.columns.Column.numbers;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.landausweep.core.certify.Certificate;
import org.landausweep.core.certify.Interval;
import org.landausweep.core.diagnostics.Diagnostics;
import org.landausweep.core.evolution.GridReport;
import org.landausweep.core.evolution.HermiteReport;
import org.landausweep.core.evolution.SampledEnclosure;
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
                    r -> numbers(r.datum().lambdaIn())),
            solved("p_in", ColumnType.DOUBLES, "P_in, d×d, row-major (`p_in[i*d + j]` = P_ij, 0-based)",
                    r -> numbers(Arrays.stream(r.datum().pIn()).flatMapToDouble(Arrays::stream).toArray())),
            solved("e0_closed", ColumnType.DOUBLE, "E(0) in closed form", r -> number(r.datum().e0Closed())),
            hermite("e0_hermite", ColumnType.DOUBLE,
                    "E_N(0) = Σ_{1<=\\|α\\|<=N} a_α(0)^2, the part of E(0) the truncation resolves (hermite runs)",
                    h -> number(h.e0Hermite())),
            solved("lambda_max", ColumnType.DOUBLE, "largest eigenvalue of P_in (= `lambda_in[0]`), the parameter of Theorem 1",
                    r -> number(r.datum().lambdaMax())),
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
                    "min over the sample times t > 0 of (bound(t) - E(t))/bound(t), E the measured curve; negative is a violation"
                            + " of the bound (t = 0 is left out: there bound(0) = E(0))", g -> number(g.boundMargin())),
            diagnostic("instantaneous_margin", ColumnType.DOUBLE,
                    "min_t (-E'/E - ρ(t)) for the instantaneous form E' <= -ρ(t) E; negative is a violation",
                    g -> number(g.instantaneousMargin())),
            hermite("truncation_degree", ColumnType.INT, "Hermite truncation degree N of the measured curve (hermite runs)",
                    HermiteReport::truncationDegree),
            hermite("truncation_deficit", ColumnType.DOUBLE, "(E(0) - E_N(0))/E(0) of the measured curve (hermite runs)",
                    h -> number(h.truncationDeficit())),
            solved("horizon", ColumnType.DOUBLE,
                    "end T of the computed curve (time): where E(t)/E(0) reaches the floor, or the requested horizon if earlier",
                    r -> number(r.horizon().end())),
            solved("resolution_floor", ColumnType.DOUBLE, "smallest E(t)/E(0) resolved", r -> number(r.horizon().floor())),
            solved("times_dropped", ColumnType.INT, "requested sample times beyond T, left out", r -> r.horizon().timesDropped()),
            solved("p_error_max", ColumnType.DOUBLE, "max over the samples of max_ij \\|P_ij(t) - (Id + e^{-4dt}(P_in - Id))_ij\\|",
                    r -> number(r.conservation().pErrorMax())),
            solved("mass_error", ColumnType.DOUBLE, "max over the samples of \\|∫ f(t) - 1\\|", r -> number(r.conservation().massError())),
            solved("momentum_error", ColumnType.DOUBLE, "max over the samples of \\|∫ v f(t)\\|", r -> number(r.conservation().momentumError())),
            solved("energy_error", ColumnType.DOUBLE, "max over the samples of \\|∫ \\|v\\|^2 f(t) - d\\|",
                    r -> number(r.conservation().energyError())),
            hermite("term_count", ColumnType.LONG, "number of exponential terms of the exact solution (a measure of its cost; hermite runs)",
                    HermiteReport::termCount),
            certified("enclosure_max_rel_width", ColumnType.DOUBLE,
                    "max over [0, T] of (E_upper - E_lower)/E_lower, the certified enclosure's relative width (hermite runs)",
                    c -> number(c.maxRelativeWidth())),
            certified("certified_degree", ColumnType.INT, "truncation degree N of the certified enclosure (hermite runs)",
                    Certificate::degree),
            certified("enclosure_cells", ColumnType.INT, "cells of the time grid on which the enclosure and its decisions are checked",
                    Certificate::gridCells),
            certified("monotone_certified", ColumnType.BOOLEAN,
                    "true: E is proved non-increasing on (0, T] (dEdt_upper < 0); false: not proved (see `violation_certified`"
                            + " and `message`)", Certificate::monotoneCertified),
            certified("violation_certified", ColumnType.BOOLEAN, "true: a rise of E is proved, E(t2) > E(t1) for some t1 < t2",
                    Certificate::violationCertified),
            certified("violation_certified_t1", ColumnType.DOUBLE, "start t1 of the certified rise (null when none)",
                    c -> c.violation() == null ? null : c.violation().t1()),
            certified("violation_certified_t2", ColumnType.DOUBLE, "end t2 of the certified rise (null when none)",
                    c -> c.violation() == null ? null : c.violation().t2()),
            certified("violation_rise_lower", ColumnType.DOUBLE, "lower end of the interval containing E(t2) - E(t1), positive (null when none)",
                    c -> c.violation() == null ? null : c.violation().rise().lo()),
            certified("violation_rise_upper", ColumnType.DOUBLE, "upper end of that interval (null when none)",
                    c -> c.violation() == null ? null : c.violation().rise().hi()),
            certified("bound_holds_certified", ColumnType.BOOLEAN,
                    "true: E_upper <= Theorem 1's bound is proved on (0, T]; false: not proved (disproved or open, see `message`)",
                    Certificate::boundHoldsCertified),
            certifiedLower("c0_empirical", "sup_t E(t) e^{2(d-1)t}/E(0)", Certificate::c0Empirical),
            certifiedUpper("c0_empirical", "sup_t E(t) e^{2(d-1)t}/E(0)", Certificate::c0Empirical),
            certifiedLower("min_instantaneous_rate", "min_t -E'(t)/E(t) (1/time)", Certificate::minInstantaneousRate),
            certifiedUpper("min_instantaneous_rate", "min_t -E'(t)/E(t) (1/time)", Certificate::minInstantaneousRate),
            certifiedLower("decay_rate_asymptotic", "the late secant rate -(log E(T) - log E(3T/4))/(T/4) (1/time)",
                    Certificate::decayRateAsymptotic),
            certifiedUpper("decay_rate_asymptotic", "the late secant rate -(log E(T) - log E(3T/4))/(T/4) (1/time)",
                    Certificate::decayRateAsymptotic),
            grid("e0_grid", ColumnType.DOUBLE, "the grid's E(0) = Σ u_i^2 Δ^d (grid runs)", g -> number(g.e0Grid())),
            grid("grid_deficit", ColumnType.DOUBLE, "(E(0) closed - grid E(0))/E(0) closed, how well the grid represents the datum (grid runs)",
                    g -> number(g.gridDeficit())),
            grid("grid_cells", ColumnType.INT, "cells per dimension n of the velocity grid (grid runs)", GridReport::cells),
            grid("time_steps", ColumnType.LONG, "time steps accepted by the grid solver's error control (grid runs)", GridReport::acceptedSteps));

    /** What became of the solve, set for every result, FAILED ones included. */
    public static final List<Column<SolveResult>> OUTCOME = List.of(
            new Column<>("status", ColumnType.STRING,
                    "`CERTIFIED` (enclosure relative width <= 1e-6 on [0, T]); `DECIDED` (wider, but monotonicity, violation and"
                            + " bound all certified); `UNRESOLVED` (a decision is open, `message` says which; every grid run: no"
                            + " enclosure); `FAILED`",
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
            new Column<>("t", ColumnType.DOUBLE, "sample time", r -> numbers(r.samples().count(), r.samples()::t)),
            new Column<>("e", ColumnType.DOUBLE, "E(t)", r -> numbers(r.samples().count(), r.samples()::e)),
            new Column<>("dedt", ColumnType.DOUBLE, "E'(t) (1/time)", r -> numbers(r.samples().count(), r.samples()::dedt)),
            new Column<>("bound", ColumnType.DOUBLE, "the Theorem 1 bound E(0) exp(-2(d-1)t + (λmax - 1)(1 - e^{-4dt})/d) at t",
                    r -> numbers(r.samples().count(), r.samples()::bound)),
            new Column<>("p_error", ColumnType.DOUBLE, "max_ij \\|P_ij(t) - (Id + e^{-4dt}(P_in - Id))_ij\\| at t",
                    r -> numbers(r.samples().count(), r.samples()::pError)),
            new Column<>("e_over_e0", ColumnType.DOUBLE, "E(t)/E(0), with E(0) = `e0_closed`",
                    r -> numbers(r.samples().count(), k -> r.samples().e(k) / r.datum().e0Closed())),
            enclosure("e_lower", "certified lower bound of E(t) (hermite runs; null on grid runs)", SampledEnclosure::eLower),
            enclosure("e_upper", "certified upper bound of E(t) (hermite runs; null on grid runs)", SampledEnclosure::eUpper),
            enclosure("dedt_lower", "certified lower bound of E'(t): always null, no pointwise lower bound of E' is proved"
                    + " (a rise of E is certified through `e_lower` and `e_upper`)", SampledEnclosure::dEdtLower),
            enclosure("dedt_upper", "certified upper bound of E'(t) (1/time; hermite runs; null on grid runs)", SampledEnclosure::dEdtUpper));

    private ResultColumns() {
    }

    /** A column of a solved result: null for a FAILED one. */
    private static Column<SolveResult> solved(String name, ColumnType type, String meaning, Function<SolveResult, Object> read) {
        return new Column<>(name, type, meaning, r -> r.failed() ? null : read.apply(r));
    }

    private static Column<SolveResult> hermite(String name, ColumnType type, String meaning, Function<HermiteReport, Object> read) {
        return new Column<>(name, type, meaning, r -> r.hermite() == null ? null : read.apply(r.hermite()));
    }

    private static Column<SolveResult> grid(String name, ColumnType type, String meaning, Function<GridReport, Object> read) {
        return new Column<>(name, type, meaning, r -> r.grid() == null ? null : read.apply(r.grid()));
    }

    private static Column<SolveResult> certified(String name, ColumnType type, String meaning, Function<Certificate, Object> read) {
        return hermite(name, type, meaning, h -> read.apply(h.certificate()));
    }

    private static Column<SolveResult> certifiedLower(String quantity, String meaning, Function<Certificate, Interval> read) {
        return certified(quantity + "_lower", ColumnType.DOUBLE, "certified lower bound of " + meaning + " (hermite runs)",
                c -> number(read.apply(c).lo()));
    }

    private static Column<SolveResult> certifiedUpper(String quantity, String meaning, Function<Certificate, Interval> read) {
        return certified(quantity + "_upper", ColumnType.DOUBLE, "certified upper bound of " + meaning + " (hermite runs)",
                c -> number(read.apply(c).hi()));
    }

    /** A sampled enclosure column: one value per sample time, null on a grid run (no enclosure), empty when FAILED. */
    private static Column<SolveResult> enclosure(String name, String meaning, Function<SampledEnclosure, double[]> read) {
        return new Column<>(name, ColumnType.DOUBLE, meaning, r -> r.hermite() != null ? numbers(read.apply(r.hermite().enclosure()))
                : new Double[r.samples().count()]);
    }

    private static Column<SolveResult> diagnostic(String name, ColumnType type, String meaning, Function<Diagnostics, Object> read) {
        return solved(name, type, meaning, r -> read.apply(r.diagnostics()));
    }
}
