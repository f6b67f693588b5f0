package org.landausweep.core.diagnostics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.hipparchus.analysis.solvers.BrentSolver;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.univariate.BrentOptimizer;
import org.hipparchus.optim.univariate.SearchInterval;
import org.hipparchus.optim.univariate.UnivariateObjectiveFunction;
import org.hipparchus.optim.univariate.UnivariatePointValuePair;

/**
 * The empirical quantities of MATH.md §2 for one curve E(t) on [0, T], compared with Theorem 1.
 * Extrema and sign changes are first located on a grid (the sample times plus {@value #EARLY_POINTS}
 * points on [0, min(T, 1/d)], where e^{-4dt} still matters) and then refined: sign changes of the
 * analytic E' by Brent's root finder, extrema by Brent's optimizer.
 *
 * @param violations          intervals where E' > 0
 * @param t0Empirical         end of the last violation (0 if none)
 * @param rates               decay constants
 * @param c0Empirical         sup_t E(t) e^{2(d-1)t}/E(0)
 * @param boundMargin         min over the sample times t > 0 of (bound(t) - E(t))/bound(t); negative is a bound
 *                            violation (t = 0 is left out: there bound(0) = E(0), and the margin would be the
 *                            truncation deficit, not a distance to the bound; NaN when no sample is after 0)
 * @param instantaneousMargin min_t ( -E'/E - ρ(t) ) for the instantaneous form; negative is a violation
 */
