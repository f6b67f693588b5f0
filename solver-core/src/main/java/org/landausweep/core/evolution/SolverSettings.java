package org.landausweep.core.evolution;

import java.util.Arrays;
import org.landausweep.core.data.InvalidInputException;

/**
 * What a solve computes and how accurately.
 *
 * @param tol         relative truncation tolerance: the degree N is the smallest with
 *                    E(0) - E_N(0) <= tol E(0); must lie in [{@value #MIN_TOL}, 1)
 * @param nMax        largest truncation degree tried (the status says when tol is not met by it)
 * @param horizon     end T of the time interval; NaN chooses it automatically as the time where
 *                    E(t)/E(0) reaches {@code floor}; a finite T is still cut there
 * @param sampleCount number of uniform sample times in [0, T] when {@code times} is null
 * @param times       explicit sample times (non-negative, increasing), or null
 * @param floor       smallest E(t)/E(0) reported, the resolution floor of the method
 * @param earlyPiece  whether a certificate that is still not CERTIFIED is redone with a first piece [0, t1] at a
 *                    higher degree (docs/CERTIFICATION.md §3c); off by default: it certifies top-band data but costs
 *                    5 to 14 times such a run in d = 3 (BENCHMARKS.md)
 */
public record SolverSettings(double tol, int nMax, double horizon, int sampleCount, double[] times,
                             double floor, boolean earlyPiece) {

    /** Tolerances below this are not resolvable in double precision: E(0) itself is known to ~1e-15. */
    public static final double MIN_TOL = 1e-13;
    /** Default relative truncation tolerance. */
    public static final double DEFAULT_TOL = 1e-8;
    /** Default resolution floor of E(t)/E(0). */
    public static final double DEFAULT_FLOOR = 1e-13;
    /** Default number of sample times. */
    public static final int DEFAULT_SAMPLES = 400;

    /**
     * Largest dimension solved: the operator cache grows like N^{2d-1}, and d = 5 at the default N_max already
     * needs more memory and time than a sweep cell may take (d = 8 did not finish in 120 s, 715 MB).
     */
    public static final int MAX_D = 4;

    /** Defaults for dimension d: tol 1e-8, automatic horizon, 400 samples, N_max by {@link #defaultNMax(int)}. */
    public static SolverSettings defaults(int d) {
        return new SolverSettings(DEFAULT_TOL, defaultNMax(d), Double.NaN, DEFAULT_SAMPLES, null, DEFAULT_FLOOR);
    }

    /**
     * Largest degree tried by default: the operator cache for degree N holds about N^{2d-1} numbers,
     * so the limit shrinks with d (d = 2: 120, d = 3: 64, d = 4: 32, higher: 20).
     */
    public static int defaultNMax(int d) {
        return switch (d) {
            case 2 -> 120;
            case 3 -> 64;
            case 4 -> 32;
            default -> 20;
        };
    }

    /** Settings without the early piece (the default). */
    public SolverSettings(double tol, int nMax, double horizon, int sampleCount, double[] times, double floor) {
        this(tol, nMax, horizon, sampleCount, times, floor, false);
    }

    public SolverSettings withTol(double newTol) {
        return new SolverSettings(newTol, nMax, horizon, sampleCount, times, floor, earlyPiece);
    }

    public SolverSettings withNMax(int newNMax) {
        return new SolverSettings(tol, newNMax, horizon, sampleCount, times, floor, earlyPiece);
    }

    public SolverSettings withSampleCount(int newCount) {
        return new SolverSettings(tol, nMax, horizon, newCount, times, floor, earlyPiece);
    }

    public SolverSettings withTimes(double[] newTimes) {
        return new SolverSettings(tol, nMax, horizon, sampleCount, newTimes == null ? null : newTimes.clone(), floor, earlyPiece);
    }

    public SolverSettings withEarlyPiece(boolean use) {
        return new SolverSettings(tol, nMax, horizon, sampleCount, times, floor, use);
    }

    /** Checks every field; throws {@link InvalidInputException} naming the first bad one. */
    public SolverSettings validate() {
        InvalidInputException.require(tol >= MIN_TOL && tol < 1, "tol", tol,
                "must lie in [" + MIN_TOL + ", 1): E(0) is only known to about 1e-15 relative, so a smaller truncation tolerance cannot be certified");
        InvalidInputException.require(nMax >= 2 && nMax <= 250, "nMax", nMax, "must lie in [2, 250]");
        InvalidInputException.require(Double.isNaN(horizon) || (horizon > 0 && Double.isFinite(horizon)), "horizon", horizon,
                "must be positive and finite (or absent for automatic)");
        InvalidInputException.require(floor >= 1e-15 && floor < 1e-2, "floor", floor, "must lie in [1e-15, 1e-2)");
        if (times == null) {
            InvalidInputException.require(sampleCount >= 2 && sampleCount <= 100_000, "sampleCount", sampleCount, "must lie in [2, 100000]");
        } else {
            InvalidInputException.require(times.length >= 1, "times", times, "must not be empty");
            for (int k = 0; k < times.length; k++) {
                InvalidInputException.require(Double.isFinite(times[k]) && times[k] >= 0, "times[" + k + "]", times[k], "must be finite and non-negative");
                InvalidInputException.require(k == 0 || times[k] > times[k - 1], "times[" + k + "]", times[k], "times must be strictly increasing");
            }
        }
        return this;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SolverSettings s && Double.compare(tol, s.tol) == 0 && nMax == s.nMax
                && Double.compare(horizon, s.horizon) == 0 && sampleCount == s.sampleCount
                && Arrays.equals(times, s.times) && Double.compare(floor, s.floor) == 0 && earlyPiece == s.earlyPiece;
    }

    @Override
    public int hashCode() {
        return (Arrays.hashCode(new double[] {tol, nMax, horizon, sampleCount, floor}) * 31 + Arrays.hashCode(times)) * 2 + (earlyPiece ? 1 : 0);
    }

    @Override
    public String toString() {
        return "SolverSettings[tol=" + tol + ", nMax=" + nMax + ", horizon=" + horizon + ", sampleCount=" + sampleCount
                + ", times=" + Arrays.toString(times) + ", floor=" + floor + ", earlyPiece=" + earlyPiece + "]";
    }
}
