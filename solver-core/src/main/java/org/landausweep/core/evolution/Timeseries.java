package org.landausweep.core.evolution;

/**
 * A solve's curves at its sample times, one value per time and curve. The arrays are copied in, and out by the
 * array accessors; {@link #count()} with the indexed readers reads them without a copy.
 *
 * @param times  sample times, increasing
 * @param e      E at the samples
 * @param dedt   E' at the samples
 * @param bound  the Theorem 1 bound E(0) exp(-2(d-1)t + (λmax - 1)(1 - e^{-4dt})/d) at the samples
 * @param pError max_ij |P_ij(t) - (Id + e^{-4dt}(P_in - Id))_ij| at the samples
 */
public record Timeseries(double[] times, double[] e, double[] dedt, double[] bound, double[] pError) {
    /** No samples (a FAILED solve). */
    static final Timeseries EMPTY = new Timeseries(new double[0], new double[0], new double[0], new double[0], new double[0]);

    public Timeseries {
        int n = times.length;
        if (e.length != n || dedt.length != n || bound.length != n || pError.length != n) {
            throw new IllegalArgumentException("every curve needs one value per sample time (" + n + ")");
        }
        times = times.clone();
        e = e.clone();
        dedt = dedt.clone();
        bound = bound.clone();
        pError = pError.clone();
    }

    /** Number of sample times. */
    public int count() {
        return times.length;
    }

    /** The k-th sample time. */
    public double t(int k) {
        return times[k];
    }

    /** E at the k-th sample time. */
    public double e(int k) {
        return e[k];
    }

    /** E' at the k-th sample time. */
    public double dedt(int k) {
        return dedt[k];
    }

    /** The Theorem 1 bound at the k-th sample time. */
    public double bound(int k) {
        return bound[k];
    }

    /** The P(t) error at the k-th sample time. */
    public double pError(int k) {
        return pError[k];
    }

    @Override
    public double[] times() {
        return times.clone();
    }

    @Override
    public double[] e() {
        return e.clone();
    }

    @Override
    public double[] dedt() {
        return dedt.clone();
    }

    @Override
    public double[] bound() {
        return bound.clone();
    }

    @Override
    public double[] pError() {
        return pError.clone();
    }
}
