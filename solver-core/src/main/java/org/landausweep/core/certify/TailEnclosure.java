package org.landausweep.core.certify;

import java.util.Arrays;

/**
 * The upper bound Q_up(t) of the energy Q(t) = Σ_{n>N} r_n(t)^2 of the discarded degrees, valid at every
 * t in [0, T] (docs/CERTIFICATION.md §3-§4).
 *
 * <p>y = sqrt(Q) obeys y' <= -γ_N(t) y + ||g(t)||, g = e^{-4dt}(C_{N+1} a_{N-1} + C_{N+2} a_N) the forcing of
 * the tail by the kept degrees. On a grid 0 = τ_0 < τ_1 < ... < τ_J = T, G_j >= sup ||g|| on [τ_j, τ_{j+1}]
 * comes from the comparison system r_n' <= e^{-4dτ_j} c_n r_{n-2} (M0 <= -(d-1)n <= 0 on degree n),
 * solved exactly over the cell as polynomials with non-negative coefficients, with the degrees below a
 * window bounded a priori by max(1, sqrt(E_prior)). Then on the cell, as γ_N increases with t,
 * y(t) <= e^{-(Γ(t) - Γ(τ_j))} y(τ_j) + G_j (1 - e^{-γ_N(τ_j)(t - τ_j)})/γ_N(τ_j).
 *
 * <p>With an {@link InitialLayer} (§3a) the tail is also split as u = v + far + w: v the initial band N+1..N'
 * under M0 alone, far the initial degrees above N', and w (w(0) = 0) forced by g and by the coupling
 * e^{-4dt} M1 v that v misses, so ||w|| obeys the same Duhamel bound with G_j + e^{-4dτ_j} leak(τ_j). Then
 * y <= sqrt(||v||^2 + ||far||^2) + ||w||, and the bound kept at each grid point is the smaller of the two.
 * As v (degrees N+1..N') and far (degrees > N') are orthogonal, also y >= ||v + far|| - ||w|| >= ||v|| - ||w||
 * (§3b): {@link #lower}.
 */
final class TailEnclosure {
    /** Largest e^{-4dτ} c_{N+2} Δ per cell: keeps the comparison series short. */
    private static final double COUPLING_STEP = 0.2;
    /** Degrees per parity chain kept in the comparison window; the rest enters as the a priori bound. */
    private static final int WINDOW = 10;
    /** Largest relative growth of r_N over a cell from the inflow of degree N - 2. */
    private static final double INFLOW = 0.1;
    /** Smallest cell, as a share of the largest: bounds the cost where r_N vanishes. */
    private static final double MIN_CELL_SHARE = 0.002;
    /** COUPLING_STEP of the coarse cells: e^{-4dτ} c_{N+2} Δ <= 1 (the comparison series stays short, the bound looser). */
    private static final double COARSE_COUPLING = 1;
    /** Longest coarse cell, in units of maxCell (cells double from maxCell after {@code coarseFrom}). */
    private static final double COARSE_LIMIT = 64;

    private final TailRates rates;
    private final double[] tau;
    private final double[] y;
    private final double[] forcing;
    /** ||w|| at the grid points and its forcing bound per cell (unused without a layer). */
    private final double[] w;
    private final double[] layerForcing;
    private final InitialLayer layer;
    private final EarlyPiece piece;
    private final double scale;
    private final double remainderScale;

    private TailEnclosure(TailRates rates, double[] tau, double[] y, double[] forcing, double[] w, double[] layerForcing,
                          InitialLayer layer, EarlyPiece piece, double scale, double remainderScale) {
        this.rates = rates;
        this.tau = tau;
        this.y = y;
        this.forcing = forcing;
        this.w = w;
        this.layerForcing = layerForcing;
        this.layer = layer;
        this.piece = piece;
        this.scale = scale;
        this.remainderScale = remainderScale;
    }

