package org.landausweep.core.evolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.ode.ODEIntegrator;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.landausweep.core.PolynomialOperator;
import org.landausweep.core.data.GaussianMixture;

/**
 * An anisotropic datum (P_in not diagonal, λmax above (d+1)/2 so t0 > 0) against an independent
 * computation: the coefficient ODE da/dt = (M(Id) + e^{-4dt}(M(P_in) - M(Id))) a assembled by
 * {@link PolynomialOperator} from eq. (4), in the original frame, integrated by Dormand–Prince 8(5,3) at
 * relative tolerance 1e-13. Same truncation degree N on both sides (the hierarchy is closed, so E_N is
 * exact for both). Tolerances: E_N and E_N' relative 1e-9; P(t) from the degree-2 coefficients 1e-12.
 */
class AnisotropicReferenceTest {

    @ParameterizedTest
    @CsvSource({"2, 10", "3, 6"})
    void exactSolverAgreesWithDirectIntegrationOfTheMomentSystem(int d, int n) {
        GaussianMixture datum = anisotropic(d);
        PolynomialOperator op = new PolynomialOperator(d, n);
        double[][] m0 = op.matrix(OperatorStructureTest.identity(d));
        double[][] mp = op.matrix(datum.secondMoments());
        double[] a0 = op.coefficients(datum);

        double[] times = new double[40];
        for (int k = 0; k < times.length; k++) {
            times[k] = 0.02 * k * k / 39.0;
        }
        SolverSettings settings = SolverSettings.defaults(d).withNMax(n).withTol(1e-13).withTimes(times);
        SolveResult r = LandauSolver.solve(datum, settings);
        assertEquals(n, r.hermite().truncationDegree());
        assertTrue(r.conservation().pErrorMax() < 1e-12, "P(t) from degree-2 coefficients: " + r.conservation().pErrorMax());
        assertTrue(r.theorem().t0() > 0, "a datum with t0 > 0");

        OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return a0.length;
            }

            @Override
            public double[] computeDerivatives(double t, double[] a) {
                return apply(m0, mp, t, a, d);
            }
        };
        ODEIntegrator integrator = new DormandPrince853Integrator(1e-12, 0.01, 1e-18, 1e-13);
        double[] a = a0.clone();
        double t = 0;
        for (int k = 0; k < times.length; k++) {
            if (times[k] > t) {
                a = integrator.integrate(ode, new ODEState(t, a), times[k]).getPrimaryState();
                t = times[k];
            }
            double[] da = apply(m0, mp, t, a, d);
            double e = 0;
            double de = 0;
            for (int i = 0; i < a.length; i++) {
                if (op.degree(i) > 0) {
                    e += a[i] * a[i];
                    de += 2 * a[i] * da[i];
                }
            }
            assertEquals(e, r.samples().e(k), 1e-9 * e, "E_N at t = " + t);
            assertEquals(de, r.samples().dedt(k), 1e-9 * Math.abs(de) + 1e-12 * e, "E_N' at t = " + t);
        }
    }

    private static double[] apply(double[][] m0, double[][] mp, double t, double[] a, int d) {
        double decay = Math.exp(-4.0 * d * t);
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            double s = 0;
            for (int j = 0; j < a.length; j++) {
                s += (m0[i][j] + decay * (mp[i][j] - m0[i][j])) * a[j];
            }
            out[i] = s;
        }
        return out;
    }

    /** Two elongated, tilted components far apart along a diagonal: P_in full, λmax > (d+1)/2. */
    static GaussianMixture anisotropic(int d) {
        double[][] means = new double[2][d];
        double[][][] cov = new double[2][d][d];
        for (int i = 0; i < d; i++) {
            means[0][i] = i == 0 ? 1.6 : 0.5;
            means[1][i] = -means[0][i];
            for (int k = 0; k < 2; k++) {
                cov[k][i][i] = i == 0 ? 0.5 : 0.3;
            }
        }
        cov[0][0][1] = cov[0][1][0] = 0.1;
        cov[1][0][1] = cov[1][1][0] = -0.05;
        return GaussianMixture.normalize(d, new double[] {0.5, 0.5}, means, cov);
    }
}
