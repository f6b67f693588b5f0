package org.landausweep.sweeps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.landausweep.core.data.GaussianMixture;
import org.landausweep.core.evolution.SolverSettings;
import org.landausweep.core.search.InitialRateEvaluator;
import org.landausweep.core.search.SearchObjective;

/**
 * A validated counterexample-search specification: its identity (name, seed, fingerprint), the objective,
 * the local-search budget and its cells (d × λmax band). Reading one checks the whole file, every cell's
 * solver settings included; a bad one fails with a {@link SweepSpecException} naming the field. Start s
 * of cell c has the global index {@code c · starts + s}, on which alone its randomness depends.
 */
public final class SearchSpec {
    /** The objective of tests: a synthetic fitness with a known maximum, no solve. */
    public static final String PLANTED = "planted";
    static final int MAX_STARTS = 1_000_000;
    static final int MAX_EVALUATIONS = 100_000;

    /**
     * The version of the start draw, hashed into the fingerprint beside the canonical JSON. Raise it whenever the
     * start datum of (seed, start index) changes for the same file: an output of the older draw is then refused on
     * resume (its table would hold starts drawn two ways) instead of being completed with the new draw.
     * 1: the first release; 2: starts redrawn until inside {@code componentVariance}.
     */
    static final int START_DRAW = 2;

    /**
     * The version of how a start of a t = 0 objective (max_rate_at_0, max_rate_gap_at_0) is evaluated, hashed into their
     * fingerprint: 1, a certified solve per evaluation; 2, E'(0) in closed form ({@code InitialRateEvaluator}). An output
     * whose starts were evaluated the other way is refused on resume instead of being completed with values of two kinds.
     */
    static final int RATE_AT_0_EVALUATION = 2;

    private final SearchDocument doc;
    private final List<SearchCell> cells;
    private final String canonicalJson;
    private final String fingerprint;

    private SearchSpec(SearchDocument doc, List<SearchCell> cells) {
        this.doc = doc;
        this.cells = List.copyOf(cells);
        this.canonicalJson = SpecMapper.canonicalJson(doc);
        ObjectNode identity = (ObjectNode) SpecMapper.toTree(doc);
        identity.put("startDraw", START_DRAW);
        if (!doc.objective().equals(PLANTED) && InitialRateEvaluator.serves(SearchObjective.of(doc.objective()))) {
            identity.put("rateAt0Evaluation", RATE_AT_0_EVALUATION);
        }
        this.fingerprint = Fingerprint.of(identity);
    }

    /** Parses and validates a search file written in {@code format}. */
    public static SearchSpec parse(String text, SpecFormat format) {
        JsonNode tree = SpecMapper.readTree(text, format);
        if (!(tree instanceof ObjectNode)) {
            throw new SweepSpecException(SweepSpecException.ROOT, tree, "wrong type: expected a mapping of fields");
        }
        return compile(SpecMapper.bind(tree, SearchDocument.class));
    }

