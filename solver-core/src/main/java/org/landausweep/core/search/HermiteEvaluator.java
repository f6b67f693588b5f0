package org.landausweep.core.search;

import java.util.function.Function;
import org.landausweep.core.data.GaussianMixture;
import org.landausweep.core.evolution.LandauSolver;
import org.landausweep.core.evolution.SolveResult;
import org.landausweep.core.evolution.SolveStatus;
import org.landausweep.core.evolution.SolverSettings;
import org.landausweep.core.evolution.Timeseries;

/**
 * The search's solve: the exact Hermite solver, read into an {@link Evaluation}. A solve counts as decided
 * when its decisions are certified (status CERTIFIED or DECIDED: every monotonicity, violation and bound
 * decision proved either way); a failure of the solve gives null.
 *
 * @param settings the solver's settings
 */
public record HermiteEvaluator(SolverSettings settings) implements Function<GaussianMixture, Evaluation> {

    @Override
    public Evaluation apply(GaussianMixture datum) {
        try {
            return of(LandauSolver.solve(datum, settings));
        } catch (RuntimeException failed) {
            return null; // a point the solver cannot do ranks as FAILED; the search goes on
        }
    }

    /** The objectives' quantities of one solve; sup E'/E is -min_t(-E'/E) from the refined diagnostics. */
    static Evaluation of(SolveResult r) {
        Timeseries s = r.samples();
        double margin = Double.POSITIVE_INFINITY;
        for (int k = 0; k < s.count(); k++) {
            if (s.t(k) > 0) {
                margin = Math.min(margin, (s.bound(k) - s.e(k)) / s.bound(k));
            }
        }
        double rateAt0 = s.t(0) == 0 ? s.dedt(0) / s.e(0) : Double.NaN;
        return new Evaluation(-r.diagnostics().rates().minInstantaneous(), rateAt0, r.diagnostics().t0Empirical(),
                r.diagnostics().c0Empirical() / r.theorem().c0(), margin,
                RateGap.over(r, Double.MIN_VALUE, Double.POSITIVE_INFINITY), RateGap.over(r, 0, 0), -r.theorem().instantaneousRate(0), r.theorem().t0(), r.horizon().end(),
                r.status() == SolveStatus.CERTIFIED || r.status() == SolveStatus.DECIDED);
    }
}
