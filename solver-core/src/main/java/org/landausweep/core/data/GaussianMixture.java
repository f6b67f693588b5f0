package org.landausweep.core.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.PrimitiveIterator;
import java.util.Set;
import java.util.stream.IntStream;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.landausweep.core.hermite.MultiIndices;
import org.landausweep.core.io.DatumFamily;
import org.landausweep.core.io.JsonFields;
import org.landausweep.core.numerics.SecondMoments;

/**
 * A normalized Gaussian mixture f = Σ_k w_k N(μ_k, Σ_k) (MATH.md §4), the main family of initial data.
 * Construct it with {@link #normalize} (raw input, validated, normalized and checked admissible) or
 * {@link #radial} (the radial family, whose solution is known in closed form).
 */
public final class GaussianMixture implements InitialDatum {
    /** Covariances must satisfy Σ_k < 2 Id for E(0) to be finite. */
    public static final double ADMISSIBILITY_LIMIT = 2.0;
    /** Most components a mixture may have: the moments cost grows with K, and no datum of the paper needs more. */
    public static final int MAX_COMPONENTS = 256;

    /**
     * The JSON form {@code {"components": [{"weight": w, "mean": [..], "covariance": [[..], ..]}, ..]}}, read
     * through {@link #normalize}; it writes every mixture, a radial one included, by its normalized components.
     */
    public static final DatumFamily JSON = DatumFamily.of("gaussian-mixture", Set.of("components"), GaussianMixture::readComponents,
            GaussianMixture.class, GaussianMixture::writeComponents);

    private static InitialDatum readComponents(int d, JsonNode root) {
        JsonNode comps = JsonFields.array(root, "components");
        int n = comps.size();
        double[] w = new double[n];
        double[][] mu = new double[n][];
        double[][][] cov = new double[n][][];
        for (int k = 0; k < n; k++) {
            JsonNode c = component(comps, k, Set.of("weight", "mean", "covariance"));
            String at = "components[" + k + "]";
            w[k] = JsonFields.number(c, "weight", at + ".weight");
            mu[k] = JsonFields.vector(c.get("mean"), at + ".mean");
            cov[k] = JsonFields.matrix(c.get("covariance"), at + ".covariance");
        }
        return normalize(d, w, mu, cov);
    }

    private static void writeComponents(GaussianMixture mixture, ObjectNode root) {
        ArrayNode components = root.putArray("components");
        for (int k = 0; k < mixture.componentCount(); k++) {
            ObjectNode component = components.addObject().put("weight", mixture.weight(k));
            ArrayNode mean = component.putArray("mean");
            for (double m : mixture.mean(k)) {
                mean.add(m);
            }
            ArrayNode covariance = component.putArray("covariance");
            for (double[] row : mixture.covariance(k)) {
                ArrayNode r = covariance.addArray();
                for (double c : row) {
                    r.add(c);
                }
            }
        }
    }

    /**
     * The JSON form {@code {"components": [{"weight": w, "variance": σ²}, ..]}} of {@link #radial}; read only:
     * its data are written by {@link #JSON}.
     */
    public static final DatumFamily RADIAL_JSON = DatumFamily.of("radial-mixture", Set.of("components"),
            GaussianMixture::readRadial, null, null);

    private static InitialDatum readRadial(int d, JsonNode root) {
        JsonNode comps = JsonFields.array(root, "components");
        double[] w = new double[comps.size()];
        double[] var = new double[comps.size()];
        for (int k = 0; k < w.length; k++) {
            JsonNode c = component(comps, k, Set.of("weight", "variance"));
            String at = "components[" + k + "]";
            w[k] = JsonFields.number(c, "weight", at + ".weight");
            var[k] = JsonFields.number(c, "variance", at + ".variance");
        }
        return radial(d, w, var);
    }

    private final String family;
    private final int d;
    private final double[] weights;
    private final double[][] means;
    private final double[][][] covariances;
    /** Σ_k^{-1} and w_k ((2π)^d det Σ_k)^{-1/2}, factored once: {@link #density} is called per grid point. */
    private final RealMatrix[] precisions;
    private final double[] amplitudes;

    private GaussianMixture(String family, double[] weights, double[][] means, double[][][] covariances) {
        this.family = family;
        this.d = means[0].length;
        this.weights = weights;
        this.means = means;
        this.covariances = covariances;
        this.precisions = new RealMatrix[weights.length];
        this.amplitudes = new double[weights.length];
        for (int k = 0; k < weights.length; k++) {
            CholeskyDecomposition ch = new CholeskyDecomposition(MatrixUtils.createRealMatrix(covariances[k]));
            precisions[k] = ch.getSolver().getInverse();
            amplitudes[k] = weights[k] / Math.sqrt(Math.pow(2 * Math.PI, d) * ch.getDeterminant());
        }
    }

