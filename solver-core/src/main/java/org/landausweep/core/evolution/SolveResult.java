package org.landausweep.core.evolution;

import org.landausweep.core.diagnostics.Diagnostics;
import org.landausweep.core.diagnostics.Theorem1;

/**
 * Everything one solve reports (MATH.md §2), whatever the method, in small immutable parts; what only one
 * method reports is in {@code report}. A FAILED result has {@link #failed(int, String, String, double)}'s
 * parts: the datum's d and family, the message and the wall time, and nothing measured.
 *
 * @param status       outcome
 * @param message      why it failed, or what to know (empty when nothing)
 * @param datum        the datum's summary: d, family, P_in and its eigenvalues, E(0) in closed form
 * @param diagnostics  the empirical quantities; null when FAILED
 * @param horizon      where the curve stops, its floor, and the sample times left out
 * @param conservation the moments of degree <= 2 against their exact values
 * @param samples      E, E', the bound and the P(t) error at the sample times (none when FAILED)
 * @param report       what the method reports about itself: {@link HermiteReport} or {@link GridReport}; null when FAILED
 * @param wallSeconds  wall time of the solve
 */
public record SolveResult(SolveStatus status, String message, DatumSummary datum, Diagnostics diagnostics, Horizon horizon,
                          Conservation conservation, Timeseries samples, MethodReport report, double wallSeconds) {

    /** A FAILED result. */
    public static SolveResult failed(int d, String family, String message, double wallSeconds) {
        double nan = Double.NaN;
        return new SolveResult(SolveStatus.FAILED, message, DatumSummary.unknown(d, family), null, new Horizon(nan, nan, 0),
                new Conservation(nan, nan, nan, nan), Timeseries.EMPTY, null, wallSeconds);
    }

    public boolean failed() {
        return status == SolveStatus.FAILED;
    }

    /** The bounds of Theorem 1 for the datum ({@link DatumSummary#theorem()}); null when FAILED. */
    public Theorem1 theorem() {
        return datum.theorem();
    }

    /** The Hermite solver's report, or null for another method or a FAILED solve. */
    public HermiteReport hermite() {
        return report instanceof HermiteReport h ? h : null;
    }

    /** The grid solver's report, or null for another method or a FAILED solve. */
    public GridReport grid() {
        return report instanceof GridReport g ? g : null;
    }
}
