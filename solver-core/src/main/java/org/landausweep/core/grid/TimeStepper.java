package org.landausweep.core.grid;

import java.util.stream.DoubleStream;

/**
 * Adaptive TR-BDF2 (Bank et al. 1985; Hosea &amp; Shampine 1996) for du/dt = R(u) on the grid, fully implicit
 * in the collision coefficients. With γ = 2 - √2 and κ = γ h/2, a step of size h is
 * <pre>
 *   u_γ     = u_n + κ (R(u_n) + R(u_γ))                                   (trapezoid to t_n + γh)
 *   u_{n+1} = (u_γ - (1-γ)^2 u_n)/(γ(2-γ)) + κ R(u_{n+1})                 (BDF2 to t_n + h)
 * </pre>
 * L-stable and second order: the diffusion grows like |v|^2/Δ^2, so the stiff modes must be damped, not
 * merely bounded as by Crank–Nicolson. Each stage x = b + κ R(x) is solved by fixed-point iteration on
 * the coefficients: assemble R from the moments of the current iterate, solve the linear system
 * (I - κ J) x = b + κ c by {@link BiCgStab} to {@value #LINEAR_TOLERANCE} of b, repeat until the system
 * re-assembled from the solution already holds to {@value #FIXED_POINT_TOLERANCE}. Both stages are then
 * exact linear combinations of R at self-consistent states, so they inherit the operator's conservation
 * of mass, momentum and energy to that tolerance. The residual's component along sqrt(m), which is the
 * mass (a left eigenvector of I - κ J with eigenvalue 1), is then removed exactly: mass is conserved to
 * rounding.
 *
 * <p>Error control: the local error estimate 2kh (R_n/γ - R_γ/(γ(1-γ)) + R_{n+1}/(1-γ)),
 * k = (-3γ^2 + 4γ - 2)/(12(2-γ)), filtered through (I - κ J)^{-1} as Hosea and Shampine do so that stiff
 * components are not over-estimated, must be at most {@code tolerance} ||u_{n+1}||: a relative bound in the
 * norm whose square is E, so that E keeps its relative accuracy as it decays.
 */
final class TimeStepper {
    private static final double GAMMA = 2 - Math.sqrt(2);
    /** k of the local error k h^3 u''' of TR-BDF2. */
    private static final double ERROR_CONSTANT = (-3 * GAMMA * GAMMA + 4 * GAMMA - 2) / (12 * (2 - GAMMA));
    /** Relative residual of a stage's equation with self-consistent coefficients: momentum and energy are conserved to this. */
    private static final double FIXED_POINT_TOLERANCE = 1e-11;
    /**
     * Relative residual of each linear solve: below the fixed-point tolerance, so that re-assembling from
     * a solution does not ask for another solve just to chase the last digit.
     */
    private static final double LINEAR_TOLERANCE = 1e-12;
    /** An error estimate needs two digits, not twelve. */
    private static final double ESTIMATE_TOLERANCE = 1e-2;
    private static final int MAX_FIXED_POINT = 40;
    private static final double SAFETY = 0.9;
    private static final double MIN_FACTOR = 0.2;
    private static final double MAX_FACTOR = 4;

    private final VelocityGrid grid;
    private final CollisionCoefficients coefficients;
    private final FluxOperator operator;
    private final BiCgStab krylov;
    private final double tolerance;
    /** Σ sqrt(m) u of the initial state: the discrete mass is Σ m Δ^d plus this times Δ^d. */
    private final double massDeviation;
    private final double sqrtMNorm2;

    private double[] u;
    private double[] previous;
    private double previousStep;
    private double[] rate;
    private double[] next;
    private double[] nextRate;
    private final double[] stageU;
    private final double[] stageRate;
    private final double[] rhs;
    private final double[] b;
    private final double[] estimate;
    private final double[] filtered;

    private double t;
    private double h;
    private int steps;
    private int rejected;
    private long linearIterations;
    private final DoubleStream.Builder knotT = DoubleStream.builder();
    private final DoubleStream.Builder knotE = DoubleStream.builder();
    private final DoubleStream.Builder knotDe = DoubleStream.builder();

    /** Starts at t = 0 from u0 (padded; copied). */
    TimeStepper(VelocityGrid grid, double[] u0, double tolerance) {
        this.grid = grid;
        this.coefficients = new CollisionCoefficients(grid);
        this.operator = new FluxOperator(grid);
        this.krylov = new BiCgStab(grid.paddedLength, 2000);
        this.tolerance = tolerance;
        int n = grid.paddedLength;
        u = u0.clone();
        previous = u0.clone();
        rate = new double[n];
        next = new double[n];
        nextRate = new double[n];
        stageU = new double[n];
        stageRate = new double[n];
        rhs = new double[n];
        b = new double[n];
        estimate = new double[n];
        filtered = new double[n];
        massDeviation = BiCgStab.dot(grid.sqrtM, u);
        sqrtMNorm2 = BiCgStab.dot(grid.sqrtM, grid.sqrtM);
        operator.assemble(coefficients.update(u));
        operator.apply(u, rate);
        // first step from the fastest rate present: k h^3 λ^3 = tolerance, λ = ||R(u)||/||u||
        double lambda = BiCgStab.norm(rate) / BiCgStab.norm(u);
        h = Math.cbrt(tolerance / Math.abs(ERROR_CONSTANT)) / lambda;
        record();
    }

