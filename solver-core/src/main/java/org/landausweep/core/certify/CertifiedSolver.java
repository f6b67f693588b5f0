package org.landausweep.core.certify;

import java.util.ArrayList;
import java.util.List;
import org.landausweep.core.data.InitialDatum;
import org.landausweep.core.data.InvalidInputException;
import org.landausweep.core.diagnostics.FloorCrossing;
import org.landausweep.core.diagnostics.Samples;
import org.landausweep.core.diagnostics.Theorem1;

/**
 * Certified solve: E_lower = E_N (exact truncated solution, a lower bound since the hierarchy is closed), plus
 * Q_lo = max(0, ||v|| - ||w||_up)^2 with the initial layer ({@link TailEnclosure#lower}, CERTIFICATION.md §3b), and
 * E_upper = E_N + Q_up with Q_up the proven bound of the discarded energy ({@link TailEnclosure}); the
 * decisions of Theorem 1's check follow from the enclosure (docs/CERTIFICATION.md §5).
 *
 * <p>The degree N starts at the smallest with E(0) - E_N(0) <= tol E(0)/100 and grows (by a quarter) until the
 * relative width is at most tol or N reaches max(nMax, highDegree). Up to nMax the truncated solution is the
 * exact exponential-sum solver ({@link ModalSolution}); above it the Krylov engine ({@link KrylovSolution}). With
 * {@link CertificationSettings.Layer#RETRY} a final degree that is not CERTIFIED is evaluated again with the layer, and the
 * narrower certificate is kept; with {@link CertificationSettings#earlyPiece} one still not CERTIFIED is evaluated again with a
 * first piece [0, t1] at a higher degree N' ({@link EarlyPiece}, §3c), and again the narrower is kept.
 */
public final class CertifiedSolver {
    /** Margin for the rounding of the closed-form E(0) + 1 (a sum of O(1) terms), ten times the solver's estimate. */
    private static final double CLOSED_FORM_ROUNDING = 1e-14;
    /** Share of tol given to the initial tail when choosing the first N. */
    private static final double INITIAL_TAIL_SHARE = 0.01;

    private CertifiedSolver() {
    }

    /** Certifies one datum; bad settings throw {@link InvalidInputException}. */
    public static Certificate solve(InitialDatum datum, CertificationSettings settings) {
        return solve(datum, settings, null);
    }

    /**
     * Certifies one datum reusing a solve's own truncated solution ({@code solved}, null for none): its blocks come
     * first, and at its degree its expansion is used instead of a new one (the same numbers, without the rebuild).
     *
     * @throws IllegalArgumentException when {@code solved} is in another frame than this datum's principal frame
     */
    public static Certificate solve(InitialDatum datum, CertificationSettings settings, SolvedTruncation solved) {
        return solve(datum, settings, solved, Cells.ADAPTIVE);
    }

    /** The grid of the tail bound and the decisions. */
    enum Cells {
        /**
         * Coarse cells after t_ρ, kept when they settle everything ({@link Evaluation#settles}), or when no grid can certify
         * the degree (its width before t_ρ, where both grids are the same, is over tol) and they decide both; else fine cells.
         */
        ADAPTIVE,
        /** Cells of at most maxCell on all of [0, T]. */
        FINE,
        /** Coarse cells after t_ρ whatever they decide (tests). */
        COARSE
    }

    static Certificate solve(InitialDatum datum, CertificationSettings settings, SolvedTruncation solved, Cells cells) {
        return solve(datum, settings, solved, cells, PiecePlan.DEFAULT);
    }

