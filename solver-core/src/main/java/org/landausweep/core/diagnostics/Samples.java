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
        double[] out = new double[2];
        for (int k = 0; k < times.length; k++) {
            curve.evaluate(times[k], out);
            e[k] = out[0];
            de[k] = out[1];
        }
        return new Samples(times, e, de);
    }
}