public record Diagnostics(Violations violations, double t0Empirical, DecayRates rates, double c0Empirical,
                          double boundMargin, double instantaneousMargin) {
    static final int EARLY_POINTS = 200;
    private static final int WINDOW_POINTS = 32;
    private static final double TIME_TOLERANCE = 1e-13;

    /**
     * Analyses E on [0, horizon].
     *
     * @param samples E and E' already evaluated at sample times in [0, horizon] (reused, not recomputed)
     */
    public static Diagnostics analyze(EnergyCurve curve, Theorem1 theorem, double e0, double horizon, Samples samples) {
        double[] grid = grid(theorem.d(), horizon, samples.times());
        double[] e = new double[grid.length];
        double[] de = new double[grid.length];
        // the grid points that are not samples, evaluated in one call (a curve may batch them: EnergySeries reads its
        // ill-conditioned rows once per batch of times instead of once per time)
        int[] missing = new int[grid.length];
        int count = 0;
        int s = 0;
        for (int k = 0; k < grid.length; k++) {
            while (s < samples.times().length && samples.times()[s] < grid[k] - TIME_TOLERANCE) {
                s++;
            }
            if (s < samples.times().length && Math.abs(samples.times()[s] - grid[k]) <= TIME_TOLERANCE) {
                e[k] = samples.e()[s];
                de[k] = samples.dedt()[s];
            } else {
                missing[count++] = k;
            }
        }
        double[] times = new double[count];
        for (int m = 0; m < count; m++) {
            times[m] = grid[missing[m]];
        }
        double[] eMissing = new double[count];
        double[] deMissing = new double[count];
        curve.evaluate(times, eMissing, deMissing);
        for (int m = 0; m < count; m++) {
            e[missing[m]] = eMissing[m];
            de[missing[m]] = deMissing[m];
        }
        Violations violations = violations(curve, grid, de, theorem);
        DecayRates rates = rates(curve, grid, e, de, e0, horizon);
        double rate = theorem.rate();
        double c0 = extremum(t -> curve.e(t) * Math.exp(rate * t) / e0, grid, k -> e[k] * Math.exp(rate * grid[k]) / e0, GoalType.MAXIMIZE);
        double margin = boundMargin(samples, theorem, e0);
        double instantaneous = extremum(t -> curve.rate(t) - theorem.instantaneousRate(t), grid,
                k -> -de[k] / e[k] - theorem.instantaneousRate(grid[k]), GoalType.MINIMIZE);
        return new Diagnostics(violations, violations.lastEnd(), rates, c0, margin, instantaneous);
    }

    /** min over the sample times t > 0 of 1 - E(t)/bound(t) (NaN when there is none). */
    private static double boundMargin(Samples samples, Theorem1 theorem, double e0) {
        double margin = Double.NaN;
        for (int k = 0; k < samples.times().length; k++) {
            double t = samples.times()[k];
            if (t > 0) {
                double m = 1 - samples.e()[k] / theorem.bound(t, e0);
                margin = Double.isNaN(margin) ? m : Math.min(margin, m);
            }
        }
        return margin;
    }

    private static double[] grid(int d, double horizon, double[] sampleTimes) {
        double early = Math.min(horizon, 1.0 / d);
        double[] all = Arrays.copyOf(sampleTimes, sampleTimes.length + EARLY_POINTS + 2);
        for (int k = 0; k < EARLY_POINTS; k++) {
            all[sampleTimes.length + k] = early * k / (EARLY_POINTS - 1.0);
        }
        all[all.length - 2] = 0;
        all[all.length - 1] = horizon;
        Arrays.sort(all);
        int n = 0;
        for (double t : all) {
            if (n == 0 || t > all[n - 1] + TIME_TOLERANCE) {
                all[n++] = t;
            }
        }
        return Arrays.copyOf(all, n);
    }

    private static Violations violations(EnergyCurve curve, double[] grid, double[] de, Theorem1 theorem) {
        List<double[]> intervals = new ArrayList<>();
        double start = de[0] > 0 ? grid[0] : Double.NaN;
        for (int k = 1; k < grid.length; k++) {
            boolean wasRising = de[k - 1] > 0;
            boolean rising = de[k] > 0;
            if (rising != wasRising) {
                double root = root(curve::dedt, grid[k - 1], grid[k]);
                if (rising) {
                    start = root;
                } else {
                    intervals.add(new double[] {start, root});
                    start = Double.NaN;
                }
            }
        }
        if (!Double.isNaN(start)) {
            intervals.add(new double[] {start, grid[grid.length - 1]});
        }
        double total = 0;
        double rise = 0;
        boolean afterT0 = false;
        double t0 = theorem.t0();
        for (double[] iv : intervals) {
            total += iv[1] - iv[0];
            double e0 = curve.e(iv[0]);
            rise = Math.max(rise, (curve.e(iv[1]) - e0) / e0);
            afterT0 |= iv[1] > t0 * (1 + 1e-9) + TIME_TOLERANCE;
        }
        return new Violations(intervals.toArray(new double[0][]), total, rise, afterT0);
    }

    private static double root(DoubleUnaryOperator f, double a, double b) {
        return new BrentSolver(1e-15, TIME_TOLERANCE).solve(200, f::applyAsDouble, a, b);
    }

    private static DecayRates rates(EnergyCurve curve, double[] grid, double[] e, double[] de, double e0, double horizon) {
        double from = 0.75 * horizon;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        double[] x = new double[WINDOW_POINTS];
        double[] y = new double[WINDOW_POINTS];
        for (int k = 0; k < WINDOW_POINTS; k++) {
            x[k] = from + (horizon - from) * k / (WINDOW_POINTS - 1.0);
            y[k] = Math.log(curve.e(x[k]));
            sx += x[k];
            sy += y[k];
            sxx += x[k] * x[k];
            sxy += x[k] * y[k];
        }
        double slope = (WINDOW_POINTS * sxy - sx * sy) / (WINDOW_POINTS * sxx - sx * sx);
        double intercept = (sy - slope * sx) / WINDOW_POINTS;
        double ss = 0;
        for (int k = 0; k < WINDOW_POINTS; k++) {
            double r = y[k] - (intercept + slope * x[k]);
            ss += r * r;
        }
        double minRate = extremum(curve::rate, grid, k -> -de[k] / e[k], GoalType.MINIMIZE);
        double average = -Math.log(e[e.length - 1] / e0) / horizon;
        return new DecayRates(-slope, Math.sqrt(ss / WINDOW_POINTS), from, horizon, minRate, average);
    }

    /** The extremum of f over the grid, refined by Brent's optimizer between the grid neighbours of the best point. */
    private static double extremum(DoubleUnaryOperator f, double[] grid, java.util.function.IntToDoubleFunction onGrid, GoalType goal) {
        int best = 0;
        double value = onGrid.applyAsDouble(0);
        for (int k = 1; k < grid.length; k++) {
            double v = onGrid.applyAsDouble(k);
            if (goal == GoalType.MAXIMIZE ? v > value : v < value) {
                best = k;
                value = v;
            }
        }
        double lo = grid[Math.max(best - 1, 0)];
        double hi = grid[Math.min(best + 1, grid.length - 1)];
        if (hi - lo <= TIME_TOLERANCE) {
            return value;
        }
        UnivariatePointValuePair refined = new BrentOptimizer(1e-9, TIME_TOLERANCE).optimize(new MaxEval(200),
                new UnivariateObjectiveFunction(f::applyAsDouble), goal, new SearchInterval(lo, hi, grid[best]));
        double v = refined.getValue();
        return goal == GoalType.MAXIMIZE ? Math.max(value, v) : Math.min(value, v);
    }
}