    /**
     * How the early piece (§3c) is chosen: the ends t1 tried in turn, and a cap on N' below {@link EarlyPiece#band}'s own.
     *
     * @param ends      increasing candidate t1
     * @param topCap    largest N'
     * @param tailLimit the piece runs only when E(0) - E_{N'}(0) <= tailLimit tol E(0): its width at t = 0
     */
    record PiecePlan(double[] ends, int topCap, double tailLimit) {
        /**
         * t1 in {0.02, 0.04, 0.08} (the widest point of top-band data lies at t = 1e-3 - 2e-2, §8); N' as the data need; not run
         * when it cannot certify at t = 0.
         */
        static final PiecePlan DEFAULT = new PiecePlan(new double[] {0.02, 0.04, 0.08}, Integer.MAX_VALUE, 1);
    }

    static Certificate solve(InitialDatum datum, CertificationSettings settings, SolvedTruncation solved, Cells cells, PiecePlan plan) {
        long started = System.nanoTime();
        settings.validate();
        int d = datum.d();
        PrincipalFrame frame = PrincipalFrame.of(datum);
        double[] q = frame.q();
        double lambdaMax = frame.lambdaMax();
        double e0c = datum.e0Closed();
        if (!(e0c > 0) || !Double.isFinite(e0c)) {
            throw new InvalidInputException("components", e0c, "E(0) must be positive and finite");
        }
        double margin = CLOSED_FORM_ROUNDING * (1 + e0c);
        Interval e0 = new Interval(Math.max(0, e0c - margin), e0c + margin);

        if (solved != null && !java.util.Arrays.equals(solved.q(), q)) {
            throw new IllegalArgumentException("the solved truncation is in another frame: q = " + java.util.Arrays.toString(solved.q())
                    + ", this datum's principal frame has q = " + java.util.Arrays.toString(q));
        }
        InitialDatum.CoefficientStream stream = blocks(frame.datum(), solved);
        List<double[]> coefficients = new ArrayList<>();
        coefficients.add(stream.next());
        double energy = 0;
        int cap = Math.max(settings.nMax(), settings.highDegree());
        while (coefficients.size() <= 2 || (e0.hi() - energy > INITIAL_TAIL_SHARE * settings.tol() * e0c
                && coefficients.size() <= cap)) {
            energy += add(coefficients, stream);
        }
        while (true) {
            int n = coefficients.size() - 1;
            double tail0 = InitialTail.squared(e0.hi(), energy, n);
            TruncatedSolution solution = solved != null && n == solved.degree() ? ModalSolution.of(solved)
                    : n <= settings.nMax() ? ModalSolution.of(d, coefficients, q, e0c) : new KrylovSolution(d, coefficients, q);
            double level = settings.floor() * e0c;
            // when E_N(0) is already below the floor, only the a priori decay says where E reaches it
            double horizon = !Double.isNaN(settings.horizon()) ? settings.horizon()
                    : solution.e(0) >= level ? horizon(solution, level) : aPrioriFloorTime(d, q, settings.floor());
            TailRates rates = TailRates.of(d, n, q);
            double[] times = sampleTimes(settings.sampleCount(), horizon);
            // the forward-only Krylov engine gets the sample times as grid points (visited once); the exact solver needs not
            double[] required = solution instanceof KrylovSolution ? times : new double[0];
            Theorem1 theorem = new Theorem1(d, lambdaMax);
            Grid grid = new Grid(solution, rates, theorem, tail0, e0, horizon, settings, times, required, cells, n < cap);
            boolean always = settings.initialLayer() == CertificationSettings.Layer.ALWAYS;
            InitialLayer kept = always ? layer(frame, n, e0) : null;
            Evaluation ev = grid.evaluate(kept, null);
            if (ev.width <= settings.tol() || n >= cap) {
                Certificate certificate = ev.certificate(d, n, e0, (System.nanoTime() - started) * 1e-9);
                if (certificate.status() != CertificateStatus.CERTIFIED && settings.initialLayer() == CertificationSettings.Layer.RETRY) {
                    // the layer gives a larger E_lower and a smaller Q_up on the same grid: redo this degree with it
                    InitialLayer layer = layer(frame, n, e0);
                    Evaluation layered = grid.evaluate(layer, null);
                    Certificate retry = layered.certificate(d, n, e0, (System.nanoTime() - started) * 1e-9);
                    if (retry.maxRelativeWidth() < certificate.maxRelativeWidth()) {
                        certificate = retry;
                        ev = layered;
                        kept = layer;
                    }
                }
                if (certificate.status() != CertificateStatus.CERTIFIED && settings.earlyPiece()) {
                    certificate = withEarlyPiece(grid, frame, n, e0, kept, ev, certificate, plan, started);
                }
                return certificate;
            }
            int target = Math.min(cap, n + Math.max(4, n / 4));
            while (coefficients.size() <= target) {
                energy += add(coefficients, stream);
            }
        }
    }

