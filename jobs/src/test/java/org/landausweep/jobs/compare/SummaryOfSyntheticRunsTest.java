package org.landausweep.jobs.compare;

import org.landausweep.jobs.SharedSpark;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The summary of a hand-made runs table against numbers computed here: d = 2 with a bin of 5 runs (one
 * FAILED, one UNRESOLVED, none violating) and a bin of 7 runs (2 certified rises, 1 after t0, 1 bound
 * disproved), d = 3 with 3 runs. The counts of violations are over the runs CERTIFIED or DECIDED only.
 */
class SummaryOfSyntheticRunsTest {
    private static final double TOL = 1e-12;

    // bin 0 of d = 2: lambda_max, decay_rate_asymptotic, min_instantaneous_rate, c0_empirical, bound_margin (the FAILED run apart)
    private static final double[] LAMBDA_A = {1.0, 1.1, 1.2, 1.249};
    private static final double[] RATE_A = {2.2, 2.6, 3.0, 2.1};
    private static final double[] MIN_RATE_A = {1.9, 1.7, 2.0, 1.5};
    private static final double[] C0_A = {1.01, 1.02, 1.05, 1.0};
    private static final double[] MARGIN_A = {0.1, 0.05, 0.2, 0.01};
    // bin 2 of d = 2
    private static final double[] LAMBDA_B = {1.5, 1.55, 1.6, 1.65, 1.7, 1.72, 1.74};
    private static final double[] RATE_B = {2.0, 2.05, 1.98, 2.3, 2.4, 2.01, 1.99};
    private static final double[] MIN_RATE_B = {0.9, 0.8, 0.7, 0.95, 0.6, 0.5, 0.85};
    private static final double[] C0_B = {1.1, 1.2, 1.15, 1.3, 1.25, 1.22, 1.28};
    private static final double[] MARGIN_B = {0.3, 0.2, 0.25, 0.1, -0.02, 0.15, 0.12};
    private static final double[] T0_EMPIRICAL_B = {0.0, 0.01, 0.0, 0.0, 0.3, 0.0, 0.0};
    private static final int[] VIOLATIONS_B = {0, 1, 0, 0, 2, 0, 0};
    private static final double KAPPA_B = -Math.log(1.01) / 0.1;

    private static List<Row> summary;

    @BeforeAll
    static void summarize() {
        SyntheticTables tables = new SyntheticTables();
        for (int i = 0; i < LAMBDA_A.length; i++) {
            tables.run("syn", 2, run("a" + i, LAMBDA_A[i], 2, i == 2 ? "UNRESOLVED" : "CERTIFIED", RATE_A[i], MIN_RATE_A[i], C0_A[i],
                    MARGIN_A[i], 0.0, 0));
        }
        tables.run("syn", 2, Map.of("run_id", "a-failed", "family", "random-mixture", "lambda_max_target", 1.1, "status", "FAILED"));
        for (int i = 0; i < LAMBDA_B.length; i++) {
            tables.run("syn", 2, run("b" + i, LAMBDA_B[i], 2, i % 2 == 0 ? "CERTIFIED" : "DECIDED", RATE_B[i], MIN_RATE_B[i], C0_B[i],
                    MARGIN_B[i], T0_EMPIRICAL_B[i], VIOLATIONS_B[i]));
        }
        for (int i = 0; i < 3; i++) {
            tables.run("syn", 3, run("c" + i, 1.3 + 0.05 * i, 3, "CERTIFIED", 4.0 + i, 3.5, 1.01, 0.2, 0.0, 0));
        }
        tables.samples("syn", 2, "a0", new double[][] {{0, 1}, {0.5, Math.exp(-1.0)}, {1.0, Math.exp(-2.5)}})
                .samples("syn", 2, "a1", new double[][] {{0, 1}, {0.5, Math.exp(-0.9)}})
                .samples("syn", 2, "b4", new double[][] {{0, 1}, {0.1, 1.01}, {0.5, 0.5}});
        summary = SummaryQuery.summarize(SharedSpark.get(), tables.runs(), tables.timeseries()).collectAsList();
    }

    /**
     * A solved run; t0_theorem and c0_theorem follow Theorem 1, violation_after_t0 is set when there are 2 violations; a
     * run with violations has a certified rise, starting at t1 = t0_empirical - 0.05 (after t0_theorem for the run with 2,
     * before it for the run with 1); a negative margin has its bound disproved.
     */
    private static Map<String, Object> run(String id, double lambdaMax, int d, String status, double rate, double minRate, double c0,
            double margin, double t0Empirical, int violations) {
        Map<String, Object> row = new HashMap<>();
        row.put("run_id", id);
        row.put("family", d == 2 ? "random-mixture" : "bkw");
        row.put("lambda_max", lambdaMax);
        row.put("t0_theorem", t0Theorem(d, lambdaMax));
        row.put("c0_theorem", c0Theorem(d, lambdaMax));
        row.put("status", status);
        row.put("decay_rate_asymptotic", rate);
        row.put("min_instantaneous_rate", minRate);
        row.put("c0_empirical", c0);
        row.put("bound_margin", margin);
        row.put("t0_empirical", t0Empirical);
        row.put("violation_count", violations);
        row.put("violation_after_t0", violations == 2);
        row.put("violation_certified", violations > 0);
        row.put("violation_certified_t1", violations > 0 ? Math.max(0, t0Empirical - 0.05) : null);
        row.put("bound_holds_certified", margin >= 0);
        return row;
    }

    private static double t0Theorem(int d, double lambdaMax) {
        return Math.max(Math.log(2 * (lambdaMax - 1) / (d - 1)) / (4 * d), 0);
    }

    private static double c0Theorem(int d, double lambdaMax) {
        return Math.exp((lambdaMax - 1) / d);
    }