    /**
     * @param tail0    an upper bound of Q(0) = E(0) - E_N(0)
     * @param e0Upper  an upper bound of E(0), for the a priori bound of the degrees below the window
     * @param horizon  T
     * @param maxCell  largest cell length before {@code coarseFrom}
     * @param coarseFrom from this time on the cell cap doubles from cell to cell (from 2 maxCell) up to 64 maxCell, with
     *                 COARSE_COUPLING for COUPLING_STEP and no inflow limit (the bound is valid
     *                 for cells of any length; they are only less tight); +infinity: maxCell throughout
     * @param scale    multiplies Q_up (1; smaller only in the mutation test)
     * @param remainderScale multiplies the ||w||_up subtracted in {@link #lower} (1; smaller only in its mutation test)
     * @param required times that must be grid points (increasing): the sample times, so that a forward-only
     *                 engine visits them once
     * @param layer    the initial layer of the tail (§3a), or null for the bound of §3-§4 alone
     * @param piece    the higher-degree first piece (§3c), or null: on [0, t1] its bound of Q is a bound of y^2 at every grid
     *                 point, t1 is one, and the Duhamel bound restarts from it there
     */
    static TailEnclosure build(TailRates rates, TruncatedSolution solution, double tail0, double e0Upper, double horizon,
                               double maxCell, double coarseFrom, double scale, double remainderScale, double[] required,
                               InitialLayer layer, EarlyPiece piece) {
        if (piece != null && piece.end() < horizon) {
            required = withTime(required, piece.end());
        }
        int n = rates.degree();
        int d = rates.d();
        int low = Math.max(0, n - 2 * WINDOW - 1);
        double[] tau = cells(rates, solution, horizon, maxCell, coarseFrom, required);
        int cells = tau.length - 1;
        solution.degreeNormsAhead(low, n, Arrays.copyOf(tau, cells));
        prepare(layer, tau);
        double[] y = new double[cells + 1];
        double[] g = new double[cells + 1];
        double[] w = new double[cells + 1];
        double[] h = new double[cells + 1];
        double wj = 0;
        double yj = Math.sqrt(tail0);
        double[] r = new double[n + 1];
        double[][] poly = new double[n + 1][];
        for (int j = 0; ; j++) {
            double t = tau[j];
            if (layer != null) {
                // both bounds hold at τ_j, so the Duhamel bound may restart from the smaller
                yj = Math.min(yj, Math.sqrt(layer.bandAndFarSquared(t)) + wj);
            }
            if (piece != null && t <= piece.end()) {
                yj = Math.min(yj, Math.sqrt(piece.upper(t)));
            }
            y[j] = yj;
            w[j] = wj;
            if (j == cells) {
                break;
            }
            double decay = rates.decay(t);
            double computedError = solution.coefficientError(t);
            for (int m = low; m <= n; m++) {
                r[m] = solution.degreeNorm(m, t) + computedError;
            }
            double next = tau[j + 1];
            double delta = next - t;
            // a priori: E(s) <= E(0) exp(-2∫ρ), with ∫_0^s ρ >= (d-1) t - (ε0+S0)(1 - e^{-4d next})/(4d) on the cell
            double prior = e0Upper * Math.exp(-2 * ((d - 1.0) * t + (rates.eps0() + rates.s0()) * Math.expm1(-4.0 * d * next) / (4.0 * d)));
            double below = Math.max(1, Math.sqrt(prior));
            for (int m = low; m <= n; m++) {
                double[] p = new double[WINDOW + 3];
                p[0] = r[m];
                double a = decay * rates.coupling(m);
                if (a > 0) {
                    double[] from = m - 2 >= low ? poly[m - 2] : null;
                    for (int k = 0; k + 1 < p.length; k++) {
                        double source = from == null ? (k == 0 ? below : 0) : from[k];
                        p[k + 1] = a * source / (k + 1);
                    }
                }
                poly[m] = p;
            }
            double rTop = evaluate(poly[n], delta);
            double rBelow = n - 1 >= low ? evaluate(poly[n - 1], delta) : below;
            g[j] = decay * Math.hypot(rates.coupling(n + 1) * rBelow, rates.coupling(n + 2) * rTop);
            yj = propagate(rates, t, yj, g[j], next);
            if (layer != null) {
                // leak and e^{-4dt} are non-increasing: their values at τ_j bound them on the cell
                h[j] = g[j] + decay * layer.leak(t);
                wj = propagate(rates, t, wj, h[j], next);
            }
        }
        return new TailEnclosure(rates, tau, y, g, w, h, layer, piece, scale, remainderScale);
    }

    /**
     * The grid τ_0 = 0 < ... < τ_J = T of the bound. A cell is short enough that e^{-4dτ} c_{N+2} Δ <= COUPLING_STEP (the
     * comparison series stays short) and that the inflow from degree N - 2 adds at most INFLOW to r_N (when r_N > 0); coarse
     * cells (from {@code coarseFrom}) have only the doubling cap and leave tightness to the caller's check of the width on the
     * whole cell. Only r_N and r_{N-2} set it, so the other degrees of the window can be computed for all cells at once.
     */
    private static double[] cells(TailRates rates, TruncatedSolution solution, double horizon, double maxCell, double coarseFrom,
                                  double[] required) {
        int n = rates.degree();
        double[] tau = new double[64];
        int count = 0;
        double t = 0;
        int nextRequired = 0;
        double cap = maxCell;
        while (true) {
            if (count + 1 >= tau.length) {
                tau = Arrays.copyOf(tau, 2 * tau.length);
            }
            tau[count] = t;
            if (t >= horizon) {
                return Arrays.copyOf(tau, count + 1);
            }
            double decay = rates.decay(t);
            double computedError = solution.coefficientError(t);
            double rTop = solution.degreeNorm(n, t) + computedError;
            double feed = decay * rates.coupling(n) * (n >= 2 ? solution.degreeNorm(n - 2, t) + computedError : 0);
            boolean coarse = t >= coarseFrom;
            cap = coarse ? Math.min(COARSE_LIMIT * maxCell, 2 * cap) : maxCell;
            double step = Math.min(cap, (coarse ? COARSE_COUPLING : COUPLING_STEP) / Math.max(1e-300, decay * rates.coupling(n + 2)));
            if (feed > 0 && rTop > 0 && !coarse) {
                step = Math.max(MIN_CELL_SHARE * maxCell, Math.min(step, INFLOW * rTop / feed));
            }
            double next = Math.min(horizon, t + step);
            while (nextRequired < required.length && required[nextRequired] <= t) {
                nextRequired++;
            }
            if (nextRequired < required.length) {
                next = Math.min(next, required[nextRequired]);
            }
            t = next;
            count++;
        }
    }

