package org.landausweep.core.grid;

import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.landausweep.core.data.InitialDatum;
import org.landausweep.core.data.InvalidInputException;
import org.landausweep.core.diagnostics.Diagnostics;
import org.landausweep.core.diagnostics.Samples;
import org.landausweep.core.diagnostics.Theorem1;
import org.landausweep.core.evolution.SolveResult;
import org.landausweep.core.evolution.SolveStatus;

/**
 * An independent solver of the space-homogeneous Landau equation with Maxwell molecules, eq. (1), on a
 * uniform velocity grid in d = 2 and d = 3, to cross-check the Hermite solver. It shares nothing with the
 * Hermite code but the initial data and the diagnostics: the collision coefficients A[f] and B[f] are
 * computed at every stage from the current grid function ({@link CollisionCoefficients}), never from
 * Proposition 1 or the closed-form P(t), so those become tests of this solver.
 *
 * <p>Pieces: the cube from the datum's tails ({@link DomainRule}); the conservative corner discretization
 * in h = f/m, exact in mass, momentum and energy and with m as exact equilibrium ({@link FluxOperator});
 * adaptive TR-BDF2, fully implicit in the coefficients ({@link TimeStepper}). E(t) between the samples
 * is the cubic Hermite interpolant of (t, E, E') through every time step ({@link SampledEnergyCurve}),
 * E' being that of the semi-discrete system; it feeds {@link Diagnostics#analyze}.
 */
public final class GridSolver {

    private GridSolver() {
    }

    /**
     * Solves from t = 0 to the last of {@code times} and reports at each of them. Bad input throws
     * {@link InvalidInputException}; a numerical failure throws {@link IllegalStateException}.
     */
    public static GridSolveResult solve(InitialDatum datum, GridSettings settings, double[] times) {
        long started = System.nanoTime();
        settings.validate();
        int d = datum.d();
        InvalidInputException.require(d == 2 || d == 3, "d", d, "the grid solver handles d = 2 and d = 3 only (it stores n^d cells)");
        checkTimes(times);
        VelocityGrid grid = new VelocityGrid(d, settings.cells(), DomainRule.halfWidth(datum, settings.tail()));
        double[] u0 = GridObservables.initialState(grid, datum);
        double e0 = GridObservables.energy(grid, u0);
        InvalidInputException.require(e0 > 0, "components", e0, "E(0) must be positive: the datum is the equilibrium m itself");
        GridObservables.Moments initial = GridObservables.moments(grid, u0);
        double[][] pIn = datum.secondMoments();
        double[] lambda = eigenvalues(pIn);
        Theorem1 theorem = new Theorem1(d, lambda[0]);

        int count = times.length;
        double[] e = new double[count];
        double[] de = new double[count];
        double[] bound = new double[count];
        double[] pError = new double[count];
        double[] entropy = new double[count];
        double[] fisher = new double[count];
        double massError = 0;
        double momentumError = 0;
        double energyError = 0;
        int negative = 0;
        TimeStepper stepper = new TimeStepper(grid, u0, settings.tolerance());
        for (int k = 0; k < count; k++) {
            stepper.advanceTo(times[k]);
            double[] u = stepper.state();
            e[k] = GridObservables.energy(grid, u);
            de[k] = GridObservables.energyRate(grid, u, stepper.rate());
            bound[k] = theorem.bound(times[k], e0);
            entropy[k] = GridObservables.entropy(grid, u);
            fisher[k] = GridObservables.fisher(grid, u);
            negative = Math.max(negative, GridObservables.negativeCells(grid, u));
            GridObservables.Moments moments = GridObservables.moments(grid, u);
            massError = Math.max(massError, Math.abs(moments.mass() - initial.mass()));
            for (int i = 0; i < d; i++) {
                momentumError = Math.max(momentumError, Math.abs(moments.momentum()[i] - initial.momentum()[i]));
            }
            energyError = Math.max(energyError, Math.abs(moments.energy() - initial.energy()));
            pError[k] = secondMomentError(moments.second(), pIn, times[k]);
        }
        double horizon = times[count - 1];
        Diagnostics diagnostics = Diagnostics.analyze(stepper.curve(), theorem, e0, horizon, new Samples(times.clone(), e, de));
        double pErrorMax = 0;
        for (double x : pError) {
            pErrorMax = Math.max(pErrorMax, x);
        }
        SolveResult result = new SolveResult(d, datum.family(), SolveStatus.OK, "", lambda, pIn, datum.e0Closed(), e0, theorem, diagnostics,
                -1, (datum.e0Closed() - e0) / datum.e0Closed(), horizon, Double.NaN, 0, pErrorMax, massError, momentumError, energyError,
                times.clone(), e, de, bound, pError, stepper.steps(), (System.nanoTime() - started) * 1e-9);
        double tolerance = settings.tolerance();
        return new GridSolveResult(result, entropy, fisher, rises(entropy, tolerance), rises(fisher, tolerance), grid.n, grid.cellCount(),
                grid.halfWidth, grid.spacing, stepper.rejected(), stepper.linearIterations(), negative);
    }

