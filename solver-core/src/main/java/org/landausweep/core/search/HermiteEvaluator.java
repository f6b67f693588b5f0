package org.landausweep.core.search;

import java.util.function.Function;
import org.landausweep.core.data.GaussianMixture;
import org.landausweep.core.evolution.LandauSolver;
import org.landausweep.core.evolution.SolveResult;
import org.landausweep.core.evolution.SolveStatus;
import org.landausweep.core.evolution.SolverSettings;

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
        double[] t = r.times();
        double margin = Double.POSITIVE_INFINITY;
        for (int k = 0; k < t.length; k++) {
            if (t[k] > 0) {
                margin = Math.min(margin, (r.bound()[k] - r.e()[k]) / r.bound()[k]);
            }
        }
        double rateAt0 = t[0] == 0 ? r.dedt()[0] / r.e()[0] : Double.NaN;
        return new Evaluation(-r.diagnostics().rates().minInstantaneous(), rateAt0, r.diagnostics().t0Empirical(),
                r.diagnostics().c0Empirical() / r.theorem().c0(), margin,
                RateGap.over(r, Double.MIN_VALUE, Double.POSITIVE_INFINITY), RateGap.over(r, 0, 0), -r.theorem().instantaneousRate(0), r.theorem().t0(), r.horizon(),
                r.status() == SolveStatus.CERTIFIED || r.status() == SolveStatus.DECIDED);
    }
}
