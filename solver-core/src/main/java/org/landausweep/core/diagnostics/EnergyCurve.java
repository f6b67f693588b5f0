package org.landausweep.core.diagnostics;

/** The relative L2 norm E(t) = ∫ (f/m - 1)^2 m dv of one solution and its time derivative. */
public interface EnergyCurve {

    /** Writes E(t) to out[0] and E'(t) to out[1]. */
    void evaluate(double t, double[] out);

    /** E and E' at each of {@code times} into e and de: the values of {@link #evaluate(double, double[])}, one time after the other. */
    default void evaluate(double[] times, double[] e, double[] de) {
        double[] out = new double[2];
        for (int k = 0; k < times.length; k++) {
            evaluate(times[k], out);
            e[k] = out[0];
            de[k] = out[1];
        }
    }

    /** E(t). */
    default double e(double t) {
        double[] out = new double[2];
        evaluate(t, out);
        return out[0];
    }

    /** The instantaneous decay rate -E'(t)/E(t), from one evaluation. */
    default double rate(double t) {
        double[] out = new double[2];
        evaluate(t, out);
        return -out[1] / out[0];
    }

    /** E'(t). */
    default double dedt(double t) {
        double[] out = new double[2];
        evaluate(t, out);
        return out[1];
    }
}