    /** Share of tol allowed for the initial tail above N' of the early piece, E(0) - E_{N'}(0) (it sets the width near t = 0). */
    private static final double PIECE_TAIL_SHARE = 0.1;

    /**
     * The certificate of degree n redone with an early piece [0, t1] (§3c) at the N' of {@link EarlyPiece#band}, t1 from
     * the plan's ends in turn (the Krylov cost grows with t1): the first that is CERTIFIED, else the narrowest. A longer piece
     * is tried only while the widest point lies after the current t1 (before it, the piece itself is the limit). Returns the
     * narrower of that and {@code certificate} ({@code plain} its evaluation).
     */
    private static Certificate withEarlyPiece(Grid grid, PrincipalFrame frame, int n, Interval e0, InitialLayer layer, Evaluation plain,
                                              Certificate certificate, PiecePlan plan, long started) {
        int d = frame.datum().d();
        CertificationSettings settings = grid.settings();
        EarlyPiece.Band band = EarlyPiece.band(frame.datum(), n, plan.topCap(), e0.hi(), PIECE_TAIL_SHARE * settings.tol() * e0.lo());
        Certificate best = certificate;
        double widest = plain.widestAt();
        double previous = 0;
        for (double end : plan.ends()) {
            double t1 = Math.min(end, grid.horizon());
            // at t = 0 the piece is (E(0) - E_{N'}(0))/E wide: when that is over tol it cannot certify, and it is not run
            if (band == null || band.tail0() > plan.tailLimit() * settings.tol() * e0.lo() || previous > 0 && widest <= previous) {
                break;
            }
            EarlyPiece piece = EarlyPiece.of(band, frame.q(), n, t1, e0.hi(), settings.maxCell(), settings.restartScale());
            Evaluation ev = grid.evaluate(layer, piece);
            Certificate c = ev.certificate(d, n, e0, (System.nanoTime() - started) * 1e-9);
            if (c.maxRelativeWidth() < best.maxRelativeWidth()) {
                best = c;
            }
            if (best.status() == CertificateStatus.CERTIFIED || t1 >= grid.horizon()) {
                break;
            }
            widest = ev.widestAt();
            previous = t1;
        }
        return best;
    }

    /** The initial layer of a degree-n solve (§3a), split at N' = {@link InitialLayer#topFor}. */
    private static InitialLayer layer(PrincipalFrame frame, int n, Interval e0) {
        return InitialLayer.of(frame.datum(), frame.q(), n, InitialLayer.topFor(frame.datum().d(), n), e0.hi());
    }

