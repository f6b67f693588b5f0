package org.landausweep.core.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The structure of the semi-discrete operator (FluxOperator's Javadoc): for ANY grid state, with the
 * coefficients computed from that state, Σ_i φ_i Q_i = 0 for φ = 1, v_k, |v|^2 to rounding; and every
 * multiple of m is an exact equilibrium. With coefficients frozen at another state only the mass is
 * conserved, which is why the time stepper makes them self-consistent.
 */
class FluxOperatorTest {

    @ParameterizedTest(name = "d = {0}")
    @ValueSource(ints = {2, 3})
    void conservesMassMomentumAndEnergyExactlyForAnyState(int d) {
        VelocityGrid grid = new VelocityGrid(d, d == 2 ? 20 : 10, 5.5);
        double[] u = randomState(grid, 1);
        double[] rate = rate(grid, u, u);
        double[][] balance = balances(grid, rate);
        for (int k = 0; k < balance.length; k++) {
            assertEquals(0, balance[k][0], 1e-13 * balance[k][1], "moment " + k + ": Σ φ Q = " + balance[k][0] + " of Σ |φ Q| = " + balance[k][1]);
        }
    }

    @ParameterizedTest(name = "d = {0}")
    @ValueSource(ints = {2, 3})
    void frozenCoefficientsConserveOnlyTheMass(int d) {
        VelocityGrid grid = new VelocityGrid(d, d == 2 ? 20 : 10, 5.5);
        double[][] balance = balances(grid, rate(grid, randomState(grid, 1), randomState(grid, 2)));
        assertEquals(0, balance[0][0], 1e-13 * balance[0][1], "mass");
        for (int k = 1; k < balance.length; k++) {
            assertTrue(Math.abs(balance[k][0]) > 1e-6 * balance[k][1], "moment " + k + " is not conserved by a frozen operator");
        }
    }

    @ParameterizedTest(name = "d = {0}")
    @ValueSource(ints = {2, 3})
    void multiplesOfTheMaxwellianAreExactEquilibria(int d) {
        VelocityGrid grid = new VelocityGrid(d, 12, 5.5);
        for (double c : new double[] {1, 0.7, 1.3}) {
            double[] u = new double[grid.paddedLength];
            for (int p : grid.cells) {
                u[p] = (c - 1) * grid.sqrtM[p]; // f = c m
            }
            for (double r : rate(grid, u, u)) {
                assertEquals(0, r, 1e-15, "R(u) for f = " + c + " m (|u| <= 0.3 (2π)^{-d/4}): zero up to the rounding of y = u/sqrt(m)");
            }
        }
    }

    /** R(u) with the coefficients of the state {@code coefficientsOf}. */
    private static double[] rate(VelocityGrid grid, double[] u, double[] coefficientsOf) {
        FluxOperator operator = new FluxOperator(grid);
        operator.assemble(new CollisionCoefficients(grid).update(coefficientsOf));
        double[] rate = new double[grid.paddedLength];
        operator.apply(u, rate);
        return rate;
    }

    /** A smooth bump with a random perturbation on every cell (no symmetry left to help conservation). */
    private static double[] randomState(VelocityGrid grid, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] u = new double[grid.paddedLength];
        for (int r = 0; r < grid.cellCount(); r++) {
            int p = grid.cells[r];
            double shifted = 0;
            for (int k = 0; k < grid.d; k++) {
                double x = grid.cellV[r * grid.d + k] - 0.6 + 0.3 * k;
                shifted += x * x / (1.0 + 0.3 * k);
            }
            double f = Math.exp(-shifted) * (1 + 0.3 * random.nextDouble());
            u[p] = (f - grid.m[p]) * grid.invSqrtM[p];
        }
        return u;
    }

    /** For φ = 1, v_1 .. v_d, |v|^2: {Σ φ_i Q_i, Σ |φ_i Q_i|} with Q_i = sqrt(m_i) R_i = d f_i/dt. */
    private static double[][] balances(VelocityGrid grid, double[] rate) {
        int d = grid.d;
        double[][] balance = new double[d + 2][2];
        for (int r = 0; r < grid.cellCount(); r++) {
            int p = grid.cells[r];
            double q = grid.sqrtM[p] * rate[p];
            double v2 = 0;
            for (int k = 0; k < d; k++) {
                double vk = grid.cellV[r * d + k];
                v2 += vk * vk;
                add(balance[k + 1], vk * q);
            }
            add(balance[0], q);
            add(balance[d + 1], v2 * q);
        }
        return balance;
    }

    private static void add(double[] sums, double x) {
        sums[0] += x;
        sums[1] += Math.abs(x);
    }
}