    private static Row group(int d, int bin) {
        return summary.stream().filter(r -> r.<Integer>getAs("d") == d && r.<Integer>getAs("lambda_bin") == bin).findFirst().orElseThrow();
    }

    @Test
    void oneRowPerDimensionFamilyAndBin() {
        assertEquals(3, summary.size());
        Row a = group(2, 0);
        assertEquals("random-mixture", a.getAs("family"));
        assertEquals(1.0, a.<Double>getAs("lambda_lower"));
        assertEquals(1.25, a.<Double>getAs("lambda_upper"));
        assertEquals("bkw", group(3, 1).getAs("family"));
    }

    @Test
    void countsByStatusAndTheFailedRunInTheBinOfItsTarget() {
        Row a = group(2, 0);
        assertEquals(5L, a.<Long>getAs("runs"));
        assertEquals(1L, a.<Long>getAs("failed_runs"));
        assertEquals(4L, a.<Long>getAs("solved_runs"));
        assertEquals(3L, a.<Long>getAs("certified_runs"));
        assertEquals(0L, a.<Long>getAs("decided_runs"));
        assertEquals(1L, a.<Long>getAs("unresolved_runs"));
        assertEquals(3L, a.<Long>getAs("evidence_runs"));
        Row b = group(2, 2);
        assertEquals(4L, b.<Long>getAs("certified_runs"));
        assertEquals(3L, b.<Long>getAs("decided_runs"));
        assertEquals(7L, b.<Long>getAs("evidence_runs"));
        assertEquals(0.0, a.<Double>getAs("t0_positive_fraction"));
        assertEquals(6.0 / 7, group(2, 2).<Double>getAs("t0_positive_fraction"), TOL);
    }

    @Test
    void violationCountsWithClopperPearsonBounds() {
        Row a = group(2, 0); // 3 evidence runs: the UNRESOLVED and the FAILED one are not counted
        assertEquals(0L, a.<Long>getAs("violation_runs"));
        assertEquals(1 - Math.pow(0.05, 1.0 / 3), a.<Double>getAs("violation_runs_p_upper95"), TOL);
        assertEquals(1 - Math.pow(0.05, 1.0 / 3), a.<Double>getAs("violation_after_t0_runs_p_upper95"), TOL);
        assertEquals(0L, a.<Long>getAs("bound_violation_runs"));
        Row b = group(2, 2);
        assertEquals(2L, b.<Long>getAs("violation_runs"));
        assertEquals(ExpectedBounds.upper95(2, 7), b.<Double>getAs("violation_runs_p_upper95"), TOL);
        assertEquals(1L, b.<Long>getAs("violation_after_t0_runs"));
        assertEquals(ExpectedBounds.upper95(1, 7), b.<Double>getAs("violation_after_t0_runs_p_upper95"), TOL);
        assertEquals(1L, b.<Long>getAs("bound_violation_runs"));
        assertEquals(ExpectedBounds.upper95(1, 7), b.<Double>getAs("bound_violation_runs_p_upper95"), TOL);
        assertEquals(1 - Math.pow(0.05, 1.0 / 3), group(3, 1).<Double>getAs("violation_runs_p_upper95"), TOL);
    }

    @Test
    void quantilesAreExactType7() {
        Row a = group(2, 0);
        assertQuantiles(a, "rate_asymptotic_ratio", scaled(RATE_A, x -> x / 2));
        assertQuantiles(a, "rate_min_ratio", scaled(MIN_RATE_A, x -> x / 2));
        assertQuantiles(a, "bound_margin", MARGIN_A);
        double[] c0Ratio = new double[C0_A.length];
        for (int i = 0; i < c0Ratio.length; i++) {
            c0Ratio[i] = C0_A[i] / c0Theorem(2, LAMBDA_A[i]);
        }
        assertQuantiles(a, "c0_ratio", c0Ratio);
        assertNull(a.getAs("t0_ratio_p50"), "no run of bin 0 has t0_theorem > 0");

        Row b = group(2, 2);
        assertQuantiles(b, "bound_margin", MARGIN_B);
        double[] t0Ratio = new double[LAMBDA_B.length - 1]; // the run at lambda_max = 1.5 has t0_theorem = 0
        for (int i = 1; i < LAMBDA_B.length; i++) {
            t0Ratio[i - 1] = T0_EMPIRICAL_B[i] / t0Theorem(2, LAMBDA_B[i]);
        }
        assertQuantiles(b, "t0_ratio", t0Ratio);
        assertQuantiles(group(3, 1), "rate_asymptotic_ratio", new double[] {1.0, 1.25, 1.5});
    }

    @Test
    void sharpestConstants() {
        Row a = group(2, 0);
        assertEquals(1.8, a.<Double>getAs("kappa_sharpest"), TOL);
        assertEquals(0.9, a.<Double>getAs("kappa_sharpest_ratio"), TOL);
        assertEquals(1.05, a.<Double>getAs("c_sharpest"), TOL);
        assertEquals(KAPPA_B, group(2, 2).<Double>getAs("kappa_sharpest"), TOL);
        assertEquals(1.3, group(2, 2).<Double>getAs("c_sharpest"), TOL);
        assertNull(group(3, 1).getAs("kappa_sharpest"), "no timeseries, no kappa");
    }

    private static void assertQuantiles(Row row, String quantity, double[] values) {
        for (Quantiles.Level level : Quantiles.LEVELS) {
            String column = quantity + "_" + level.suffix();
            assertEquals(ExpectedBounds.quantile(values, level.probability()), row.<Double>getAs(column), TOL, column);
        }
    }

    private static double[] scaled(double[] values, DoubleUnaryOperator f) {
        return Arrays.stream(values).map(f).toArray();
    }
}
