package org.landausweep.core.evolution;

import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.landausweep.core.certify.Certificate;
import org.landausweep.core.certify.CertificationSettings;
import org.landausweep.core.certify.CertifiedSolver;
import org.landausweep.core.certify.Interval;
import org.landausweep.core.certify.SolvedTruncation;
import org.landausweep.core.data.InitialDatum;
import org.landausweep.core.data.InvalidInputException;
import org.landausweep.core.diagnostics.Diagnostics;
import org.landausweep.core.diagnostics.EnergyCurve;
import org.landausweep.core.diagnostics.FloorCrossing;
import org.landausweep.core.diagnostics.Samples;
import org.landausweep.core.diagnostics.Theorem1;
import org.landausweep.core.hermite.MultiIndices;
import org.landausweep.core.numerics.SecondMoments;

/**
 * Solves the space-homogeneous Landau equation with Maxwell molecules for one initial datum, exactly in
 * time, by the Hermite method of MATH.md §3, and computes the diagnostics of §2.
 *
 * <p>Steps: rotate the datum so that P_in is diagonal (the equation and E are rotation invariant);
 * expand f/m in Hermite functions up to the smallest degree N with E(0) - E_N(0) <= tol E(0); solve the
 * closed coefficient hierarchy exactly as sums of exponentials ({@link ModalExpansion}); cut the horizon
 * where E(t)/E(0) reaches the floor; analyse E on [0, T]. Then certify E on the same [0, T]
 * ({@link CertifiedSolver}): the status is the certificate's, and the enclosure is reported at the samples.
 */
public final class LandauSolver {
    /** λ_i^in - 1 smaller than this is rounding of an isotropic P_in. */
    private static final double ISOTROPY_SNAP = 1e-14;
    /** Relative rounding of the closed-form E(0) + 1 (a sum of O(1) terms). */
    private static final double CLOSED_FORM_ROUNDING = 1e-15;

    private LandauSolver() {
    }

    /**
     * Solves; bad input (settings, or a tolerance this datum cannot certify) throws
     * {@link InvalidInputException}; a numerical failure throws {@link IllegalStateException}.
     */
    public static SolveResult solve(InitialDatum datum, SolverSettings settings) {
        long started = System.nanoTime();
        settings.validate();
        int d = datum.d();
        double[][] pIn = datum.secondMoments();
        EigenDecompositionSymmetric eig = SecondMoments.eigen(pIn);
        double[] lambda = eig.getEigenvalues();
        RealMatrix frame = eig.getV().transpose(); // R P_in R^T = diag(λ)
        double[] q = new double[d];
        for (int i = 0; i < d; i++) {
            q[i] = Math.abs(lambda[i] - 1) < ISOTROPY_SNAP ? 0 : lambda[i] - 1;
        }
        double e0 = datum.e0Closed();
        checkCertifiable(e0, settings.tol());

        Truncation truncation = Truncation.of(datum.rotated(frame.getData()), e0, settings);
        ModalExpansion expansion = ModalExpansion.build(d, truncation.coefficients(), q, e0);
        EnergySeries curve = expansion.energySeries(e0);

        double horizon = horizon(curve, e0, q, settings);
        double[] times = sampleTimes(settings, horizon);
        int dropped = settings.times() == null ? 0 : settings.times().length - times.length;
        Theorem1 theorem = new Theorem1(d, lambda[0]);
        Samples samples = Samples.of(curve, times);
        double[] bound = new double[times.length];
        for (int k = 0; k < times.length; k++) {
            bound[k] = theorem.bound(times[k], e0);
        }
        Diagnostics diagnostics = Diagnostics.analyze(curve, theorem, e0, horizon, samples);
        Moments moments = Moments.check(expansion, frame, pIn, times);
        SolvedTruncation solved = new SolvedTruncation(q, truncation.coefficients(), expansion, curve, samples);
        Certificate certificate = CertifiedSolver.solve(datum, certification(d, settings, horizon), solved);
        HermiteReport report = new HermiteReport(truncation.degree(), truncation.deficit(), truncation.energy(), expansion.termCount(),
                certificate, atSamples(certificate, times));
        SolveStatus status = SolveStatus.valueOf(certificate.status().name());
        String message = certificate.message();
        if (!truncation.met()) {
            message += (message.isEmpty() ? "" : "; ") + "measured curve: tol " + settings.tol() + " not met at N_max = " + settings.nMax()
                    + " (relative deficit " + truncation.deficit() + "), E_N(t) is a lower bound of E(t)";
        }
        return new SolveResult(status, message, new DatumSummary(d, datum.family(), lambda, pIn, e0), diagnostics,
                new Horizon(horizon, settings.floor(), dropped),
                new Conservation(moments.massError, moments.momentumError, moments.energyError, moments.pError),
                new Timeseries(times, samples.e(), samples.dedt(), bound, moments.pErrorAt), report, (System.nanoTime() - started) * 1e-9);
    }

    /**
     * The certificate's settings: its own width target ({@link CertificationSettings#defaults}, 1e-6), the run's
     * N_max, horizon and early-piece choice; two samples only, since the enclosure is read at the run's own sample
     * times.
     */
    static CertificationSettings certification(int d, SolverSettings settings, double horizon) {
        return CertificationSettings.defaults(d).withNMax(settings.nMax()).withHorizon(horizon).withSampleCount(2)
                .withEarlyPiece(settings.earlyPiece());
    }

