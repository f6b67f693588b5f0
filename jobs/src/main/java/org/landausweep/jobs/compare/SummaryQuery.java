package org.landausweep.jobs.compare;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.types.DataTypes;

/**
 * The summary table as one Spark SQL query over the {@code runs} and {@code timeseries} tables (with
 * their partition columns {@code sweep} and {@code d}): one row per (sweep, d, family, λmax bin).
 * Its columns, in order:
 * <ul>
 * <li>{@code sweep, d, family, lambda_bin, lambda_lower, lambda_upper}: the group; the bin of
 *     {@code lambda_max} ({@link LambdaBins}), of {@code lambda_max_target} for a FAILED run, whose
 *     {@code lambda_max} is null;</li>
 * <li>{@code runs, failed_runs, solved_runs, certified_runs, decided_runs, unresolved_runs}: counts by status,
 *     solved = not FAILED;</li>
 * <li>{@code evidence_runs}: the runs whose three decisions are certified (status CERTIFIED or DECIDED), the
 *     only runs the counts below are taken from (a measured curve alone proves nothing about E);</li>
 * <li>{@code t0_positive_fraction}: the fraction of solved runs with t0_theorem &gt; 0;</li>
 * <li>{@code violation_runs}, {@code violation_after_t0_runs}, {@code bound_violation_runs}: evidence runs
 *     with a certified rise of E ({@code violation_certified}), with a certified rise that starts at or after
 *     t0_theorem (so E' &gt; 0 somewhere after t0), and with Theorem 1's bound disproved; each with
 *     {@code _p_upper95}, the Clopper–Pearson 95 % upper bound on its probability over the evidence runs
 *     ({@link ClopperPearson});</li>
 * <li>for each of {@link #QUANTITIES} the columns {@code <name>_min, _p01, _p50, _p99, _max} ({@link Quantiles});</li>
 * <li>{@code kappa_sharpest}: the largest κ with E(t) &lt;= E(0) e^{-κt} for every evidence run of the group and every
 *     sampled t, read from the computed E_N: κ = min over timeseries rows with t &gt; 0 of -ln(E_N(t)/E(0))/t (negative
 *     when E_N rose above E(0)); {@code kappa_sharpest_ratio} = κ/(2(d-1));</li>
 * <li>{@code kappa_sharpest_lower}, {@code kappa_sharpest_upper} (and their {@code _ratio_} forms over 2(d-1)): the same κ
 *     of the true E certified by the enclosure. As E &lt;= E_upper at each sample, -ln(E(t)/E(0))/t &gt;= -ln(E_upper(t)/E(0))/t,
 *     so the minimum of the right side over the samples and runs is a lower bound; E &gt;= E_lower gives the upper bound the
 *     same way, from the samples where E_lower &gt; 0 (null when there is none). A run without {@code e_upper} makes the
 *     lower bound -∞. E(0) is {@code e0_closed}, a closed form exact to rounding (the certificate allows a relative 1e-14, which would move κ by 1e-14/t);</li>
 * <li>{@code fourfold_decay_proved_runs}, {@code fourfold_decay_disproved_runs}: evidence runs where E(t) &lt;= E(0)
 *     e^{-8(d-1)t} (four times Theorem 1's rate) is proved at every sample (κ lower bound &gt;= 8(d-1)), and where it is
 *     disproved at some sample (κ upper bound &lt; 8(d-1)); {@code fourfold_decay_disproved_runs_p_upper95} bounds the
 *     probability of the latter;</li>
 * <li>{@code rate_min_sharpest_ratio}: the smallest min_instantaneous_rate (min_t -E'(t)/E(t) on the computed E_N) over the
 *     evidence runs, over 2(d-1); {@code rate_min_sharpest_ratio_lower}, {@code rate_min_sharpest_ratio_upper}: the same
 *     minimum of the true E bounded by the certificates: the min of the runs' {@code min_instantaneous_rate_lower}
 *     (grid-level: -dEdt_upper/E at the certificate's grid points, a run without it making the bound -∞) and of their
 *     {@code min_instantaneous_rate_upper} (rigorous: a cell's secant rate is a mean of -E'/E over the cell, so the minimum
 *     lies below it; a run without it bounds nothing);</li>
 * <li>{@code instantaneous_fourfold_grid_runs}, {@code instantaneous_fourfold_disproved_runs}: evidence runs where
 *     E'(t) &lt;= -8(d-1) E(t) holds at every grid point of the certificate (lower end &gt;= 8(d-1), grid-level), and where it
 *     is disproved on [0, T] (upper end &lt; 8(d-1): some cell decays more slowly on average); with
 *     {@code instantaneous_fourfold_disproved_runs_p_upper95};</li>
 * <li>{@code c_sharpest}: the smallest c with E(t) &lt;= c e^{-2(d-1)t} E(0) for every evidence run of the group and
 *     every t, max of c0_empirical (compare c0_theorem = e^{(λmax-1)/d}); {@code c_sharpest_lower} and
 *     {@code c_sharpest_upper} bound it, the max of the runs' certified c0_empirical_lower and c0_empirical_upper
 *     (a run without c0_empirical_upper makes the upper bound +∞).</li>
 * </ul>
 */
