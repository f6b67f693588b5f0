package org.landausweep.sweeps;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.List;
import java.util.Objects;

/**
 * A search file as Jackson binds it: every field as written, null when absent ({@link SearchSpec} checks
 * and completes it).
 *
 * @param name              search name, a Parquet partition value
 * @param seed              search seed: start s of the search depends only on (seed, s)
 * @param objective         what is maximized: a key of {@code SearchObjective}, or {@code planted} (tests)
 * @param d                 velocity dimensions; one int or a list
 * @param lambdaMax         λmax bands, one cell per band and d; or
 * @param anisotropy        bands of a = (λmax - 1)/(d - 1), as in sweeps/theorem1.yaml
 * @param lambdaSecond      a band of λ_2, the second eigenvalue of P_in, in every cell (absent: none); with
 *                          λ_2 > 1 the search stays where two eigenvalues exceed 1 (d >= 3)
 * @param components        K, the mixture components of every searched datum
 * @param starts            local searches per cell
 * @param evaluations       solves per start, the start's own included
 * @param sigma             CMA-ES's initial step size in the unconstrained coordinates (default 0.3)
 * @param componentVariance bounds of every eigenvalue of every normalized component covariance (default [0.05, 1.9])
 * @param solver            the solver section of every evaluation
 * @param resolve           how the best point of a cell is solved again before it is kept
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SearchDocument(String name, Long seed, String objective,
                      @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                      @JsonSetter(contentNulls = Nulls.FAIL) List<Integer> d,
                      @JsonSetter(contentNulls = Nulls.FAIL) List<DoubleRange> lambdaMax,
                      @JsonSetter(contentNulls = Nulls.FAIL) List<DoubleRange> anisotropy, DoubleRange lambdaSecond,
                      Integer components, Integer starts, Integer evaluations, Double sigma,
                      DoubleRange componentVariance, SolverSection solver, Resolve resolve) {

    static final double DEFAULT_SIGMA = 0.3;
    static final DoubleRange DEFAULT_COMPONENT_VARIANCE = new DoubleRange(0.05, 1.9);

    SearchDocument {
        solver = Objects.requireNonNullElse(solver, SolverSection.EMPTY);
        resolve = Objects.requireNonNullElse(resolve, new Resolve(null, null));
    }

    /**
     * The {@code resolve} section: the settings of the re-solve of a cell's best point.
     *
     * @param tol  truncation tolerance (default: the solver's tol / 100)
     * @param nMax largest degree (default: the solver's nMax + 25 %; the operator cache grows like N^(2d-1))
     */
    record Resolve(Double tol, Integer nMax) {
    }
}
