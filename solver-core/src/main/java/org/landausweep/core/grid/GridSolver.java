package org.landausweep.core.grid;

import org.hipparchus.linear.MatrixUtils;
import org.landausweep.core.data.InitialDatum;
import org.landausweep.core.data.InvalidInputException;
import org.landausweep.core.diagnostics.Diagnostics;
import org.landausweep.core.diagnostics.Samples;
import org.landausweep.core.diagnostics.Theorem1;
import org.landausweep.core.evolution.Conservation;
import org.landausweep.core.evolution.DatumSummary;
import org.landausweep.core.evolution.GridReport;
import org.landausweep.core.evolution.Horizon;
import org.landausweep.core.evolution.SolveResult;
import org.landausweep.core.evolution.SolveStatus;
import org.landausweep.core.evolution.Timeseries;
import org.landausweep.core.numerics.SecondMoments;

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
    /** The status message of every grid run: UNRESOLVED, because nothing bounds the grid's error. */
    static final String NO_ENCLOSURE = "grid solver: no certified enclosure (the finite-volume error is estimated, not bounded),"
            + " so no decision is certified";

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
        double[][] pIn = datum.secondMoments();
        double[] lambda = SecondMoments.eigenvalues(pIn);
        Theorem1 theorem = new Theorem1(d, lambda[0]);

        Observations seen = new Observations(grid, u0, pIn, times.length);
        TimeStepper stepper = new TimeStepper(grid, u0, settings.tolerance());
        for (int k = 0; k < times.length; k++) {
            stepper.advanceTo(times[k]);
            seen.observe(k, times[k], stepper.state(), stepper.rate());
        }
        double horizon = times[times.length - 1];
        Diagnostics diagnostics = Diagnostics.analyze(stepper.curve(), theorem, e0, horizon, new Samples(times.clone(), seen.e, seen.de));
        double[] bound = new double[times.length];
        for (int k = 0; k < times.length; k++) {
            bound[k] = theorem.bound(times[k], e0);
        }
        GridReport report = new GridReport(e0, (datum.e0Closed() - e0) / datum.e0Closed(), grid.n, stepper.steps());
        SolveResult result = new SolveResult(SolveStatus.UNRESOLVED, NO_ENCLOSURE, new DatumSummary(d, datum.family(), lambda, pIn, datum.e0Closed()),
                diagnostics, new Horizon(horizon, Double.NaN, 0),
                new Conservation(seen.massError, seen.momentumError, seen.energyError, max(seen.pError)),
                new Timeseries(times, seen.e, seen.de, bound, seen.pError), report, (System.nanoTime() - started) * 1e-9);
        double tolerance = settings.tolerance();
        return new GridSolveResult(result, seen.entropy, seen.fisher, rises(seen.entropy, tolerance), rises(seen.fisher, tolerance), grid.n,
                grid.cellCount(), grid.halfWidth, grid.spacing, stepper.rejected(), stepper.linearIterations(), seen.negative);
    }

    /** What the solver reports at the sample times, and the drifts of the conserved moments from t = 0. */
    private static final class Observations {
        private final VelocityGrid grid;
        private final GridObservables.Moments initial;
        private final double[][] pIn;
        final double[] e;
        final double[] de;
        final double[] pError;
        final double[] entropy;
        final double[] fisher;
        double massError;
        double momentumError;
        double energyError;
        int negative;

        Observations(VelocityGrid grid, double[] u0, double[][] pIn, int count) {
            this.grid = grid;
            this.initial = GridObservables.moments(grid, u0);
            this.pIn = pIn;
            e = new double[count];
            de = new double[count];
            pError = new double[count];
            entropy = new double[count];
            fisher = new double[count];
        }

        void observe(int k, double t, double[] u, double[] rate) {
            e[k] = GridObservables.energy(grid, u);
            de[k] = GridObservables.energyRate(grid, u, rate);
            entropy[k] = GridObservables.entropy(grid, u);
            fisher[k] = GridObservables.fisher(grid, u);
            negative = Math.max(negative, GridObservables.negativeCells(grid, u));
            GridObservables.Moments moments = GridObservables.moments(grid, u);
            massError = Math.max(massError, Math.abs(moments.mass() - initial.mass()));
            for (int i = 0; i < grid.d; i++) {
                momentumError = Math.max(momentumError, Math.abs(moments.momentum()[i] - initial.momentum()[i]));
            }
            energyError = Math.max(energyError, Math.abs(moments.energy() - initial.energy()));
            pError[k] = SecondMoments.errorOf(MatrixUtils.createRealMatrix(moments.second()), pIn, t); // the closed form (5), which the solver never uses
        }
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
            Theorem1 theorem = new Theorem1(datum.d(), SecondMoments.eigenvalues(datum.secondMoments())[0]);
            end = (Math.log(theorem.c0()) - Math.log(floor)) / theorem.rate();
        }
        InvalidInputException.require(end > 0 && Double.isFinite(end), "horizon", end, "must be positive and finite");
        double[] t = new double[count];
        for (int k = 0; k < count; k++) {
            t[k] = end * k / (count - 1.0);
        }
        return t;
    }

    private static void checkTimes(double[] times) {
        InvalidInputException.require(times != null && times.length >= 1, "times", times, "must not be empty");
        for (int k = 0; k < times.length; k++) {
            InvalidInputException.require(Double.isFinite(times[k]) && times[k] >= 0, "times[" + k + "]", times[k], "must be finite and non-negative");
            InvalidInputException.require(k == 0 || times[k] > times[k - 1], "times[" + k + "]", times[k], "times must be strictly increasing");
        }
        InvalidInputException.require(times[times.length - 1] > 0, "times", times, "the last sample time must be positive");
    }

    private static double max(double[] x) {
        double max = 0;
        for (double v : x) {
            max = Math.max(max, v);
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