    private static SearchSpec compile(SearchDocument doc) {
        SpecDocument.validateName(doc.name());
        require(doc.seed(), "seed");
        String objective = require(doc.objective(), "objective");
        if (!objective.equals(PLANTED)) {
            try {
                SearchObjective.of(objective);
            } catch (IllegalArgumentException e) {
                throw new SweepSpecException("objective", objective, e.getMessage() + " (or " + PLANTED + " in tests)");
            }
        }
        SpecDocument.validateDimensions(doc.d());
        int k = require(doc.components(), "components");
        if (k < 1 || k > GaussianMixture.MAX_COMPONENTS) {
            throw new SweepSpecException("components", k, "must lie in [1, " + GaussianMixture.MAX_COMPONENTS + "]");
        }
        int starts = require(doc.starts(), "starts");
        if (starts < 1 || starts > MAX_STARTS) {
            throw new SweepSpecException("starts", starts, "must lie in [1, " + MAX_STARTS + "]");
        }
        int evaluations = require(doc.evaluations(), "evaluations");
        if (evaluations < 2 || evaluations > MAX_EVALUATIONS) {
            throw new SweepSpecException("evaluations", evaluations, "must lie in [2, " + MAX_EVALUATIONS + "]: the start and at least one step");
        }
        double sigma = doc.sigma() == null ? SearchDocument.DEFAULT_SIGMA : doc.sigma();
        if (!(sigma > 0 && sigma <= 10)) {
            throw new SweepSpecException("sigma", sigma, "must lie in (0, 10]: a step in log-weights, means and log-Cholesky factors");
        }
        DoubleRange variance = doc.componentVariance() == null ? SearchDocument.DEFAULT_COMPONENT_VARIANCE : doc.componentVariance();
        if (!(variance.min() > 0 && variance.max() < GaussianMixture.ADMISSIBILITY_LIMIT)) {
            throw new SweepSpecException("componentVariance", variance, "must lie inside (0, 2): a normalized component variance of 2 has E(0) = ∞");
        }
        if ((doc.lambdaMax() == null) == (doc.anisotropy() == null)) {
            throw new SweepSpecException("lambdaMax", "give exactly one of lambdaMax and anisotropy (the bands of the cells)");
        }
        boolean byLambda = doc.lambdaMax() != null;
        List<DoubleRange> bands = byLambda ? doc.lambdaMax() : doc.anisotropy();
        String field = byLambda ? "lambdaMax" : "anisotropy";
        if (bands.isEmpty()) {
            throw new SweepSpecException(field, bands, "must list at least one band");
        }
        DoubleRange second = doc.lambdaSecond();
        if (second != null && !(second.min() > 0)) {
            throw new SweepSpecException("lambdaSecond", second, "must lie above 0: the eigenvalues of P_in are positive");
        }
        SolverSection solver = doc.solver().withDefaults();
        SearchDocument.Resolve resolve = doc.resolve();
        List<SearchCell> cells = new ArrayList<>();
        for (int d : doc.d()) {
            SolverSettings settings = solver.resolve(d, doc.d()).settings(d);
            SolverSettings again = resolved(settings, resolve, d);
            for (int b = 0; b < bands.size(); b++) {
                DoubleRange band = bands.get(b);
                DoubleRange lambda = byLambda ? band : band.affine(1, d - 1);
                if (!(lambda.min() >= 1 && lambda.max() < d)) {
                    throw new SweepSpecException(field + "[" + b + "]", band, "gives λmax in " + lambda + " for d = " + d
                            + ": must lie in [1, d), since the eigenvalues of P_in are non-negative and sum to d");
                }
                if (second != null && !(d >= 3 && second.min() <= lambda.max() && lambda.min() + second.min() < d)) {
                    throw new SweepSpecException("lambdaSecond", second, "leaves no spectrum with λmax in " + lambda + " for d = " + d
                            + ": needs d >= 3, λ_2 <= λmax and λmax + λ_2 < d");
                }
                String label = field + "=" + band + (second == null ? "" : ", lambdaSecond=" + second);
                cells.add(new SearchCell(cells.size(), d, lambda.min(), lambda.max(), second == null ? 0 : second.min(),
                        second == null ? Double.POSITIVE_INFINITY : second.max(), label, settings, again));
            }
        }
        if ((long) cells.size() * starts > MAX_STARTS) {
            throw new SweepSpecException("starts", starts, "gives " + (long) cells.size() * starts + " starts over " + cells.size()
                    + " cells: at most " + MAX_STARTS);
        }
        SearchDocument canonical = new SearchDocument(doc.name(), doc.seed(), objective, doc.d(), doc.lambdaMax(), doc.anisotropy(),
                second, k, starts, evaluations, sigma, variance, solver,
                new SearchDocument.Resolve(resolve.tol(), resolve.nMax()));
        return new SearchSpec(canonical, cells);
    }

    /** The re-solve's settings: tighter tol and higher nMax than the search's, checked by solver-core. */
    private static SolverSettings resolved(SolverSettings settings, SearchDocument.Resolve resolve, int d) {
        double tol = resolve.tol() != null ? resolve.tol() : settings.tol() / 100;
        int nMax = resolve.nMax() != null ? resolve.nMax() : settings.nMax() + settings.nMax() / 4;
        if (!(tol <= settings.tol())) {
            throw new SweepSpecException("resolve.tol", tol, "must be at most solver.tol (" + settings.tol() + "): the re-solve is tighter");
        }
        if (nMax < settings.nMax()) {
            throw new SweepSpecException("resolve.nMax", nMax, "must be at least solver.nMax (" + settings.nMax() + ")");
        }
        SolverSettings again = settings.withTol(tol).withNMax(nMax);
        CoreValidation.run(again::validate, d, coreField -> "resolve." + coreField);
        return again;
    }

    private static <T> T require(T value, String field) {
        if (value == null) {
            throw SweepSpecException.missing(field);
        }
        return value;
    }

    /** The search's name, a Parquet partition value. */
    public String name() {
        return doc.name();
    }

    /** The search's seed. */
    public long seed() {
        return doc.seed();
    }

    /** The objective's key ({@code SearchObjective#key}, or {@link #PLANTED}). */
    public String objective() {
        return doc.objective();
    }

    /** K, the components of every searched mixture. */
    public int components() {
        return doc.components();
    }

    /** Starts per cell. */
    public int starts() {
        return doc.starts();
    }

    /** Evaluations per start. */
    public int evaluations() {
        return doc.evaluations();
    }

    /** CMA-ES's initial step size. */
    public double sigma() {
        return doc.sigma();
    }

    /** Bounds of the normalized component-covariance eigenvalues. */
    public DoubleRange componentVariance() {
        return doc.componentVariance();
    }

    /** The cells, d outermost. */
    public List<SearchCell> cells() {
        return cells;
    }

    /** Every start of every cell: cells × starts. */
    public long startCount() {
        return (long) cells.size() * doc.starts();
    }

    /** The cell of global start index {@code start}. */
    public SearchCell cellOf(long start) {
        return cells.get((int) (start / doc.starts()));
    }

    /** The specification with every default filled in, as compact JSON with fields in a fixed order. */
    public String canonicalJson() {
        return canonicalJson;
    }

    /** SHA-256 of the canonical JSON: the identity the search's output is claimed for. */
    public String fingerprint() {
        return fingerprint;
    }
}