    /**
     * {@code count} uniform sample times on [0, T]; T = {@code horizon} if it is a number, else the time at
     * which Theorem 1's bound c0 e^{-2(d-1)T} E(0) reaches {@code floor} E(0), so that the exact E(T)/E(0)
     * is at most the floor (the grid solver cannot stop where its own E reaches it: it must know the
     * sample times before it starts).
     */
    public static double[] uniformTimes(InitialDatum datum, double horizon, int count, double floor) {
        InvalidInputException.require(count >= 2 && count <= 100_000, "samples", count, "must lie in [2, 100000]");
        double end = horizon;
        if (Double.isNaN(horizon)) {
            InvalidInputException.require(floor > 0 && floor < 1, "floor", floor, "must lie in (0, 1)");
            Theorem1 theorem = new Theorem1(datum.d(), eigenvalues(datum.secondMoments())[0]);
            end = (Math.log(theorem.c0()) - Math.log(floor)) / theorem.rate();
        }
        InvalidInputException.require(end > 0 && Double.isFinite(end), "horizon", end, "must be positive and finite");
        double[] t = new double[count];
        for (int k = 0; k < count; k++) {
            t[k] = end * k / (count - 1.0);
        }
        return t;
    }

    /** Eigenvalues of P_in, descending. */
    private static double[] eigenvalues(double[][] p) {
        return new EigenDecompositionSymmetric(MatrixUtils.createRealMatrix(p), 1e-12, true).getEigenvalues();
    }

    private static void checkTimes(double[] times) {
        InvalidInputException.require(times != null && times.length >= 1, "times", times, "must not be empty");
        for (int k = 0; k < times.length; k++) {
            InvalidInputException.require(Double.isFinite(times[k]) && times[k] >= 0, "times[" + k + "]", times[k], "must be finite and non-negative");
            InvalidInputException.require(k == 0 || times[k] > times[k - 1], "times[" + k + "]", times[k], "times must be strictly increasing");
        }
        InvalidInputException.require(times[times.length - 1] > 0, "times", times, "the last sample time must be positive");
    }

    /** max_ij |P_ij - (Id + e^{-4dt}(P_in - Id))_ij|, the closed form (5) that the solver itself never uses. */
    private static double secondMomentError(double[][] p, double[][] pIn, double t) {
        double decay = Math.exp(-4.0 * p.length * t);
        double max = 0;
        for (int i = 0; i < p.length; i++) {
            for (int j = 0; j < p.length; j++) {
                double identity = i == j ? 1 : 0;
                max = Math.max(max, Math.abs(p[i][j] - identity - decay * (pIn[i][j] - identity)));
            }
        }
        return max;
    }

    /** Sample intervals on which x rose by more than {@code tolerance} relative: beyond what the time error explains. */
    private static int rises(double[] x, double tolerance) {
        int count = 0;
        for (int k = 1; k < x.length; k++) {
            if (x[k] - x[k - 1] > tolerance * Math.abs(x[k - 1])) {
                count++;
            }
        }
        return count;
    }
}
