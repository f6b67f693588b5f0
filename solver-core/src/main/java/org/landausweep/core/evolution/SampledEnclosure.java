package org.landausweep.core.evolution;

/**
 * A certified enclosure at the sample times: E_lower(t) <= E(t) <= E_upper(t) and dEdt_lower(t) <= E'(t) <=
 * dEdt_upper(t). dEdt_lower is -infinity: no pointwise lower bound of E' is proved (a rise of E is certified
 * through E_lower and E_upper instead). Immutable: the arrays are copied in and out.
 */
public final class SampledEnclosure {
    private final double[] eLower;
    private final double[] eUpper;
    private final double[] dEdtLower;
    private final double[] dEdtUpper;

    /** The four arrays, of one length each. */
    public SampledEnclosure(double[] eLower, double[] eUpper, double[] dEdtLower, double[] dEdtUpper) {
        int n = eLower.length;
        if (eUpper.length != n || dEdtLower.length != n || dEdtUpper.length != n) {
            throw new IllegalArgumentException("enclosure arrays of different lengths");
        }
        this.eLower = eLower.clone();
        this.eUpper = eUpper.clone();
        this.dEdtLower = dEdtLower.clone();
        this.dEdtUpper = dEdtUpper.clone();
    }

    public double[] eLower() {
        return eLower.clone();
    }

    public double[] eUpper() {
        return eUpper.clone();
    }

    public double[] dEdtLower() {
        return dEdtLower.clone();
    }

    public double[] dEdtUpper() {
        return dEdtUpper.clone();
    }
}