    /** {@code times} (increasing) with t inserted in order. */
    private static double[] withTime(double[] times, double t) {
        int k = Arrays.binarySearch(times, t);
        if (k >= 0) {
            return times;
        }
        int at = -k - 1;
        double[] out = new double[times.length + 1];
        System.arraycopy(times, 0, out, 0, at);
        out[at] = t;
        System.arraycopy(times, at, out, at + 1, times.length - at);
        return out;
    }

    private static double evaluate(double[] p, double x) {
        double s = 0;
        for (int k = p.length - 1; k >= 0; k--) {
            s = s * x + p[k];
        }
        return s;
    }

    /** The Duhamel bound from (τ_j, y_j) to t in the same cell, forcing bounded by g. */
    private static double propagate(TailRates rates, double tj, double yj, double g, double t) {
        double gamma = rates.gamma(tj);
        double h = t - tj;
        double integral = gamma == 0 ? h : -Math.expm1(-gamma * h) / gamma;
        return Math.exp(-(rates.gammaIntegral(t) - rates.gammaIntegral(tj))) * yj + g * integral;
    }

    private int cell(double t) {
        int k = Arrays.binarySearch(tau, t);
        int j = k >= 0 ? k : -k - 2;
        return Math.max(0, Math.min(j, tau.length - 2));
    }

    /** Computes ahead what {@link #upper} and {@link #lower} read of the layer at these times (nothing without a layer). */
    void prepare(double[] times) {
        prepare(layer, times);
    }

    private static void prepare(InitialLayer layer, double[] times) {
        if (layer != null) {
            layer.ahead(times);
        }
    }

    /** The grid of the bound: the decisions are evaluated on it. */
    double[] grid() {
        return tau.clone();
    }

    /**
     * A bound of Q_up on the whole cell [τ_j, τ_{j+1}] when γ_N(τ_j) > 0: with ΔΓ >= γ_N(τ_j) h the Duhamel bound is
     * y(t) <= e^{-γh} y_j + (1 - e^{-γh}) G_j/γ <= max(y_j, G_j/γ), so Q_up <= max(y_j, G_j/γ)^2. +infinity when γ <= 0.
     */
    double supOnCell(int j) {
        double gamma = rates.gamma(tau[j]);
        if (!(gamma > 0)) {
            return Double.POSITIVE_INFINITY;
        }
        double bound = Math.max(y[j], forcing[j] / gamma);
        return scale * bound * bound;
    }

    /** Q_up(t) >= Q(t) for t in [0, T]. */
    double upper(double t) {
        int j = cell(t);
        double yt = propagate(rates, tau[j], y[j], forcing[j], t);
        if (layer != null) {
            yt = Math.min(yt, Math.sqrt(layer.bandAndFarSquared(t)) + propagate(rates, tau[j], w[j], layerForcing[j], t));
        }
        if (piece != null && t <= piece.end()) {
            yt = Math.min(yt, Math.sqrt(piece.upper(t)));
        }
        return scale * yt * yt;
    }

    /**
     * Q_lo(t) = max(0, ||v(t)|| - ||w||_up(t))^2 <= Q(t) with the layer, and on [0, t1] at least the early piece's lower bound (§3b; ||w||_up scaled by {@code scale} in the mutation
     * test: {@code remainderScale}), 0 without: u = (v + far) + w and ||v + far|| >= ||v|| (orthogonal degrees), so ||u|| >= ||v|| - ||w||.
     */
    double lower(double t) {
        double early = piece != null && t <= piece.end() ? piece.lower(t) : 0;
        if (layer == null) {
            return early;
        }
        int j = cell(t);
        double gain = Math.max(0, layer.bandNorm(t) - remainderScale * propagate(rates, tau[j], w[j], layerForcing[j], t));
        return Math.max(early, gain * gain);
    }

    /** An upper bound of Q'(t): Q' <= -2γQ + 2 sqrt(Q) ||g|| <= min(max(0, -2γ) Q_up + 2 sqrt(Q_up) G, G^2/(2γ) if γ > 0). */
    double derivativeUpper(double t) {
        int j = cell(t);
        double q = upper(t);
        double g = forcing[j] * Math.sqrt(scale);
        double gamma = rates.gamma(t);
        double bound = Math.max(0, -2 * gamma) * q + 2 * Math.sqrt(q) * g;
        return gamma > 0 ? Math.min(bound, g * g / (2 * gamma)) : bound;
    }
}