    /** What the enclosure of one degree needs besides the initial layer; {@link #evaluate} builds it with or without one. */
    private record Grid(TruncatedSolution solution, TailRates rates, Theorem1 theorem, double tail0, Interval e0, double horizon,
                        CertificationSettings settings, double[] times, double[] required, Cells cells, boolean canGrow) {

        /** Coarse cells after t_ρ as {@link Cells#ADAPTIVE} says (or when asked for), else fine cells (§4, §5); layer and piece may be null. */
        Evaluation evaluate(InitialLayer layer, EarlyPiece piece) {
            Evaluation ev = null;
            // coarse cells only on the exact solver (the Krylov engine would restart from t = 0 for the fine retry)
            double coarseFrom = cells != Cells.FINE && solution instanceof ModalSolution ? aPrioriTime(rates) : Double.POSITIVE_INFINITY;
            if (coarseFrom < horizon) {
                TailEnclosure coarse = TailEnclosure.build(rates, solution, tail0, e0.hi(), horizon, settings.maxCell(), coarseFrom,
                        settings.tailScale(), settings.remainderScale(), required, layer, piece);
                ev = Evaluation.of(solution, coarse, rates, theorem, e0, horizon, settings, times);
                if (cells == Cells.ADAPTIVE && !ev.settles()) {
                    // the fine grid is the same before t_ρ: if the width is already over tol there, it cannot pass either,
                    // and it is not needed while the degree grows or when these cells already decide both (it would only
                    // tighten the intervals after t_ρ)
                    boolean fineCannotCertify = ev.widthBefore(coarseFrom) > settings.tol();
                    ev = fineCannotCertify && (canGrow || ev.decides()) ? ev : null;
                }
            }
            if (ev == null) {
                TailEnclosure tail = TailEnclosure.build(rates, solution, tail0, e0.hi(), horizon, settings.maxCell(), Double.POSITIVE_INFINITY,
                        settings.tailScale(), settings.remainderScale(), required, layer, piece);
                ev = Evaluation.of(solution, tail, rates, theorem, e0, horizon, settings, times);
            }
            return ev;
        }
    }

    /**
     * t_ρ, the first time with ρ(t) = d - 1 - (ε0 + S0) e^{-4dt} >= 0: log((ε0 + S0)/(d - 1))/(4d), or 0. After it E' <= -2ρE <= 0,
     * so monotonicity needs no grid there, and E is non-increasing on every later cell.
     */
    static double aPrioriTime(TailRates rates) {
        double excess = (rates.eps0() + rates.s0()) / (rates.d() - 1.0);
        double t = excess <= 1 ? 0 : Math.log(excess) / (4.0 * rates.d());
        while (rates.rho(t) < 0) {
            t = Math.nextUp(t) + 1e-15; // rounding of the logarithm: ρ(t_ρ) >= 0 is what the cells after it use
        }
        return t;
    }

    /**
     * The time T at which the a priori bound E(t) <= E(0) exp(-2∫_0^t ρ) (docs/CERTIFICATION.md §2, ρ of {@link TailRates})
     * falls to {@code floor} E(0), so that E(T) <= floor E(0) is proved: the horizon of a solve whose truncation resolves
     * less than the floor of E(0) already at t = 0 (P_in = diag(1 + q_i) in the frame of the solve).
     */
    public static double aPrioriFloorTime(int d, double[] q, double floor) {
        TailRates rates = TailRates.of(d, 0, q);
        return FloorCrossing.time(t -> Math.exp(-2 * rates.rhoIntegral(t)), floor);
    }

    /** count uniform times on [0, T], with 3T/4 (the start of the late window) among them. */
    private static double[] sampleTimes(int count, double horizon) {
        double[] times = new double[count + 1];
        for (int k = 0; k < count; k++) {
            times[k] = horizon * k / (count - 1.0);
        }
        times[count] = 0.75 * horizon;
        java.util.Arrays.sort(times);
        return times;
    }

    /** The solved blocks first, then the datum's own stream (started, and advanced past them, only when needed). */
    private static InitialDatum.CoefficientStream blocks(InitialDatum rotated, SolvedTruncation solved) {
        if (solved == null) {
            return rotated.coefficients();
        }
        List<double[]> known = solved.coefficients();
        return new InitialDatum.CoefficientStream() {
            private int next;
            private InitialDatum.CoefficientStream rest;

            @Override
            public double[] next() {
                if (next < known.size()) {
                    return known.get(next++);
                }
                if (rest == null) {
                    rest = rotated.coefficients();
                    for (int k = 0; k < known.size(); k++) {
                        rest.next();
                    }
                }
                return rest.next();
            }
        };
    }