    /** Steps until t = target exactly (target >= t). */
    void advanceTo(double target) {
        while (t < target) {
            if (!(h > 1e-14 * Math.max(1, t))) {
                throw new IllegalStateException("time step " + h + " underflows at t = " + t);
            }
            boolean last = target - t <= 1.1 * h; // stretch by up to 10% rather than leave a sliver
            double step = last ? target - t : h;
            double error = step(step);
            if (Double.isNaN(error)) {
                error = Double.POSITIVE_INFINITY; // shrink the step; the guard above ends a hopeless run
            }
            boolean accepted = error <= 1;
            double factor = Math.min(MAX_FACTOR, Math.max(MIN_FACTOR, SAFETY * Math.cbrt(1 / error)));
            if (accepted) {
                double[] swap = previous;
                previous = u;
                u = next;
                next = swap;
                previousStep = step;
                swap = rate;
                rate = nextRate;
                nextRate = swap;
                t = last ? target : t + step;
                steps++;
                record();
                h = last ? Math.max(h, step * factor) : step * factor;
            } else {
                rejected++;
                h = step * Math.min(factor, 1);
            }
        }
    }

    /** One TR-BDF2 step of size step from (t, u) into next; returns the error estimate relative to the tolerance. */
    private double step(double step) {
        double kappa = 0.5 * GAMMA * step;
        // initial guess: the line through the last two states (an explicit predictor would excite the stiff modes)
        double slope = steps == 0 ? 0 : GAMMA * step / previousStep;
        for (int p : grid.cells) {
            rhs[p] = u[p] + kappa * rate[p];
            stageU[p] = u[p] + slope * (u[p] - previous[p]);
        }
        solveStage(kappa, rhs, stageU);
        operator.apply(stageU, stageRate);

        double c = 1 / (GAMMA * (2 - GAMMA));
        double d = (1 - GAMMA) * (1 - GAMMA) * c;
        for (int p : grid.cells) {
            rhs[p] = c * stageU[p] - d * u[p];
            next[p] = u[p] + (stageU[p] - u[p]) / GAMMA;
        }
        solveStage(kappa, rhs, next);
        operator.apply(next, nextRate);

        double scale = 2 * ERROR_CONSTANT * step;
        for (int p : grid.cells) {
            estimate[p] = scale * (rate[p] / GAMMA - stageRate[p] / (GAMMA * (1 - GAMMA)) + nextRate[p] / (1 - GAMMA));
        }
        System.arraycopy(estimate, 0, filtered, 0, estimate.length);
        linearIterations += krylov.solve(operator.stage(kappa), estimate, filtered, ESTIMATE_TOLERANCE);
        return BiCgStab.norm(filtered) / (tolerance * BiCgStab.norm(next));
    }

    /** Solves x = rhs + κ R(x), x holding the initial guess, with R's coefficients taken from x itself. */
    private void solveStage(double kappa, double[] rhs, double[] x) {
        for (int iteration = 0; iteration < MAX_FIXED_POINT; iteration++) {
            operator.assemble(coefficients.update(x));
            double[] c = operator.constant();
            for (int p : grid.cells) {
                b[p] = rhs[p] + kappa * c[p];
            }
            LinearSystem stage = operator.stage(kappa);
            if (iteration > 0 && krylov.relativeResidual(stage, b, x) <= FIXED_POINT_TOLERANCE) {
                restoreMass(x);
                return;
            }
            linearIterations += krylov.solve(stage, b, x, LINEAR_TOLERANCE);
        }
        throw new IllegalStateException("collision coefficients not self-consistent after " + MAX_FIXED_POINT + " fixed-point iterations at t = " + t);
    }

    /** Adds the multiple of sqrt(m) that gives x the initial mass exactly (R(x) does not change mass). */
    private void restoreMass(double[] x) {
        double alpha = (massDeviation - BiCgStab.dot(grid.sqrtM, x)) / sqrtMNorm2;
        for (int p : grid.cells) {
            x[p] += alpha * grid.sqrtM[p];
        }
    }

    private void record() {
        knotT.add(t);
        knotE.add(GridObservables.energy(grid, u));
        knotDe.add(GridObservables.energyRate(grid, u, rate));
    }

    /** The current state (padded; read only). */
    double[] state() {
        return u;
    }

    /** R(u) of the current state (padded; read only). */
    double[] rate() {
        return rate;
    }

    int steps() {
        return steps;
    }

    int rejected() {
        return rejected;
    }

    long linearIterations() {
        return linearIterations;
    }

    /** E(t) through every accepted step: cubic Hermite on (t, E, E'). */
    SampledEnergyCurve curve() {
        return new SampledEnergyCurve(knotT.build().toArray(), knotE.build().toArray(), knotDe.build().toArray());
    }
}
