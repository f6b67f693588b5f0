package org.landausweep.sweeps;

import java.util.Set;
import org.landausweep.core.data.GaussianMixture;
import org.landausweep.core.data.InitialDatum;
import org.landausweep.core.data.InvalidInputException;
import org.landausweep.core.io.DatumFamily;
import org.landausweep.core.io.JsonFields;

/**
 * A test-only family of initial data, with its JSON codec in the same file: f = ½ N(a e1, Id) + ½ N(-a e1, Id),
 * normalized, for a separation a >= 0. Its raw second moment is Id + a² e1 e1ᵀ (trace d + a²), so the
 * normalized P_in = d/(d + a²) (Id + a² e1 e1ᵀ). A datum class of this kind plus {@link TwoBumpsSampler} is all
 * a new family is.
 */
record TwoBumps(double separation, GaussianMixture mixture) implements InitialDatum {

    static final String ID = "two-bumps";

    /** The JSON form {@code {"separation": a}}. */
    static final DatumFamily JSON = DatumFamily.of(ID, Set.of("separation"),
            (d, root) -> of(d, JsonFields.number(root, "separation", "separation")), TwoBumps.class,
            (b, root) -> root.put("separation", b.separation()));

    static TwoBumps of(int d, double a) {
        InvalidInputException.require(Double.isFinite(a) && a >= 0, "separation", a, "must be finite and >= 0");
        double[][] mu = new double[2][d];
        mu[0][0] = a;
        mu[1][0] = -a;
        double[][][] cov = new double[2][d][d];
        for (int k = 0; k < 2; k++) {
            for (int i = 0; i < d; i++) {
                cov[k][i][i] = 1;
            }
        }
        return new TwoBumps(a, GaussianMixture.normalize(d, new double[] {1, 1}, mu, cov));
    }

    @Override
    public int d() {
        return mixture.d();
    }

    @Override
    public String family() {
        return ID;
    }

    @Override
    public double[][] secondMoments() {
        return mixture.secondMoments();
    }

    @Override
    public double e0Closed() {
        return mixture.e0Closed();
    }

    @Override
    public InitialDatum rotated(double[][] r) {
        return mixture.rotated(r);
    }

    @Override
    public double tailRadius(double r) {
        return mixture.tailRadius(r);
    }

    @Override
    public double density(double[] v) {
        return mixture.density(v);
    }

    @Override
    public CoefficientStream coefficients() {
        return mixture.coefficients();
    }
}
