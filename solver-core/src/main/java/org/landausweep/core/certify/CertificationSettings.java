package org.landausweep.core.certify;

import org.landausweep.core.data.InvalidInputException;

/**
 * What a certified solve computes.
 *
 * @param tol         target relative width max_t (E_upper - E_lower)/E_lower of a CERTIFIED solve, in [1e-12, 1)
 * @param nMax        largest truncation degree tried
 * @param horizon     end T of [0, T]; NaN: where E_N(t)/E(0) reaches {@code floor}
 * @param floor       smallest E(t)/E(0) of the automatic horizon, in (0, 1)
 * @param sampleCount number of uniform sample times in [0, T] reported (3T/4 is added), at least 2
 * @param maxCell     largest cell of the grid on which the tail bound and the decisions are evaluated
 * @param tailScale   factor on the tail bound Q_up: 1, except in the mutation test (package-private knob)
 * @param highDegree  largest degree of the Krylov engine, used for N above nMax (0: none); slow, see BENCHMARKS.md
 * @param initialLayer when the tail bound also uses the initial layer of CERTIFICATION.md §3a-§3b (a tighter Q_up at t > 0
 *                    and a lower bound E_N + (||v|| - ||w||_up)^2 near t = 0); it costs 2-4x per certificate in d = 2 and
 *                    the d = 3 operators above degree 64, so by default ({@link Layer#RETRY}) only a certificate that is
 *                    not CERTIFIED without it is redone with it
 * @param remainderScale factor on the ||w||_up subtracted in the layer's lower bound: 1, except in its mutation test
 *                    (package-private knob)
 * @param earlyPiece  whether a final certificate that is still not CERTIFIED (after the layer's retry) is redone with the
 *                    early piece of CERTIFICATION.md §3c: [0, t1] solved again at a higher degree N' by the Krylov engine,
 *                    the degree-N tail bound restarted at t1; only those runs pay for it
 * @param restartScale factor on the early piece's bound of the tail, hence on the restart energy y(t1)^2: 1, except in its
 *                    mutation test (package-private knob)
 */
public record CertificationSettings(double tol, int nMax, double horizon, double floor, int sampleCount, double maxCell,
                                    double tailScale, int highDegree, Layer initialLayer, double remainderScale,
                                    boolean earlyPiece, double restartScale) {

    /** When the initial layer (CERTIFICATION.md §3a-§3b) is used. */
    public enum Layer {
        /** Never: E_lower = E_N and Q_up from §3-§4 alone. */
        OFF,
        /** At the final degree, when the certificate without the layer is not CERTIFIED; the narrower of the two is kept. */
        RETRY,
        /** At every degree tried. */
        ALWAYS
    }

    /**
     * Defaults for dimension d: tol 1e-6, N_max 64 (d = 3) or 120 (d = 2), automatic horizon at floor 1e-10, layer on
     * retry, no early piece (it costs 5 to 14 times a hard d = 3 run: opt in with {@link #withEarlyPiece}).
     */
    public static CertificationSettings defaults(int d) {
        return new CertificationSettings(1e-6, d == 2 ? 120 : d == 3 ? 64 : 20, Double.NaN, 1e-10, 200, 0.01, 1, 0, Layer.RETRY, 1, false, 1);
    }

    public CertificationSettings withTol(double newTol) {
        return new CertificationSettings(newTol, nMax, horizon, floor, sampleCount, maxCell, tailScale, highDegree, initialLayer, remainderScale, earlyPiece, restartScale);
    }

    public CertificationSettings withNMax(int newNMax) {
        return new CertificationSettings(tol, newNMax, horizon, floor, sampleCount, maxCell, tailScale, highDegree, initialLayer, remainderScale, earlyPiece, restartScale);
    }

    public CertificationSettings withHorizon(double newHorizon) {
        return new CertificationSettings(tol, nMax, newHorizon, floor, sampleCount, maxCell, tailScale, highDegree, initialLayer, remainderScale, earlyPiece, restartScale);
    }

    public CertificationSettings withSampleCount(int newCount) {
        return new CertificationSettings(tol, nMax, horizon, floor, newCount, maxCell, tailScale, highDegree, initialLayer, remainderScale, earlyPiece, restartScale);
    }

    public CertificationSettings withHighDegree(int newHighDegree) {
        return new CertificationSettings(tol, nMax, horizon, floor, sampleCount, maxCell, tailScale, newHighDegree, initialLayer, remainderScale, earlyPiece, restartScale);
    }

    public CertificationSettings withInitialLayer(Layer use) {
        return new CertificationSettings(tol, nMax, horizon, floor, sampleCount, maxCell, tailScale, highDegree, use, remainderScale, earlyPiece, restartScale);
    }

    /** The mutation seam of the lower bound: the ||w||_up it subtracts multiplied by {@code scale} (only tests use it). */
    CertificationSettings withRemainderScale(double scale) {
        return new CertificationSettings(tol, nMax, horizon, floor, sampleCount, maxCell, tailScale, highDegree, initialLayer, scale, earlyPiece, restartScale);
    }

    public CertificationSettings withEarlyPiece(boolean use) {
        return new CertificationSettings(tol, nMax, horizon, floor, sampleCount, maxCell, tailScale, highDegree, initialLayer, remainderScale,
                use, restartScale);
    }

    /** The mutation seam of the early piece (§3c): its bound of the tail, hence the restart energy, times {@code scale} (only tests). */
    CertificationSettings withRestartScale(double scale) {
        return new CertificationSettings(tol, nMax, horizon, floor, sampleCount, maxCell, tailScale, highDegree, initialLayer, remainderScale,
                earlyPiece, scale);
    }

    /** The mutation seam: the tail bound Q_up multiplied by {@code scale} (only tests use it). */
    CertificationSettings withTailScale(double scale) {
        return new CertificationSettings(tol, nMax, horizon, floor, sampleCount, maxCell, scale, highDegree, initialLayer, remainderScale, earlyPiece, restartScale);
    }

    /** Checks every field; throws {@link InvalidInputException} naming the first bad one. */
    public CertificationSettings validate() {
        InvalidInputException.require(tol >= 1e-12 && tol < 1, "tol", tol, "must lie in [1e-12, 1)");
        InvalidInputException.require(nMax >= 2, "nMax", nMax, "must be at least 2");
        InvalidInputException.require(Double.isNaN(horizon) || (horizon > 0 && Double.isFinite(horizon)), "horizon", horizon,
                "must be positive and finite, or NaN for automatic");
        InvalidInputException.require(floor > 0 && floor < 1, "floor", floor, "must lie in (0, 1)");
        InvalidInputException.require(sampleCount >= 2, "sampleCount", sampleCount, "must be at least 2");
        InvalidInputException.require(maxCell > 0 && Double.isFinite(maxCell), "maxCell", maxCell, "must be positive");
        InvalidInputException.require(tailScale > 0 && tailScale <= 1, "tailScale", tailScale, "must lie in (0, 1]");
        InvalidInputException.require(remainderScale >= 0 && remainderScale <= 1, "remainderScale", remainderScale, "must lie in [0, 1]");
        InvalidInputException.require(restartScale > 0 && restartScale <= 1, "restartScale", restartScale, "must lie in (0, 1]");
        InvalidInputException.require(initialLayer != null, "initialLayer", initialLayer, "must be OFF, RETRY or ALWAYS");
        InvalidInputException.require(highDegree == 0 || highDegree > nMax, "highDegree", highDegree, "must be 0 or above nMax (" + nMax + ")");
        return this;
    }
}