    private static double add(List<double[]> coefficients, InitialDatum.CoefficientStream stream) {
        double[] a = stream.next();
        double s = 0;
        for (double x : a) {
            s += x * x;
        }
        coefficients.add(a);
        return s;
    }

    /**
     * Where E_N(t) falls to {@code level}: doubling then bisection; forward only, in steps of 1/8, for the Krylov
     * engine (which restarts on a query back in time).
     */
    private static double horizon(TruncatedSolution solution, double level) {
        if (solution instanceof KrylovSolution) {
            double t = 0.125;
            while (solution.e(t) >= level) {
                t += 0.125;
                if (t > 1e3) {
                    throw new IllegalStateException("E_N(t) stays above the floor up to t = 1e3");
                }
            }
            return Math.max(t - 0.125, 1e-3);
        }
        double lo = FloorCrossing.time(solution::e, level);
        return Math.max(lo, 1e-3);
    }

    /** The enclosure on the grid of the tail bound and at the sample times, and what it decides. */
    private static final class Evaluation {
        final double[] grid;
        final double[] lower;
        final double[] upper;
        final double[] slopeUpper;
        final double[] cellUpper;
        final double width;
        /** The grid point of the largest relative width. */
        final double widest;
        final TruncatedSolution solution;
        final TailEnclosure tail;
        final TailRates rates;
        final Theorem1 theorem;
        final double horizon;
        final Interval e0Interval;
        final CertificationSettings settings;
        /** The sample times: uniform on [0, T] plus 3T/4 (grid points of the tail bound on the Krylov engine). */
        final double[] times;
        private final double[] last = new double[2];
        private double lastT = Double.NaN;

        private Evaluation(TruncatedSolution solution, TailEnclosure tail, TailRates rates, Theorem1 theorem, Interval e0Interval,
                           double horizon, CertificationSettings settings, double[] times) {
            this.solution = solution;
            this.e0Interval = e0Interval;
            this.times = times;
            this.tail = tail;
            this.rates = rates;
            this.theorem = theorem;
            this.horizon = horizon;
            this.settings = settings;
            this.grid = tail.grid();
            int m = grid.length;
            lower = new double[m];
            upper = new double[m];
            slopeUpper = new double[m];
            cellUpper = new double[m];
            Samples computed = Samples.of(solution, grid);
            double w = 0;
            double at = 0;
            for (int j = 0; j < m; j++) {
                double e = computed.e()[j];
                double[] err = computedErrors(grid[j], e);
                lower[j] = Math.max(0, e - err[0] + tail.lower(grid[j]));
                upper[j] = e + err[0] + tail.upper(grid[j]);
                slopeUpper[j] = computed.dedt()[j] + err[1] + tail.derivativeUpper(grid[j]);
                double wj = relativeWidth(lower[j], upper[j]);
                if (wj > w) {
                    w = wj;
                    at = grid[j];
                }
            }
            this.widest = at;
            for (int j = 0; j + 1 < m; j++) {
                // sup of E on the cell: E' <= -2ρE and ρ increases, so E(t) <= E(τ_j) exp(2 max(0, -ρ(τ_j)) Δ)
                cellUpper[j] = upper[j] * Math.exp(2 * Math.max(0, -rates.rho(grid[j])) * (grid[j + 1] - grid[j]));
            }
            cellUpper[m - 1] = upper[m - 1];
            this.width = w;
        }

        /**
         * Errors of E_N and E_N' from an error δ of the coefficient vector: |ΔE_N| <= 2 sqrt(E_N) δ + δ^2 and
         * |ΔE_N'| <= 2 δ (||M|| sqrt(E_N) + ||M|| (sqrt(E_N) + δ)), ||M|| <= (d-1)N + N(N+d-2) + c_N.
         */
        private double[] computedErrors(double t, double e) {
            double delta = solution.coefficientError(t);
            if (delta == 0) {
                return new double[2];
            }
            int n = rates.degree();
            double norm = (rates.d() - 1.0) * n + n * (n + rates.d() - 2.0) + rates.decay(t) * rates.coupling(n);
            double root = Math.sqrt(e);
            return new double[] {2 * root * delta + delta * delta, 2 * delta * norm * (2 * root + delta)};
        }

