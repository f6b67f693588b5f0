package org.landausweep.core;

import java.math.BigDecimal;
import java.math.MathContext;
import org.landausweep.core.data.GaussianMixture;

/**
 * Closed-form E(t) and E'(t) of MATH.md §5, evaluated in 60-digit decimal arithmetic so that the
 * reference keeps its relative accuracy where E(t) is 1e-12 E(0) and the formulas cancel.
 */
public final class ExactReferences {
    private static final MathContext MC = new MathContext(60);

    private ExactReferences() {
    }

    /**
     * Radial mixture: E(t) = Σ_{k,l} w_k w_l [(1 - ε_k(t) ε_l(t))^{-d/2} - 1], ε_k(t) = (σ_k^2 - 1) e^{-2(d-1)t};
     * returns {E, E'} with E' = Σ w_k w_l (d/2)(1 - x)^{-d/2-1} (-4(d-1) x), x = ε_k ε_l.
     */
    public static double[] radial(GaussianMixture mixture, double t) {
        int d = mixture.d();
        int n = mixture.componentCount();
        BigDecimal decay = BigDecimal.valueOf(Math.exp(-2.0 * (d - 1) * t));
        BigDecimal e = BigDecimal.ZERO;
        BigDecimal de = BigDecimal.ZERO;
        for (int k = 0; k < n; k++) {
            for (int l = 0; l < n; l++) {
                BigDecimal ek = new BigDecimal(mixture.covariance(k)[0][0]).subtract(BigDecimal.ONE).multiply(decay, MC);
                BigDecimal el = new BigDecimal(mixture.covariance(l)[0][0]).subtract(BigDecimal.ONE).multiply(decay, MC);
                BigDecimal x = ek.multiply(el, MC);
                BigDecimal ww = new BigDecimal(mixture.weight(k)).multiply(new BigDecimal(mixture.weight(l)), MC);
                BigDecimal oneMinus = BigDecimal.ONE.subtract(x, MC);
                BigDecimal power = halfPower(oneMinus, d); // (1-x)^{d/2}
                e = e.add(ww.multiply(BigDecimal.ONE.divide(power, MC).subtract(BigDecimal.ONE), MC), MC);
                BigDecimal derivative = BigDecimal.valueOf(d / 2.0).multiply(BigDecimal.valueOf(-4.0 * (d - 1)), MC).multiply(x, MC)
                        .divide(power.multiply(oneMinus, MC), MC);
                de = de.add(ww.multiply(derivative, MC), MC);
            }
        }
        return new double[] {e.doubleValue(), de.doubleValue()};
    }

    /**
     * BKW: E(t) = [K(2-K)]^{-d/2} [P^2 + 2dPQσ^2 + d(d+2)Q^2σ^4] - 1, σ^2 = K/(2-K),
     * K = 1 - u, u = (1 - K0) e^{-2(d-1)t}; E' = dE/dK · 2(d-1)u (dE/dK by a central difference at h = 1e-25).
     */
    public static double[] bkw(int d, double k0, double t) {
        double uDouble = (1 - k0) * Math.exp(-2.0 * (d - 1) * t);
        BigDecimal k = BigDecimal.ONE.subtract(new BigDecimal(uDouble), MC);
        BigDecimal h = new BigDecimal("1e-25");
        BigDecimal e = bkwE(d, k);
        BigDecimal dEdK = bkwE(d, k.add(h, MC)).subtract(bkwE(d, k.subtract(h, MC)), MC).divide(h.multiply(BigDecimal.valueOf(2)), MC);
        BigDecimal de = dEdK.multiply(new BigDecimal(2.0 * (d - 1) * uDouble), MC);
        return new double[] {e.doubleValue(), de.doubleValue()};
    }

    private static BigDecimal bkwE(int d, BigDecimal k) {
        BigDecimal two = BigDecimal.valueOf(2);
        BigDecimal p = BigDecimal.valueOf(d + 2).multiply(k, MC).subtract(BigDecimal.valueOf(d), MC).divide(two.multiply(k, MC), MC);
        BigDecimal q = BigDecimal.ONE.subtract(k, MC).divide(two.multiply(k, MC).multiply(k, MC), MC);
        BigDecimal twoMinusK = two.subtract(k, MC);
        BigDecimal s2 = k.divide(twoMinusK, MC);
        BigDecimal bracket = p.multiply(p, MC)
                .add(BigDecimal.valueOf(2L * d).multiply(p, MC).multiply(q, MC).multiply(s2, MC), MC)
                .add(BigDecimal.valueOf((long) d * (d + 2)).multiply(q, MC).multiply(q, MC).multiply(s2, MC).multiply(s2, MC), MC);
        return bracket.divide(halfPower(k.multiply(twoMinusK, MC), d), MC).subtract(BigDecimal.ONE, MC);
    }

    /** y^{d/2}. */
    private static BigDecimal halfPower(BigDecimal y, int d) {
        BigDecimal r = y.pow(d / 2, MC);
        return d % 2 == 0 ? r : r.multiply(y.sqrt(MC), MC);
    }
}
