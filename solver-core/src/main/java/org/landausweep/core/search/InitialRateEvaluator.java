package org.landausweep.core.search;

import java.util.function.Function;
import org.landausweep.core.data.GaussianMixture;
import org.landausweep.core.data.InitialRate;
import org.landausweep.core.diagnostics.Theorem1;
import org.landausweep.core.numerics.SecondMoments;

/**
 * The search's evaluation of the objectives at t = 0 without a solve: E'(0)/E(0) from {@link InitialRate}'s closed
 * form, exact up to rounding, so it counts as decided. It fills only what the t = 0 objectives read
 * ({@code rateAt0}, {@code rateGapAt0} = E'(0)/E(0) + ρ(0) with ρ(0) = 2(d - 1 - 2(λmax - 1)), the theorem's values); the
 * quantities over [0, T] are NaN. The best point of a cell is still solved and certified ({@code SearchFindings}).
 */
public record InitialRateEvaluator() implements Function<GaussianMixture, Evaluation> {

    /** Whether {@code objective} is read at t = 0 only, so that this evaluator serves it. */
    public static boolean serves(SearchObjective objective) {
        return objective == SearchObjective.MAX_RATE_AT_0 || objective == SearchObjective.MAX_RATE_GAP_AT_0;
    }

    @Override
    public Evaluation apply(GaussianMixture datum) {
        double rate = InitialRate.rate(datum);
        if (!Double.isFinite(rate)) {
            return null; // E(0) overflows: ranks as FAILED, as a solve that cannot be done
        }
        Theorem1 theorem = new Theorem1(datum.d(), SecondMoments.eigenvalues(datum.secondMoments())[0]);
        double rho0 = theorem.instantaneousRate(0);
        double nan = Double.NaN;
        return new Evaluation(nan, rate, nan, nan, nan, new RateGap(nan, nan, nan), new RateGap(rate + rho0, rate + rho0, 0),
                -rho0, theorem.t0(), nan, true);
    }
}