        /**
         * Whether these cells settle the certificate: the relative width is at most tol at the grid points and on every
         * cell after t_ρ as a whole, and monotonicity and the bound are both decided. On such a cell [τ_j, τ_{j+1}]
         * E is non-increasing (ρ >= 0), so E_N(t) = E(t) - Q(t) >= E_N(τ_{j+1}) - s with s >= sup Q_up on the cell
         * ({@link TailEnclosure#supOnCell}), and the width there is at most s/(E_N(τ_{j+1}) - s). With a coefficient error δ
         * (the pruning's, {@link ModalSolution}) the computed E_N at a t where E(t) = y is off by at most
         * e(y) = 2 (sqrt(y) + δ) δ + δ^2, so the width there is at most (s + 2e(y))/(y - s - 2e(y)). For δ <= sqrt(y)/10 that
         * decreases in y (the numerator grows like sqrt(y), the denominator like y), and y >= E_lower(τ_{j+1}) on the cell.
         */
        boolean settles() {
            if (!(width <= settings.tol())) {
                return false;
            }
            for (int j = 0; j + 1 < grid.length; j++) {
                if (rates.rho(grid[j]) >= 0) {
                    double delta = solution.coefficientError(grid[j]);
                    double y = lower[j + 1];
                    double s = tail.supOnCell(j) + 2 * (2 * (Math.sqrt(y) + delta) * delta + delta * delta);
                    if (!(delta <= 0.1 * Math.sqrt(y) && y > s && s / (y - s) <= settings.tol())) {
                        return false;
                    }
                }
            }
            return decides();
        }

        /** Whether monotonicity and Theorem 1's bound are both decided (PROVED or DISPROVED) on this grid. */
        boolean decides() {
            return monotone(violation()).decided() && boundHolds(e0Interval).decided();
        }

        /** The grid point of the largest relative width. */
        double widestAt() {
            return widest;
        }

        /** The largest relative width at the grid points before t. */
        double widthBefore(double t) {
            double w = 0;
            for (int j = 0; j < grid.length && grid[j] < t; j++) {
                w = Math.max(w, relativeWidth(lower[j], upper[j]));
            }
            return w;
        }

        static Evaluation of(TruncatedSolution solution, TailEnclosure tail, TailRates rates, Theorem1 theorem, Interval e0,
                             double horizon, CertificationSettings settings, double[] times) {
            return new Evaluation(solution, tail, rates, theorem, e0, horizon, settings, times);
        }

        Certificate certificate(int d, int n, Interval e0, double seconds) {
            int count = times.length;
            double[] eLo = new double[count];
            double[] eUp = new double[count];
            double[] dLo = new double[count];
            double[] dUp = new double[count];
            double w = width;
            tail.prepare(times);
            Samples computed = Samples.of(solution, times);
            for (int k = 0; k < count; k++) {
                double t = times[k];
                double e = computed.e()[k];
                double[] err = computedErrors(t, e);
                eLo[k] = Math.max(0, e - err[0] + tail.lower(t));
                eUp[k] = e + err[0] + tail.upper(t);
                dLo[k] = Double.NEGATIVE_INFINITY;
                dUp[k] = computed.dedt()[k] + err[1] + tail.derivativeUpper(t);
                w = Math.max(w, relativeWidth(eLo[k], eUp[k]));
            }
            Violation violation = violation();
            Decision monotone = monotone(violation);
            Decision bound = boundHolds(e0);
            boolean certified = w <= settings.tol();
            CertificateStatus status = certified ? CertificateStatus.CERTIFIED
                    : monotone.decided() && bound.decided() ? CertificateStatus.DECIDED : CertificateStatus.UNRESOLVED;
            String message = "";
            if (!monotone.decided()) {
                message = "monotonicity open: " + monotone.detail();
            }
            if (!bound.decided()) {
                message += (message.isEmpty() ? "" : "; ") + "bound open: " + bound.detail();
            }
            if (!certified && !message.isEmpty()) {
                message += " (relative width " + w + " at N = " + n + ")";
            }
            return new Certificate(d, status, message, e0, n, horizon, times.clone(), eLo, eUp, dLo, dUp, w, monotone, violation, bound,
                    c0(e0, d), minRate(), lateRate(), grid.length - 1, seconds, this::enclosure, this::slopeUpper);
        }