public final class SummaryQuery {
    /** The per-run quantities whose quantiles are reported: column name and Spark SQL over a runs row. */
    public static final List<Quantity> QUANTITIES = List.of(
            new Quantity("rate_asymptotic_ratio", "decay_rate_asymptotic / (2 * (d - 1))"),
            new Quantity("rate_min_ratio", "min_instantaneous_rate / (2 * (d - 1))"),
            new Quantity("c0_ratio", "c0_empirical / c0_theorem"),
            new Quantity("t0_ratio", "CASE WHEN t0_theorem > 0 THEN t0_empirical / t0_theorem END"),
            new Quantity("bound_margin", "bound_margin"));

    /**
     * A summarized per-run quantity.
     *
     * @param name column prefix
     * @param sql  its value for one row of {@code runs}, in Spark SQL
     */
    public record Quantity(String name, String sql) {
    }

    /** The sessions that have the functions (asking Spark's catalog would create a spark-warehouse folder in the working directory). */
    private static final Set<SparkSession> REGISTERED = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));
    private static final String RUNS_VIEW = "compare_runs";
    private static final String TIMESERIES_VIEW = "compare_timeseries";

    private SummaryQuery() {
    }

    /** The summary of {@code runs} and their {@code timeseries}, sorted by sweep, d, family and bin. */
    public static Dataset<Row> summarize(SparkSession spark, Dataset<Row> runs, Dataset<Row> timeseries) {
        registerFunctions(spark);
        runs.createOrReplaceTempView(RUNS_VIEW);
        timeseries.createOrReplaceTempView(TIMESERIES_VIEW);
        return spark.sql(sql());
    }

    /** Registers, once per session, the functions of the query that live in plain Java: the bins and the Clopper–Pearson bound. */
    public static void registerFunctions(SparkSession spark) {
        if (!REGISTERED.add(spark)) {
            return;
        }
        spark.udf().register("lambda_bin", (UDF1<Double, Integer>) LambdaBins::index, DataTypes.IntegerType);
        spark.udf().register("lambda_lower", (UDF1<Integer, Double>) k -> k == null ? null : LambdaBins.lower(k), DataTypes.DoubleType);
        spark.udf().register("lambda_upper", (UDF1<Integer, Double>) k -> k == null ? null : LambdaBins.upper(k), DataTypes.DoubleType);
        spark.udf().register("clopper_pearson_upper95", (UDF2<Long, Long, Double>) ClopperPearson::upper95, DataTypes.DoubleType);
    }

    /** The query text, over the views {@value #RUNS_VIEW} and {@value #TIMESERIES_VIEW}. */
    static String sql() {
        String perRunQuantities = QUANTITIES.stream().map(q -> q.sql() + " AS " + q.name()).collect(Collectors.joining(",\n    "));
        String percentiles = QUANTITIES.stream().map(q -> Quantiles.percentilesSql(q.name()) + " AS q_" + q.name())
                .collect(Collectors.joining(",\n    "));
        String quantileColumns = QUANTITIES.stream().map(q -> Quantiles.columnsSql("q_" + q.name(), q.name()))
                .collect(Collectors.joining(",\n  "));
        return """
                WITH kappa AS (
                  SELECT s.sweep, s.d, s.run_id,
                    min(CASE WHEN s.e_over_e0 > 0 THEN -ln(s.e_over_e0) / s.t END) AS kappa,
                    min(CASE WHEN s.e_upper > 0 THEN -ln(s.e_upper / r.e0_closed) / s.t ELSE CAST('-Infinity' AS DOUBLE) END) AS kappa_lower,
                    min(CASE WHEN s.e_lower > 0 THEN -ln(s.e_lower / r.e0_closed) / s.t END) AS kappa_upper
                  FROM %s s JOIN %s r ON s.sweep = r.sweep AND s.d = r.d AND s.run_id = r.run_id
                  WHERE s.t > 0 AND r.status IN ('CERTIFIED', 'DECIDED')
                  GROUP BY s.sweep, s.d, s.run_id),
                per_run AS (
                  SELECT sweep, d, run_id, family, status, t0_theorem,
                    status IN ('CERTIFIED', 'DECIDED') AS evidence,
                    CASE WHEN status IN ('CERTIFIED', 'DECIDED') THEN c0_empirical END AS c0_evidence,
                    CASE WHEN status IN ('CERTIFIED', 'DECIDED') THEN c0_empirical_lower END AS c0_evidence_lower,
                    CASE WHEN status IN ('CERTIFIED', 'DECIDED') THEN coalesce(c0_empirical_upper, CAST('Infinity' AS DOUBLE)) END
                      AS c0_evidence_upper,
                    CASE WHEN status IN ('CERTIFIED', 'DECIDED') THEN min_instantaneous_rate END AS rate_min_evidence,
                    CASE WHEN status IN ('CERTIFIED', 'DECIDED') THEN coalesce(min_instantaneous_rate_lower, CAST('-Infinity' AS DOUBLE)) END
                      AS rate_min_evidence_lower,
                    CASE WHEN status IN ('CERTIFIED', 'DECIDED') THEN min_instantaneous_rate_upper END AS rate_min_evidence_upper,
                    violation_certified AND status IN ('CERTIFIED', 'DECIDED') AS violation,
                    violation_certified AND violation_certified_t1 >= t0_theorem AND status IN ('CERTIFIED', 'DECIDED') AS violation_after_t0,
                    NOT bound_holds_certified AND status IN ('CERTIFIED', 'DECIDED') AS bound_violation,
                    lambda_bin(coalesce(lambda_max, lambda_max_target)) AS lambda_bin,
                    %s
                  FROM %s),
                grouped AS (
                  SELECT sweep, d, family, lambda_bin,
                    count(*) AS runs,
                    count_if(status = 'FAILED') AS failed_runs,
                    count_if(status = 'CERTIFIED') AS certified_runs,
                    count_if(status = 'DECIDED') AS decided_runs,
                    count_if(status = 'UNRESOLVED') AS unresolved_runs,
                    count_if(evidence) AS evidence_runs,
                    avg(CAST(t0_theorem > 0 AS DOUBLE)) AS t0_positive_fraction,
                    count_if(violation) AS violation_runs,
                    count_if(violation_after_t0) AS violation_after_t0_runs,
                    count_if(bound_violation) AS bound_violation_runs,
                    %s,
                    min(kappa) AS kappa_sharpest,
                    min(kappa_lower) AS kappa_sharpest_lower,
                    min(kappa_upper) AS kappa_sharpest_upper,
                    count_if(kappa_lower >= 8 * (d - 1)) AS fourfold_decay_proved_runs,
                    count_if(kappa_upper < 8 * (d - 1)) AS fourfold_decay_disproved_runs,
                    min(rate_min_evidence) AS rate_min_sharpest,
                    min(rate_min_evidence_lower) AS rate_min_sharpest_lower,
                    min(rate_min_evidence_upper) AS rate_min_sharpest_upper,
                    count_if(rate_min_evidence_lower >= 8 * (d - 1)) AS instantaneous_fourfold_grid_runs,
                    count_if(rate_min_evidence_upper < 8 * (d - 1)) AS instantaneous_fourfold_disproved_runs,
                    max(c0_evidence) AS c_sharpest,
                    max(c0_evidence_lower) AS c_sharpest_lower,
                    max(c0_evidence_upper) AS c_sharpest_upper
                  FROM per_run LEFT JOIN kappa USING (sweep, d, run_id)
                  GROUP BY sweep, d, family, lambda_bin)
                SELECT sweep, d, family, lambda_bin, lambda_lower(lambda_bin) AS lambda_lower, lambda_upper(lambda_bin) AS lambda_upper,
                  runs, failed_runs, runs - failed_runs AS solved_runs, certified_runs, decided_runs, unresolved_runs, evidence_runs,
                  t0_positive_fraction,
                  violation_runs, clopper_pearson_upper95(violation_runs, evidence_runs) AS violation_runs_p_upper95,
                  violation_after_t0_runs, clopper_pearson_upper95(violation_after_t0_runs, evidence_runs) AS violation_after_t0_runs_p_upper95,
                  bound_violation_runs, clopper_pearson_upper95(bound_violation_runs, evidence_runs) AS bound_violation_runs_p_upper95,
                  %s,
                  kappa_sharpest, kappa_sharpest / (2 * (d - 1)) AS kappa_sharpest_ratio,
                  kappa_sharpest_lower, kappa_sharpest_upper,
                  kappa_sharpest_lower / (2 * (d - 1)) AS kappa_sharpest_ratio_lower,
                  kappa_sharpest_upper / (2 * (d - 1)) AS kappa_sharpest_ratio_upper,
                  fourfold_decay_proved_runs, fourfold_decay_disproved_runs,
                  clopper_pearson_upper95(fourfold_decay_disproved_runs, evidence_runs) AS fourfold_decay_disproved_runs_p_upper95,
                  rate_min_sharpest / (2 * (d - 1)) AS rate_min_sharpest_ratio,
                  rate_min_sharpest_lower / (2 * (d - 1)) AS rate_min_sharpest_ratio_lower,
                  rate_min_sharpest_upper / (2 * (d - 1)) AS rate_min_sharpest_ratio_upper,
                  instantaneous_fourfold_grid_runs, instantaneous_fourfold_disproved_runs,
                  clopper_pearson_upper95(instantaneous_fourfold_disproved_runs, evidence_runs)
                    AS instantaneous_fourfold_disproved_runs_p_upper95,
                  c_sharpest, c_sharpest_lower, c_sharpest_upper
                FROM grouped
                ORDER BY sweep, d, family, lambda_bin
                """.formatted(TIMESERIES_VIEW, RUNS_VIEW, perRunQuantities, RUNS_VIEW, percentiles, quantileColumns);
    }
}