    /**
     * Validates a raw mixture and normalizes it: weights scaled to sum 1, means shifted by the mixture
     * mean, then the dilation v → s v (μ_k → s μ_k, Σ_k → s^2 Σ_k) with s^2 = d / Σ_k w_k (tr Σ_k + |μ_k|^2)
     * so that the second moment is d. Fails with {@link InvalidInputException} naming the field when a
     * length is wrong, a number is not finite, the total weight is zero, a covariance is not symmetric
     * or not positive definite, or a normalized covariance is not below 2 Id (E(0) = ∞).
     */
    public static GaussianMixture normalize(int d, double[] weights, double[][] means, double[][][] covariances) {
        return normalize("gaussian-mixture", d, weights, means, covariances);
    }

    /**
     * The radial mixture Σ_k w_k N(0, σ_k^2 Id), normalized so that Σ_k w_k σ_k^2 = 1. Under (4) it
     * stays a radial mixture with σ_k^2(t) = 1 + e^{-2(d-1)t} (σ_k^2 - 1) (MATH.md §5).
     */
    public static GaussianMixture radial(int d, double[] weights, double[] variances) {
        InvalidInputException.require(weights != null && variances != null && weights.length == variances.length,
                "variances", variances, "must have one entry per weight");
        double[][] mu = new double[weights.length][d];
        double[][][] cov = new double[weights.length][][];
        for (int k = 0; k < weights.length; k++) {
            InvalidInputException.require(Double.isFinite(variances[k]) && variances[k] > 0,
                    "components[" + k + "].variance", variances[k], "must be positive and finite");
            cov[k] = MatrixUtils.createRealIdentityMatrix(d).scalarMultiply(variances[k]).getData();
        }
        return normalize("radial-mixture", d, weights, mu, cov);
    }