        /** [E_N - error + Q_lo, E_N + error + Q_up] at any t in [0, T]. */
        private Interval enclosure(double t) {
            double[] out = truncated(t);
            double err = computedErrors(t, out[0])[0];
            return new Interval(Math.max(0, out[0] - err + tail.lower(t)), out[0] + err + tail.upper(t));
        }

        /** E_N'(t) + its computed error + the bound of Q'(t) at any t in [0, T]. */
        private double slopeUpper(double t) {
            double[] out = truncated(t);
            return out[1] + computedErrors(t, out[0])[1] + tail.derivativeUpper(t);
        }

        /** (E_N(t), E_N'(t)), kept for the last t: a sample's enclosure and slope bound are read one after the other. */
        private double[] truncated(double t) {
            if (t != lastT) {
                solution.evaluate(t, last);
                lastT = t;
            }
            return last;
        }

        /** The largest certified rise E_lower(τ_b) - E_upper(τ_a), a < b, over the grid. */
        private Violation violation() {
            int bestA = -1;
            int bestB = -1;
            double best = 0;
            int argMin = 0;
            for (int b = 1; b < grid.length; b++) {
                if (upper[b - 1] < upper[argMin]) {
                    argMin = b - 1;
                }
                double rise = lower[b] - upper[argMin];
                if (rise > best) {
                    best = rise;
                    bestA = argMin;
                    bestB = b;
                }
            }
            return bestA < 0 ? null : new Violation(grid[bestA], grid[bestB], new Interval(best, upper[bestB] - lower[bestA]));
        }

        private Decision monotone(Violation violation) {
            if (violation != null) {
                return new Decision(Verdict.DISPROVED, "E(" + violation.t2() + ") - E(" + violation.t1() + ") in [" + violation.rise().lo()
                        + ", " + violation.rise().hi() + "]");
            }
            for (int j = 1; j < grid.length; j++) {
                if (rates.rho(grid[j - 1]) >= 0) {
                    return new Decision(Verdict.PROVED, "dEdt_upper < 0 on the grid up to t = " + grid[j - 1]
                            + ", where the a priori rate ρ becomes >= 0");
                }
                if (!(slopeUpper[j] < 0)) {
                    return new Decision(Verdict.OPEN, "dEdt_upper(" + grid[j] + ") = " + slopeUpper[j] + " >= 0 and no certified rise");
                }
            }
            return new Decision(Verdict.PROVED, "dEdt_upper < 0 at every grid point of (0, T]");
        }

