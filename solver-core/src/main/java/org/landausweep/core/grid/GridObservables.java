package org.landausweep.core.grid;

import org.landausweep.core.data.InitialDatum;

/**
 * What the grid solver reports about a state u = (f - m)/sqrt(m), each by quadrature over the cells
 * (weight Δ^d; spectrally accurate for smooth data) or, for gradients, over the corners.
 */
final class GridObservables {
    private GridObservables() {
    }

    /** u_i = (f_in(v_i) - m(v_i))/sqrt(m(v_i)) at the cell centres (padded). */
    static double[] initialState(VelocityGrid grid, InitialDatum datum) {
        double[] u = new double[grid.paddedLength];
        double[] v = new double[grid.d];
        for (int r = 0; r < grid.cellCount(); r++) {
            System.arraycopy(grid.cellV, r * grid.d, v, 0, grid.d);
            int p = grid.cells[r];
            u[p] = (datum.density(v) - grid.m[p]) * grid.invSqrtM[p];
        }
        return u;
    }

    /** E = ∫ (f/m - 1)^2 m dv = Σ u_i^2 Δ^d. */
    static double energy(VelocityGrid grid, double[] u) {
        return grid.volume * BiCgStab.dot(u, u);
    }

    /** E' = 2 Σ u_i R_i Δ^d, the time derivative of the semi-discrete E for the rate R = du/dt. */
    static double energyRate(VelocityGrid grid, double[] u, double[] rate) {
        return 2 * grid.volume * BiCgStab.dot(u, rate);
    }

    /** Mass ∫ f, momentum ∫ v f and second moments ∫ v⊗v f of f = m + sqrt(m) u. */
    record Moments(double mass, double[] momentum, double[][] second) {
        double energy() {
            double trace = 0;
            for (int k = 0; k < second.length; k++) {
                trace += second[k][k];
            }
            return trace;
        }
    }

    static Moments moments(VelocityGrid grid, double[] u) {
        int d = grid.d;
        double mass = 0;
        double[] momentum = new double[d];
        double[][] second = new double[d][d];
        for (int r = 0; r < grid.cellCount(); r++) {
            int p = grid.cells[r];
            double f = grid.m[p] + grid.sqrtM[p] * u[p];
            mass += f;
            for (int k = 0; k < d; k++) {
                double vk = grid.cellV[r * d + k];
                momentum[k] += vk * f;
                for (int l = 0; l < d; l++) {
                    second[k][l] += vk * grid.cellV[r * d + l] * f;
                }
            }
        }
        for (int k = 0; k < d; k++) {
            momentum[k] *= grid.volume;
            for (int l = 0; l < d; l++) {
                second[k][l] *= grid.volume;
            }
        }
        return new Moments(mass * grid.volume, momentum, second);
    }

    /**
     * H(f|m) = ∫ (f log(f/m) - f + m) dv = Σ m_i φ(y_i) Δ^d, φ(y) = (1+y) log(1+y) - y, y = f/m - 1
     * (equal to ∫ f log(f/m) for unit masses, and pointwise non-negative). Cells where f <= 0 (rounding in
     * far tails) count as f = 0, φ(-1) = 1.
     */
    static double entropy(VelocityGrid grid, double[] u) {
        double sum = 0;
        for (int p : grid.cells) {
            sum += grid.m[p] * phi(u[p] * grid.invSqrtM[p]);
        }
        return sum * grid.volume;
    }

    /** φ(y) = (1+y) log(1+y) - y, by its series x^2 Σ_j (-x)^j/((j+1)(j+2)) near 0 where the closed form cancels. */
    private static double phi(double y) {
        if (y <= -1) {
            return 1;
        }
        if (Math.abs(y) > 0.1) {
            return (1 + y) * Math.log1p(y) - y;
        }
        double sum = 0;
        for (int j = 16; j >= 0; j--) {
            sum = 1.0 / ((j + 1) * (j + 2)) - y * sum;
        }
        return y * y * sum;
    }

    /**
     * I(f|m) = ∫ f |∇ log(f/m)|^2 dv = 4 ∫ m |∇ sqrt(h)|^2 dv, h = f/m, as 4 Σ_c m(v_c) |(D(sqrt(h) - 1))_c|^2 Δ^d
     * with the corner gradient D; sqrt(h) - 1 = y/(1 + sqrt(1 + y)) keeps its relative accuracy near
     * equilibrium, and h is taken as 0 where f <= 0.
     */
    static double fisher(VelocityGrid grid, double[] u) {
        double[] w = new double[grid.paddedLength];
        for (int p : grid.cells) {
            double y = u[p] * grid.invSqrtM[p];
            w[p] = y <= -1 ? -1 : y / (1 + Math.sqrt(1 + y));
        }
        double[] grad = new double[grid.d];
        double sum = 0;
        for (int q = 0; q < grid.cornerCount(); q++) {
            grid.cornerGradient(w, q, grad);
            double g2 = 0;
            for (double g : grad) {
                g2 += g * g;
            }
            sum += grid.cornerM[q] * g2;
        }
        return 4 * sum * grid.volume;
    }

    /** Cells where f = m + sqrt(m) u < 0. */
    static int negativeCells(VelocityGrid grid, double[] u) {
        int count = 0;
        for (int p : grid.cells) {
            if (grid.m[p] + grid.sqrtM[p] * u[p] < 0) {
                count++;
            }
        }
        return count;
    }
}
