package org.landausweep.core.certify;

import java.util.function.DoubleFunction;
import java.util.function.DoubleUnaryOperator;

/**
 * Certified enclosures of E(t) and E'(t) of one solve and the decisions of Theorem 1's check that they prove
 * (issue 10; docs/CERTIFICATION.md). Arrays are at {@code times}; {@link #enclosureAt} evaluates E's enclosure
 * at any t in [0, T].
 *
 * @param d                 dimension
 * @param status            CERTIFIED, DECIDED or UNRESOLVED
 * @param message           which decision is open and why (empty when none is)
 * @param e0                an interval containing E(0) (closed form with its rounding margin)
 * @param degree            the truncation degree N of E_lower's exact solve, on all of [0, T] (the tail bound may use a
 *                          higher degree N' on a first piece [0, t1], CERTIFICATION.md §3c)
 * @param horizon           T
 * @param times             sample times in [0, T]
 * @param eLower            E_lower(t) <= E(t): E_N(t), plus Q_lo(t) with the initial layer (CERTIFICATION.md §3b)
 * @param eUpper            E(t) <= E_N(t) + Q_up(t)
 * @param dEdtLower         no pointwise lower bound of E' is proved: -infinity (violations are certified through E)
 * @param dEdtUpper         E'(t) <= E_N'(t) + bound of Q'(t)
 * @param maxRelativeWidth  max over the grid of (E_upper - E_lower)/E_lower
 * @param monotone          E non-increasing on (0, T]: PROVED when dEdt_upper < 0 on the grid before the a priori
 *                          time t_ρ and ρ >= 0 after it; DISPROVED when a violation is certified
 * @param violation         a certified rise of E (null when none is)
 * @param boundHolds        E(t) <= Theorem 1's bound on (0, T]
 * @param c0Empirical       contains sup_t E(t) e^{2(d-1)t}/E(0)
 * @param minInstantaneousRate contains min_t -E'(t)/E(t) (lower end on the grid)
 * @param decayRateAsymptotic  contains -(log E(T) - log E(3T/4))/(T/4), the late secant rate
 * @param gridCells         number of cells of the grid of the bound
 * @param seconds           wall time of the solve
 * @param enclosure         [E_lower(t), E_upper(t)] at any t in [0, T]
 * @param slopeUpper        dEdt_upper(t) at any t in [0, T]
 */
public record Certificate(int d, CertificateStatus status, String message, Interval e0, int degree, double horizon,
                          double[] times, double[] eLower, double[] eUpper, double[] dEdtLower, double[] dEdtUpper,
                          double maxRelativeWidth, Decision monotone, Violation violation, Decision boundHolds,
                          Interval c0Empirical, Interval minInstantaneousRate, Interval decayRateAsymptotic,
                          int gridCells, double seconds, DoubleFunction<Interval> enclosure,
                          DoubleUnaryOperator slopeUpper) {

    /** [E_lower(t), E_upper(t)] for any t in [0, T]. */
    public Interval enclosureAt(double t) {
        if (!(t >= 0 && t <= horizon)) {
            throw new IllegalArgumentException("t = " + t + " outside [0, T = " + horizon + "]");
        }
        return enclosure.apply(t);
    }

    /** dEdt_upper(t) = E_N'(t) + its computed error + the bound of Q'(t), for any t in [0, T]. */
    public double dEdtUpperAt(double t) {
        if (!(t >= 0 && t <= horizon)) {
            throw new IllegalArgumentException("t = " + t + " outside [0, T = " + horizon + "]");
        }
        return slopeUpper.applyAsDouble(t);
    }

    /** Whether E is proved non-increasing on (0, T]. */
    public boolean monotoneCertified() {
        return monotone.verdict() == Verdict.PROVED;
    }

    /** Whether a rise of E is proved. */
    public boolean violationCertified() {
        return violation != null;
    }

    /** Whether E_upper <= Theorem 1's bound is proved on (0, T]. */
    public boolean boundHoldsCertified() {
        return boundHolds.verdict() == Verdict.PROVED;
    }
}