    private static SampledEnclosure atSamples(Certificate certificate, double[] times) {
        int n = times.length;
        double[] lo = new double[n];
        double[] hi = new double[n];
        double[] slopeLo = new double[n];
        double[] slopeHi = new double[n];
        for (int k = 0; k < n; k++) {
            Interval e = certificate.enclosureAt(times[k]);
            lo[k] = e.lo();
            hi[k] = e.hi();
            slopeLo[k] = Double.NEGATIVE_INFINITY;
            slopeHi[k] = certificate.dEdtUpperAt(times[k]);
        }
        return new SampledEnclosure(lo, hi, slopeLo, slopeHi);
    }

    private static void checkCertifiable(double e0, double tol) {
        InvalidInputException.require(!(e0 <= 0), "components", e0, "E(0) must be positive: the datum is the equilibrium m itself");
        // E(0) = ∫ f²/m - 1 overflows when a component is far from m: its factor 1/sqrt(σ²(2 - σ²)) per principal axis, times the
        // exponential of its mean over 2 - σ², grows without bound as σ² nears 0 or 2 (the opposite of equilibrium)
        InvalidInputException.require(Double.isFinite(e0), "components", e0, "E(0) is not a finite double: a component is"
                + " too far from m (a variance near 0 or 2, or a mean far out)");
        double rounding = CLOSED_FORM_ROUNDING * (1 + e0) / e0;
        InvalidInputException.require(rounding <= 0.1 * tol, "tol", tol, "E(0) = " + e0 + " is so close to equilibrium that the closed form"
                + " is only known to " + rounding + " relative; tol must be at least " + 10 * rounding);
    }

    /**
     * The end of the curve: where E_N(t)/E(0) falls to the floor, or the requested horizon if that comes first. When
     * N_max resolves less than the floor of E(0) already at t = 0 (a datum far beyond the degrees it needs), E_N cannot
     * say where E reaches the floor, and the a priori decay does: the certificate then reports how wide it is.
     */
    private static double horizon(EnergyCurve curve, double e0, double[] q, SolverSettings settings) {
        double level = settings.floor() * e0;
        double lo = curve.e(0) >= level ? FloorCrossing.time(curve::e, level) : CertifiedSolver.aPrioriFloorTime(q.length, q, settings.floor());
        return Double.isNaN(settings.horizon()) ? lo : Math.min(lo, settings.horizon());
    }

    private static double[] sampleTimes(SolverSettings settings, double horizon) {
        if (settings.times() == null) {
            int n = settings.sampleCount();
            double[] t = new double[n];
            for (int k = 0; k < n; k++) {
                t[k] = horizon * k / (n - 1.0);
            }
            return t;
        }
        double[] kept = java.util.Arrays.stream(settings.times()).filter(t -> t <= horizon).toArray();
        InvalidInputException.require(kept.length > 0, "times", settings.times(),
                "every sample time lies beyond the resolvable horizon T = " + horizon + " (where E(t)/E(0) = floor " + settings.floor() + ")");
        return kept;
    }

    /** Moments of degree <= 2 read from the coefficients, against their exact values (eq. (5), conservation). */
    private record Moments(double pError, double[] pErrorAt, double massError, double momentumError, double energyError) {
        static Moments check(ModalExpansion expansion, RealMatrix frame, double[][] pIn, double[] times) {
            int d = expansion.dimension();
            MultiIndices.Degree second = MultiIndices.of(d).degree(2);
            double pError = 0;
            double[] pErrorAt = new double[times.length];
            double mass = 0;
            double momentum = 0;
            double energy = 0;
            for (int s = 0; s < times.length; s++) {
                double t = times[s];
                mass = Math.max(mass, Math.abs(expansion.hermiteDegree(0, t, 1)[0] - 1));
                for (double a : expansion.hermiteDegree(1, t, d)) {
                    momentum = Math.max(momentum, Math.abs(a));
                }
                double[] a2 = expansion.hermiteDegree(2, t, second.size());
                double[][] p = new double[d][d];
                for (int k = 0; k < a2.length; k++) {
                    int[] alpha = second.alpha(k);
                    int i = firstNonZero(alpha, 0);
                    int j = alpha[i] == 2 ? i : firstNonZero(alpha, i + 1);
                    // H_{2e_i} = (v_i^2 - 1)/sqrt 2, H_{e_i+e_j} = v_i v_j
                    p[i][j] = i == j ? 1 + Math.sqrt(2) * a2[k] : a2[k];
                    p[j][i] = p[i][j];
                }
                double trace = 0;
                for (int i = 0; i < d; i++) {
                    trace += p[i][i];
                }
                energy = Math.max(energy, Math.abs(trace - d));
                RealMatrix original = frame.transpose().multiply(MatrixUtils.createRealMatrix(p)).multiply(frame);
                pErrorAt[s] = SecondMoments.errorOf(original, pIn, t);
                pError = Math.max(pError, pErrorAt[s]);
            }
            return new Moments(pError, pErrorAt, mass, momentum, energy);
        }

        private static int firstNonZero(int[] alpha, int from) {
            int i = from;
            while (alpha[i] == 0) {
                i++;
            }
            return i;
        }
    }
}
