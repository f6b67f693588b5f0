package org.landausweep.core.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The diagnostics on a synthetic curve with known answers: E(t) = exp(-a t + b sin(ωt)), so
 * -E'/E = a - bω cos(ωt) and E' > 0 exactly on ωt ∈ (2πk - θ, 2πk + θ), θ = arccos(a/(bω)).
 */
class DiagnosticsTest {
    private static final double A = 8;
    private static final double B = 0.05;
    private static final double OMEGA = 200;

    private static final EnergyCurve CURVE = (t, out) -> {
        out[0] = Math.exp(-A * t + B * Math.sin(OMEGA * t));
        out[1] = out[0] * (-A + B * OMEGA * Math.cos(OMEGA * t));
    };

    private static Diagnostics analyze(Theorem1 theorem, double horizon) {
        double[] times = new double[400];
        for (int k = 0; k < times.length; k++) {
            times[k] = horizon * k / 399.0;
        }
        return Diagnostics.analyze(CURVE, theorem, 1, horizon, Samples.of(CURVE, times));
    }

    @Test
    void violationIntervalsAreTheExactSignChangesOfEPrime() {
        double horizon = 0.2;
        Diagnostics g = analyze(new Theorem1(2, 1.2), horizon);
        double theta = Math.acos(A / (B * OMEGA));
        int k = 0;
        for (double[] iv : g.violations().intervals()) {
            double start = Math.max(0, (2 * Math.PI * k - theta) / OMEGA);
            double end = (2 * Math.PI * k + theta) / OMEGA;
            assertEquals(start, iv[0], 1e-12, "start of violation " + k);
            assertEquals(end, iv[1], 1e-12, "end of violation " + k);
            k++;
        }
        int expected = (int) Math.floor((OMEGA * horizon + theta) / (2 * Math.PI)) + 1;
        assertEquals(expected, g.violations().count());
        assertEquals(g.violations().intervals()[k - 1][1], g.t0Empirical(), 0);
        assertTrue(g.violations().afterT0(), "violations after t0 = " + new Theorem1(2, 1.2).t0());
        assertEquals(A - B * OMEGA, g.rates().minInstantaneous(), 1e-9, "min of -E'/E");
        double rise = 0;
        for (double[] iv : g.violations().intervals()) {
            rise = Math.max(rise, Math.expm1(-A * (iv[1] - iv[0]) + B * (Math.sin(OMEGA * iv[1]) - Math.sin(OMEGA * iv[0]))));
        }
        assertEquals(rise, g.violations().maxRelativeRise(), 1e-12, "largest E(end)/E(start) - 1");
    }

    @Test
    void c0AndBoundMarginAgainstTheirClosedForms() {
        // sup_t E e^{2t} = sup exp(-6t + b sin ωt): first maximum where 6 = bω cos(ωt)
        Diagnostics g = analyze(new Theorem1(2, 1.0), 0.2);
        double t1 = Math.acos(6 / (B * OMEGA)) / OMEGA;
        assertEquals(Math.exp(-6 * t1 + B * Math.sin(OMEGA * t1)), g.c0Empirical(), 1e-12);
        // with λmax = 1 the bound is e^{-2t}: the margin is 1 - max over the samples t_k > 0 of E(t_k) e^{2 t_k}
        double worst = Double.NEGATIVE_INFINITY;
        for (int k = 1; k < 400; k++) {
            double t = 0.2 * k / 399.0;
            worst = Math.max(worst, Math.exp((2 - A) * t + B * Math.sin(OMEGA * t)));
        }
        assertEquals(1 - worst, g.boundMargin(), 1e-12);
        assertTrue(g.boundMargin() >= 1 - g.c0Empirical() - 1e-12, "the sampled margin is not below the refined sup");
        assertTrue(g.boundMargin() < 0, "the synthetic curve breaks the bound");
        // λmax = 1: ρ(t) = 2(d-1) = 2, so min_t(-E'/E - ρ) = a - bω - 2
        assertEquals(A - B * OMEGA - 2, g.instantaneousMargin(), 1e-9);
    }

    @Test
    void monotoneCurveHasNoViolation() {
        EnergyCurve decay = (t, out) -> {
            out[0] = Math.exp(-8 * t);
            out[1] = -8 * out[0];
        };
        double[] times = {0, 0.5, 1};
        Diagnostics g = Diagnostics.analyze(decay, new Theorem1(3, 2.5), 1, 1, Samples.of(decay, times));
        assertEquals(0, g.violations().count());
        assertEquals(0, g.t0Empirical());
        assertFalse(g.violations().afterT0());
        assertEquals(8, g.rates().asymptotic(), 1e-12);
        assertEquals(0, g.rates().fitRms(), 1e-12, "log E is exactly linear");
        assertEquals(8, g.rates().average(), 1e-12);
        assertEquals(1, g.c0Empirical(), 1e-15);
    }
}
