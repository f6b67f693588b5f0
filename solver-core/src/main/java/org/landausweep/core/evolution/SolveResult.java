package org.landausweep.core.evolution;

import org.landausweep.core.diagnostics.Diagnostics;
import org.landausweep.core.diagnostics.Theorem1;

/**
 * Everything one solve reports (MATH.md §2), whatever the method; what only one method reports is in
 * {@code report}. For a FAILED solve only d, family, status, message and wallSeconds are set; the rest is NaN,
 * null or empty.
 *
 * @param d                 velocity dimension
 * @param family            initial-data family
 * @param status            outcome
 * @param message           why it failed, or what to know (empty when nothing)
 * @param lambdaIn          eigenvalues of P_in, descending
 * @param pIn               P_in
 * @param e0Closed          E(0) in closed form
 * @param theorem           the bounds of Theorem 1 for this datum
 * @param diagnostics       the empirical quantities
 * @param horizon           T, where the curve stops (the floor, or the requested horizon if earlier)
 * @param floor             resolution floor of E(t)/E(0)
 * @param timesDropped      requested sample times beyond T, left out
 * @param pErrorMax         max over the samples of max_ij |P_ij(t) - (Id + e^{-4dt}(P_in - Id))_ij|, P read from the degree-2 coefficients
 * @param massError         max |∫ f(t) - 1|
 * @param momentumError     max |∫ v f(t)|
 * @param energyError       max |∫ |v|^2 f(t) - d|
 * @param times             sample times
 * @param e                 E at the samples
 * @param dedt              E' at the samples
 * @param bound             the Theorem 1 bound at the samples
 * @param pError            max_ij |P_ij(t) - closed form| at the samples
 * @param report            what the method reports about itself: {@link HermiteReport} or {@link GridReport}; null when FAILED
 * @param wallSeconds       wall time of the solve
 */
public record SolveResult(int d, String family, SolveStatus status, String message, double[] lambdaIn, double[][] pIn,
                          double e0Closed, Theorem1 theorem, Diagnostics diagnostics,
                          double horizon, double floor, int timesDropped,
                          double pErrorMax, double massError, double momentumError, double energyError,
                          double[] times, double[] e, double[] dedt, double[] bound, double[] pError, MethodReport report,
                          double wallSeconds) {

    /** A FAILED result. */
    public static SolveResult failed(int d, String family, String message, double wallSeconds) {
        double nan = Double.NaN;
        return new SolveResult(d, family, SolveStatus.FAILED, message, new double[0], new double[0][], nan, null, null,
                nan, nan, 0, nan, nan, nan, nan, new double[0], new double[0], new double[0], new double[0], new double[0], null, wallSeconds);
    }

    public boolean failed() {
        return status == SolveStatus.FAILED;
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