    private static GaussianMixture normalize(String family, int d, double[] weights, double[][] means,
                                             double[][][] covariances) {
        InvalidInputException.require(d >= 2 && d <= 8, "d", d, "must lie in [2, 8]");
        InvalidInputException.require(weights != null && weights.length > 0, "components", weights == null ? null : weights.length,
                "needs at least one component");
        int n = weights.length;
        InvalidInputException.require(n <= MAX_COMPONENTS, "components", n, "at most " + MAX_COMPONENTS + " components");
        InvalidInputException.require(means != null && means.length == n, "components", n, "every component needs a mean");
        InvalidInputException.require(covariances != null && covariances.length == n, "components", n, "every component needs a covariance");
        double total = 0;
        for (int k = 0; k < n; k++) {
            String c = "components[" + k + "]";
            InvalidInputException.require(Double.isFinite(weights[k]) && weights[k] >= 0, c + ".weight", weights[k], "must be finite and non-negative");
            total += weights[k];
            InvalidInputException.require(means[k] != null && means[k].length == d, c + ".mean",
                    means[k] == null ? null : means[k].length + " entries", "must have d = " + d + " entries");
            for (double x : means[k]) {
                InvalidInputException.require(Double.isFinite(x), c + ".mean", means[k], "must be finite");
            }
            checkCovariance(c + ".covariance", covariances[k], d);
        }
        InvalidInputException.require(total > 0, "components[].weight", total, "total weight must be positive");
        InvalidInputException.require(Double.isFinite(total), "components[].weight", total, "total weight overflows");

        double[] w = new double[n];
        double[] meanOfMixture = new double[d];
        for (int k = 0; k < n; k++) {
            w[k] = weights[k] / total;
            for (int i = 0; i < d; i++) {
                meanOfMixture[i] += w[k] * means[k][i];
            }
        }
        double[][] mu = new double[n][d];
        double secondMoment = 0;
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < d; i++) {
                mu[k][i] = means[k][i] - meanOfMixture[i];
                secondMoment += w[k] * (covariances[k][i][i] + mu[k][i] * mu[k][i]);
            }
        }
        // Finite input can still overflow here (means ±1e308, variances 1e308): name it rather than fail in a factorization.
        InvalidInputException.require(Double.isFinite(secondMoment) && secondMoment > 0, "components", secondMoment,
                "the second moment Σ_k w_k (tr Σ_k + |μ_k - mean|^2) must be positive and finite in double precision");
        double s2 = d / secondMoment;
        double s = Math.sqrt(s2);
        double[][][] cov = new double[n][d][d];
        for (int k = 0; k < n; k++) {
            double[][] symmetric = SecondMoments.symmetrized(covariances[k]); // the input passed a symmetry check to rounding
            for (int i = 0; i < d; i++) {
                mu[k][i] *= s;
                for (int j = 0; j < d; j++) {
                    cov[k][i][j] = s2 * symmetric[i][j];
                }
            }
            for (double[] row : cov[k]) {
                for (double x : row) {
                    InvalidInputException.require(Double.isFinite(x), "components[" + k + "].covariance", covariances[k],
                            "overflows or underflows when normalized to second moment d");
                }
            }
            InvalidInputException.require(isPositiveDefinite(cov[k]), "components[" + k + "].covariance", covariances[k],
                    "is not positive definite in double precision once normalized to second moment d");
            double largest = largestEigenvalue(cov[k]);
            InvalidInputException.require(largest < ADMISSIBILITY_LIMIT, "components[" + k + "].covariance", covariances[k],
                    "after normalization its largest eigenvalue is " + largest
                            + " >= 2, so f/m is not in L2(m) and E(0) is infinite (inadmissible initial data)");
        }
        return new GaussianMixture(family, w, mu, cov);
    }

    private static void checkCovariance(String field, double[][] c, int d) {
        InvalidInputException.require(c != null && c.length == d, field, c, "must be a d x d matrix with d = " + d);
        double scale = 0;
        for (double[] row : c) {
            InvalidInputException.require(row != null && row.length == d, field, c, "must be a d x d matrix with d = " + d);
            for (double x : row) {
                InvalidInputException.require(Double.isFinite(x), field, c, "must have finite entries");
                scale = Math.max(scale, Math.abs(x));
            }
        }
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < i; j++) {
                InvalidInputException.require(Math.abs(c[i][j] - c[j][i]) <= 1e-12 * scale, field, c, "must be symmetric");
            }
        }
        InvalidInputException.require(isPositiveDefinite(c), field, c, "must be positive definite");
    }

    private static boolean isPositiveDefinite(double[][] c) {
        try {
            new CholeskyDecomposition(MatrixUtils.createRealMatrix(c), 1e-14, 1e-14);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static double largestEigenvalue(double[][] c) {
        double[] ev = new EigenDecompositionSymmetric(MatrixUtils.createRealMatrix(c)).getEigenvalues();
        double max = Double.NEGATIVE_INFINITY;
        for (double x : ev) {
            max = Math.max(max, x);
        }
        return max;
    }

    @Override
    public int d() {
        return d;
    }

    @Override
    public String family() {
        return family;
    }

    public int componentCount() {
        return weights.length;
    }

    public double weight(int k) {
        return weights[k];
    }

    /**
     * Component N(μ, Σ) gives f and f^2/m ∝ N(c, S), with S = (2Σ^{-1} - Id)^{-1} and c = 2 S Σ^{-1} μ
     * (finite exactly when Σ < 2 Id, the admissibility condition).
     */
    @Override
    public double tailRadius(double r) {
        double width = 0;
        for (int k = 0; k < componentCount(); k++) {
            RealMatrix sigma = MatrixUtils.createRealMatrix(covariance(k));
            double[] mu = mean(k);
            width = Math.max(width, norm(mu) + r * Math.sqrt(largestSymmetricEigenvalue(sigma)));
            RealMatrix inverse = MatrixUtils.inverse(sigma);
            RealMatrix s = MatrixUtils.inverse(inverse.scalarMultiply(2).subtract(MatrixUtils.createRealIdentityMatrix(mu.length)));
            double[] centre = s.operate(inverse.operate(mu));
            width = Math.max(width, 2 * norm(centre) + r * Math.sqrt(largestSymmetricEigenvalue(s)));
        }
        return width;
    }

    private static double largestSymmetricEigenvalue(RealMatrix m) {
        RealMatrix symmetric = SecondMoments.symmetrized(m); // inverses are symmetric only to rounding
        return new EigenDecompositionSymmetric(symmetric).getEigenvalues()[0];
    }

    private static double norm(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v * v;
        }
        return Math.sqrt(s);
    }

    public double[] mean(int k) {
        return means[k].clone();
    }

    public double[][] covariance(int k) {
        double[][] c = new double[d][];
        for (int i = 0; i < d; i++) {
            c[i] = covariances[k][i].clone();
        }
        return c;
    }

    /** P_in = Σ_k w_k (Σ_k + μ_k μ_k^T). */
    @Override
    public double[][] secondMoments() {
        double[][] p = new double[d][d];
        for (int k = 0; k < weights.length; k++) {
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    p[i][j] += weights[k] * (covariances[k][i][j] + means[k][i] * means[k][j]);
                }
            }
        }
        return p;
    }

    /**
     * E(0) + 1 = Σ_{k,l} w_k w_l (det Σ_k det Σ_l det Λ)^{-1/2}
     * exp(η^T Λ^{-1} η/2 - μ_k^T Σ_k^{-1} μ_k/2 - μ_l^T Σ_l^{-1} μ_l/2), with Λ = Σ_k^{-1} + Σ_l^{-1} - Id and
     * η = Σ_k^{-1} μ_k + Σ_l^{-1} μ_l (MATH.md §4).
     */
    @Override
    public double e0Closed() {
        return ComponentPairs.e0(ComponentPairs.of(this));
    }

    /**
     * The law of S v for v ~ f, normalized, with S = U diag(sqrt(spectrum_i/λ_i)) U^T where P_in = U diag(λ) U^T (both
     * spectra descending, spectrum summing to d): its second moments are U diag(spectrum) U^T, so (1, ..., 1) makes
     * P_in = Id. Fails with {@link InvalidInputException} when the image is not admissible (a normalized covariance not
     * below 2 Id).
     */
    public GaussianMixture withSecondMomentSpectrum(double[] spectrum) {
        EigenDecompositionSymmetric eig = new EigenDecompositionSymmetric(MatrixUtils.createRealMatrix(secondMoments()));
        double[] lambda = eig.getEigenvalues();
        double[] s = new double[d];
        for (int i = 0; i < d; i++) {
            s[i] = Math.sqrt(spectrum[i] / lambda[i]);
        }
        RealMatrix u = eig.getV();
        RealMatrix map = u.multiply(MatrixUtils.createRealDiagonalMatrix(s)).multiplyTransposed(u);
        int n = weights.length;
        double[][] mu = new double[n][];
        double[][][] cov = new double[n][][];
        for (int k = 0; k < n; k++) {
            mu[k] = map.operate(means[k]);
            cov[k] = SecondMoments.symmetrized(map.multiply(MatrixUtils.createRealMatrix(covariances[k])).multiply(map)).getData();
        }
        return normalize(d, weights.clone(), mu, cov);
    }

    @Override
    public GaussianMixture rotated(double[][] r) {
        RealMatrix rot = MatrixUtils.createRealMatrix(r);
        int n = weights.length;
        double[][] mu = new double[n][];
        double[][][] cov = new double[n][][];
        for (int k = 0; k < n; k++) {
            mu[k] = rot.operate(means[k]);
            RealMatrix c = rot.multiply(MatrixUtils.createRealMatrix(covariances[k])).multiplyTransposed(rot);
            cov[k] = SecondMoments.symmetrized(c).getData(); // R Σ R^T is symmetric only to rounding
        }
        return new GaussianMixture(family, weights.clone(), mu, cov);
    }

    @Override
    public double density(double[] v) {
        double f = 0;
        double[] x = new double[d];
        for (int k = 0; k < weights.length; k++) {
            for (int i = 0; i < d; i++) {
                x[i] = v[i] - means[k][i];
            }
            double q = 0;
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    q += x[i] * precisions[k].getEntry(i, j) * x[j];
                }
            }
            f += amplitudes[k] * Math.exp(-0.5 * q);
        }
        return f;
    }

    /**
     * Hermite coefficients from the generating function E[exp(s·X - |s|^2/2)] = exp(s·μ + s^T (Σ - Id) s/2)
     * of each component: with A = Σ - Id and any i where β_i > 0,
     * a_β = (μ_i a_{β-e_i} + Σ_j A_ij sqrt((β-e_i)_j) a_{β-e_i-e_j}) / sqrt(β_i).
     * i is the largest β_i (the first on ties), so that every factor sqrt((β-e_i)_j / β_i) is at most 1. With the first
     * i where β_i > 0 instead, the factor reaches sqrt(n - 1) next to an axis and the rounding errors grow by about 5 % a
     * degree: in d = 2 the energy of degree 480 came out 6 times too large (docs/CERTIFICATION.md §6a).
     */
    @Override
    public CoefficientStream coefficients() {
        CoefficientStream stream = recursion();
        return weights.length <= CHECKED_COMPONENTS ? new CheckedCoefficients(stream, pairEnergies(16)) : stream;
    }

    /**
     * Most components for which {@link #coefficients} checks each degree's energy against the pair series: its K(K + 1)/2
     * series cost about the recursion itself at K = 10 in d = 2 (and far less in d = 3); above, the check would dominate.
     */
    static final int CHECKED_COMPONENTS = 10;

    private CoefficientStream recursion() {
        MultiIndices indices = MultiIndices.of(d);
        int n = weights.length;
        return new CoefficientStream() {
            private int degree = 0;
            private final double[][] previous = new double[n][];
            private final double[][] beforePrevious = new double[n][];

            @Override
            public double[] next() {
                MultiIndices.Degree deg = indices.degree(degree);
                double[] mixture = new double[deg.size()];
                for (int k = 0; k < n; k++) {
                    double[] a = componentDegree(k, deg, degree == 0 ? null : indices.degree(degree - 1), previous[k], beforePrevious[k]);
                    beforePrevious[k] = previous[k];
                    previous[k] = a;
                    for (int m = 0; m < a.length; m++) {
                        mixture[m] += weights[k] * a[m];
                    }
                }
                degree++;
                return mixture;
            }
        };
    }

    /**
     * The energy of each degree from the generating function of the pair sums e_n^{kl} = Σ_{|α| = n} a^k_α a^l_α
     * of components k, l (the Fischer product of their generating functions exp(s·μ + s^T A s/2), A = Σ - Id):
     *
     * <pre>
     *   Σ_n e_n^{kl} r^n = det(Id - r² C)^{-1/2} exp( r μ_k·μ_l + r² μ_k^T A_l μ_k / 2 + r² c^T (Id - r² C)^{-1} A_k c / 2 ),
     *   C = A_k A_l,  c = μ_l + r A_l μ_k,
     * </pre>
     *
     * so e_n = Σ_{k,l} w_k w_l e_n^{kl} costs O(K² N²) whatever d, against the O(K d N^d) of squaring the
     * coefficients, which it falls back to when that is cheaper (many components).
     */
    @Override
    public PrimitiveIterator.OfDouble degreeEnergies(int maxDegree) {
        int n = weights.length;
        // Multiply-adds of the series' exp (N²/2 per pair) against the stream's d per coefficient and component,
        // each of which costs about 3 of them with its square root and look-ups (measured at K = 3, d = 2 and 3).
        double seriesWork = 0.25 * n * (n + 1) * (maxDegree + 1.0) * (maxDegree + 1.0);
        double streamWork = 3.0 * n * d * MultiIndices.count(d, maxDegree);
        if (seriesWork > streamWork) {
            return InitialDatum.super.degreeEnergies(maxDegree);
        }
        // Degree by degree, as read: a truncation that stops at N pays O(K² N²), not O(K² maxDegree²).
        CheckedCoefficients.Reference energies = pairEnergies(maxDegree);
        return IntStream.rangeClosed(0, maxDegree).mapToDouble(m -> energies.next()).iterator();
    }

    /** e_0, e_1, ... = Σ_{k,l} w_k w_l e_n^{kl} from the pair series, one degree per call, without end. */
    private CheckedCoefficients.Reference pairEnergies(int expectedDegree) {
        int n = weights.length;
        PairSeries[] pairs = new PairSeries[n * (n + 1) / 2];
        double[] factors = new double[pairs.length];
        for (int k = 0, p = 0; k < n; k++) {
            for (int l = k; l < n; l++, p++) {
                pairs[p] = new PairSeries(shifted(covariances[k]), shifted(covariances[l]), means[k], means[l], expectedDegree);
                factors[p] = (k == l ? 1 : 2) * weights[k] * weights[l];
            }
        }
        return new CheckedCoefficients.Reference() {
            private double magnitude;

            @Override
            public double next() {
                double e = 0;
                magnitude = 0;
                for (int p = 0; p < pairs.length; p++) {
                    double term = factors[p] * pairs[p].next();
                    e += term;
                    magnitude += Math.abs(term);
                }
                return e;
            }

            @Override
            public double magnitude() {
                return magnitude;
            }
        };
    }

    /** Σ - Id. */
    private static double[][] shifted(double[][] sigma) {
        double[][] a = new double[sigma.length][];
        for (int i = 0; i < sigma.length; i++) {
            a[i] = sigma[i].clone();
            a[i][i] -= 1;
        }
        return a;
    }

    /**
     * e_0^{kl}, e_1^{kl}, ... of one pair, one per call: the Taylor coefficients of the generating function above,
     * as exp(Σ_j x_j r^j) with g_0 = 1, m g_m = Σ_{j=1}^{m} j x_j g_{m-j}. The logarithm's coefficients come from the
     * powers of C (step i adds the terms of degrees 2i + 2, 2i + 3, 2i + 4), taken only as far as the degrees read.
     */
    private static final class PairSeries {
        private final double[][] ak;
        private final double[][] c;
        private final double[] muL;
        private final double[] u;
        private double[] x;
        private double[] g;
        private double[][] power; // C^i
        private int step;
        private int m;

        /** @param expectedDegree the arrays' first size; they grow when read further */
        PairSeries(double[][] ak, double[][] al, double[] muK, double[] muL, int expectedDegree) {
            this.ak = ak;
            this.c = product(ak, al);
            this.muL = muL;
            this.u = apply(al, muK);
            this.x = new double[expectedDegree + 5]; // room for the terms of degrees 2i + 3, 2i + 4 beyond the degree read
            this.g = new double[expectedDegree + 1];
            this.power = new double[ak.length][ak.length];
            for (int i = 0; i < ak.length; i++) {
                power[i][i] = 1;
            }
            x[1] = dot(muK, muL);
            x[2] = 0.5 * dot(muK, u);
        }

        double next() {
            if (m >= g.length) { // read beyond the expected degree
                x = Arrays.copyOf(x, 2 * m + 5);
                g = Arrays.copyOf(g, 2 * m + 1);
            }
            while (2 * step + 2 <= m) {
                double[][] p = product(power, ak); // C^i A_k, symmetric
                x[2 * step + 2] += 0.5 * dot(muL, apply(p, muL));
                x[2 * step + 3] += dot(muL, apply(p, u));
                x[2 * step + 4] += 0.5 * dot(u, apply(p, u));
                power = product(power, c);
                double trace = 0;
                for (int i = 0; i < c.length; i++) {
                    trace += power[i][i];
                }
                x[2 * step + 2] += 0.5 * trace / (step + 1); // -log det(Id - r² C)/2 = Σ_i tr(C^i) r^{2i} / (2i)
                step++;
            }
            double sum = 0;
            for (int j = 1; j <= m; j++) {
                sum += j * x[j] * g[m - j];
            }
            g[m] = m == 0 ? 1 : sum / m;
            return g[m++];
        }
    }

    private static double[][] product(double[][] a, double[][] b) {
        int d = a.length;
        double[][] p = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int k = 0; k < d; k++) {
                for (int j = 0; j < d; j++) {
                    p[i][j] += a[i][k] * b[k][j];
                }
            }
        }
        return p;
    }

    private static double[] apply(double[][] a, double[] v) {
        double[] w = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            w[i] = dot(a[i], v);
        }
        return w;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private double[] componentDegree(int k, MultiIndices.Degree deg, MultiIndices.Degree lower, double[] prev, double[] prev2) {
        double[] a = new double[deg.size()];
        if (deg.degree() == 0) {
            a[0] = 1;
            return a;
        }
        double[] mu = means[k];
        double[][] cov = covariances[k];
        for (int m = 0; m < a.length; m++) {
            int[] beta = deg.alpha(m);
            int i = 0;
            for (int j = 1; j < d; j++) {
                if (beta[j] > beta[i]) {
                    i = j;
                }
            }
            int below = deg.minus(m, i); // β - e_i in degree n - 1
            double sum = mu[i] * prev[below];
            if (prev2 != null) {
                int[] gamma = lower.alpha(below);
                for (int j = 0; j < d; j++) {
                    if (gamma[j] > 0) {
                        double aij = cov[i][j] - (i == j ? 1 : 0);
                        sum += aij * Math.sqrt(gamma[j]) * prev2[lower.minus(below, j)];
                    }
                }
            }
            a[m] = sum / Math.sqrt(beta[i]);
        }
        return a;
    }

    /** Component k of a JSON components array: an object with no field outside {@code names}. */
    private static JsonNode component(JsonNode comps, int k, Set<String> names) {
        JsonNode c = comps.get(k);
        String at = "components[" + k + "]";
        InvalidInputException.require(c.isObject(), at, c, "must be an object");
        JsonFields.allowOnly(c, at + ".", names);
        return c;
    }
}