        private Decision boundHolds(Interval e0) {
            for (int j = 0; j < grid.length; j++) {
                if (grid[j] > 0 && lower[j] > theorem.bound(grid[j], e0.hi())) {
                    return new Decision(Verdict.DISPROVED, "E_lower(" + grid[j] + ") = " + lower[j] + " > bound " + theorem.bound(grid[j], e0.hi()));
                }
            }
            // (0, τ_1]: E(0) = bound(0), so compare slopes; analytic when ε0 + S0 <= 2(λmax - 1) (then E <= E(0) exp(-2∫ρ) <= bound)
            boolean analytic = rates.eps0() + rates.s0() <= 2 * (theorem.lambdaMax() - 1) * (1 + 1e-12);
            for (int j = 0; j + 1 < grid.length; j++) {
                double t = grid[j];
                double h = grid[j + 1] - t;
                double boundMin = theorem.bound(t, e0.lo()) * Math.exp(-2.0 * (theorem.d() - 1) * h);
                if (cellUpper[j] <= boundMin) {
                    continue;
                }
                if (j == 0 && (analytic || slopeUpper[0] < slope(0, e0.lo()) && slopeUpper[1] < slope(grid[1], e0.lo()))) {
                    continue;
                }
                return new Decision(Verdict.OPEN, "E_upper exceeds the bound's lower value on [" + t + ", " + grid[j + 1] + "]: "
                        + cellUpper[j] + " > " + boundMin);
            }
            return new Decision(Verdict.PROVED, analytic ? "on the grid cells, and near t = 0 by the a priori inequality"
                    : "on the grid cells, and near t = 0 by dEdt_upper < bound' at the first cell's ends");
        }

        /** bound'(t) for E(0) = e0. */
        private double slope(double t, double e0) {
            double decay = Math.exp(-4.0 * theorem.d() * t);
            return theorem.bound(t, e0) * (-2.0 * (theorem.d() - 1) + 4 * (theorem.lambdaMax() - 1) * decay);
        }

        private Interval c0(Interval e0, int d) {
            double lo = 0;
            double hi = 0;
            for (int j = 0; j < grid.length; j++) {
                lo = Math.max(lo, lower[j] * Math.exp(2.0 * (d - 1) * grid[j]) / e0.hi());
                double end = grid[Math.min(j + 1, grid.length - 1)];
                hi = Math.max(hi, cellUpper[j] * Math.exp(2.0 * (d - 1) * end) / e0.lo());
            }
            return new Interval(lo, Math.max(lo, hi));
        }

        /** (E_upper - E_lower)/E_lower, and +∞ when E_lower is 0 (nothing is resolved there). */
        private static double relativeWidth(double lower, double upper) {
            return lower > 0 ? (upper - lower) / lower : Double.POSITIVE_INFINITY;
        }

        /** [min over the grid of -dEdt_upper/E, min over cells of the secant -(log E_lower(τ_{j+1}) - log E_upper(τ_j))/Δ]. */
        private Interval minRate() {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.POSITIVE_INFINITY;
            for (int j = 0; j < grid.length; j++) {
                // -E'/E >= -dEdt_upper/E_upper when dEdt_upper < 0, else >= -dEdt_upper/E_lower (-∞ when E_lower is 0)
                double rate = slopeUpper[j] < 0 ? -slopeUpper[j] / upper[j]
                        : lower[j] > 0 ? -slopeUpper[j] / lower[j] : slopeUpper[j] == 0 ? 0 : Double.NEGATIVE_INFINITY;
                lo = Math.min(lo, rate);
                if (j + 1 < grid.length) {
                    double secant = -(Math.log(lower[j + 1]) - Math.log(upper[j])) / (grid[j + 1] - grid[j]);
                    hi = Math.min(hi, Double.isNaN(secant) ? Double.POSITIVE_INFINITY : secant);
                }
            }
            return new Interval(Math.min(Double.isNaN(lo) ? Double.NEGATIVE_INFINITY : lo, hi), hi);
        }

        private Interval lateRate() {
            double t1 = times[java.util.Arrays.binarySearch(times, 0.75 * horizon)];
            Interval early = enclosure(t1);
            Interval late = enclosure(horizon);
            double h = horizon - t1;
            double lo = -(Math.log(late.hi()) - Math.log(early.lo())) / h;
            double hi = -(Math.log(late.lo()) - Math.log(early.hi())) / h;
            // an end of E's enclosure at 0 leaves that side of the rate unbounded
            return new Interval(Double.isNaN(lo) ? Double.NEGATIVE_INFINITY : lo, Double.isNaN(hi) ? Double.POSITIVE_INFINITY : hi);
        }
    }
}
