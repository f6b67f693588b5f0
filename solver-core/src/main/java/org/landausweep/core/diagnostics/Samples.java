package org.landausweep.core.diagnostics;

/**
 * A curve sampled at increasing times.
 *
 * @param times sample times
 * @param e     E at the samples
 * @param dedt  E' at the samples
 */
public record Samples(double[] times, double[] e, double[] dedt) {

    /** Evaluates the curve at the given times. */
    public static Samples of(EnergyCurve curve, double[] times) {
        double[] e = new double[times.length];
        double[] de = new double[times.length];
        curve.evaluate(times, e, de);
        return new Samples(times, e, de);
    }
}
