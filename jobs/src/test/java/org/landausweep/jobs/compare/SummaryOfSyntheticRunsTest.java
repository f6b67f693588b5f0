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
 * disproved), d = 3 with 3 runs. The counts of violations and the sharpest constants are over the runs CERTIFIED or
 * DECIDED only. Every run has E(0) = {@value #E0}; the enclosure's samples are written as E(0) e^{-x} so that the bounds of
 * κ, -ln(E_upper/E(0))/t and -ln(E_lower/E(0))/t, are x/t by hand.
 */
class SummaryOfSyntheticRunsTest {
    private static final double TOL = 1e-12;
    private static final double E0 = 2.0;

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
    // d = 3, where 8(d-1) = 16: certified [min - 0.1, min + 0.05] leaves c0 open, c1 and c2 hold at the grid points
    private static final double[] MIN_RATE_C = {16.05, 16.7, 17.2};

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
            Map<String, Object> b = run("b" + i, LAMBDA_B[i], 2, i % 2 == 0 ? "CERTIFIED" : "DECIDED", RATE_B[i], MIN_RATE_B[i], C0_B[i],
                    MARGIN_B[i], T0_EMPIRICAL_B[i], VIOLATIONS_B[i]);
            if (i == 1) {
                b.put("min_instantaneous_rate_upper", null); // E_lower reached 0: the secant bounds nothing
            }
            if (i == 4) {
                b.put("min_instantaneous_rate_lower", null);
            }
            tables.run("syn", 2, b);
        }
        for (int i = 0; i < 3; i++) {
            tables.run("syn", 3, run("c" + i, 1.3 + 0.05 * i, 3, "CERTIFIED", 4.0 + i, MIN_RATE_C[i], 1.01, 0.2, 0.0, 0));
        }
        // a0: κ from E_N 2, its bounds 0.95/0.5 = 1.9 and 1.1/0.5 = 2.2 (E_lower = 0 at t = 1 bounds nothing); a1: 1.8 in
        // [1.4, 2.0]; a2 is UNRESOLVED: its smaller κ must not count; b4 has no enclosure (a lower bound of -∞, no upper)
        tables.samples("syn", 2, "a0", new double[][] {{0, 1, E0, E0}, {0.5, Math.exp(-1.0), enclosed(1.1), enclosed(0.95)},
                        {1.0, Math.exp(-2.5), 0, enclosed(2.4)}})
                .samples("syn", 2, "a1", new double[][] {{0, 1, E0, E0}, {0.5, Math.exp(-0.9), enclosed(1.0), enclosed(0.7)}})
                .samples("syn", 2, "a2", new double[][] {{0.5, Math.exp(-0.2), enclosed(0.3), enclosed(0.1)}})
                .samples("syn", 2, "b4", new double[][] {{0, 1}, {0.1, 1.01}, {0.5, 0.5}})
                // d = 3: c0 proves the fourfold rate 16 (κ in [17, 21]), c1 leaves it open ([15, 20.5]), c2 has no samples
                .samples("syn", 3, "c0", new double[][] {{0.1, Math.exp(-2.0), enclosed(2.1), enclosed(1.7)}})
                .samples("syn", 3, "c1", new double[][] {{0.1, Math.exp(-2.0), enclosed(2.05), enclosed(1.5)}});
        summary = SummaryQuery.summarize(SharedSpark.get(), tables.runs(), tables.timeseries()).collectAsList();
    }

    /** E(0) e^{-x}. */
    private static double enclosed(double x) {
        return E0 * Math.exp(-x);
    }

    /**
     * A solved run; t0_theorem and c0_theorem follow Theorem 1, violation_after_t0 is set when there are 2 violations; a
     * run with violations has a certified rise, starting at t1 = t0_empirical - 0.05 (after t0_theorem for the run with 2,
     * before it for the run with 1); a negative margin has its bound disproved. c0_empirical's certified bounds are
     * c0 - 0.01 and c0 + 0.02, but for the run with c0 = 1.3, which has no upper bound; min_instantaneous_rate's are minRate - 0.1
     * and minRate + 0.05.
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
        row.put("min_instantaneous_rate_lower", minRate - 0.1);
        row.put("min_instantaneous_rate_upper", minRate + 0.05);
        row.put("e0_closed", E0);
        row.put("c0_empirical", c0);
        row.put("c0_empirical_lower", c0 - 0.01);
        row.put("c0_empirical_upper", c0 == 1.3 ? null : c0 + 0.02);
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
    void sharpestConstantsOfTheEvidenceRunsWithTheirCertifiedBounds() {
        Row a = group(2, 0);
        assertEquals(1.8, a.<Double>getAs("kappa_sharpest"), TOL);
        assertEquals(0.9, a.<Double>getAs("kappa_sharpest_ratio"), TOL);
        assertEquals(1.4, a.<Double>getAs("kappa_sharpest_lower"), TOL);
        assertEquals(2.0, a.<Double>getAs("kappa_sharpest_upper"), TOL);
        assertEquals(0.7, a.<Double>getAs("kappa_sharpest_ratio_lower"), TOL);
        assertEquals(1.0, a.<Double>getAs("kappa_sharpest_ratio_upper"), TOL);
        assertEquals(1.02, a.<Double>getAs("c_sharpest"), TOL, "the UNRESOLVED run's 1.05 does not count");
        assertEquals(1.01, a.<Double>getAs("c_sharpest_lower"), TOL);
        assertEquals(1.04, a.<Double>getAs("c_sharpest_upper"), TOL);

        Row b = group(2, 2);
        assertEquals(KAPPA_B, b.<Double>getAs("kappa_sharpest"), TOL);
        assertEquals(Double.NEGATIVE_INFINITY, b.<Double>getAs("kappa_sharpest_lower"), "a run without e_upper bounds nothing from below");
        assertNull(b.getAs("kappa_sharpest_upper"), "no E_lower > 0: no upper bound");
        assertEquals(1.3, b.<Double>getAs("c_sharpest"), TOL);
        assertEquals(1.29, b.<Double>getAs("c_sharpest_lower"), TOL);
        assertEquals(Double.POSITIVE_INFINITY, b.<Double>getAs("c_sharpest_upper"), "a run without c0_empirical_upper");

        Row c = group(3, 1);
        assertEquals(20.0, c.<Double>getAs("kappa_sharpest"), TOL);
        assertEquals(15.0, c.<Double>getAs("kappa_sharpest_lower"), 1e-9);
        assertEquals(20.5, c.<Double>getAs("kappa_sharpest_upper"), 1e-9);
    }

    @Test
    void theFourfoldRateIsCountedProvedOrDisprovedPerEvidenceRun() {
        Row a = group(2, 0); // 8(d-1) = 8 is above both runs' upper bounds (2.2 and 2.0)
        assertEquals(0L, a.<Long>getAs("fourfold_decay_proved_runs"));
        assertEquals(2L, a.<Long>getAs("fourfold_decay_disproved_runs"));
        assertEquals(ExpectedBounds.upper95(2, 3), a.<Double>getAs("fourfold_decay_disproved_runs_p_upper95"), TOL);
        Row b = group(2, 2); // b4's bounds are -∞ and none: open
        assertEquals(0L, b.<Long>getAs("fourfold_decay_proved_runs"));
        assertEquals(0L, b.<Long>getAs("fourfold_decay_disproved_runs"));
        Row c = group(3, 1); // 16: proved by c0 (17), open in c1 ([15, 20.5]) and c2 (no samples)
        assertEquals(1L, c.<Long>getAs("fourfold_decay_proved_runs"));
        assertEquals(0L, c.<Long>getAs("fourfold_decay_disproved_runs"));
    }

    @Test
    void theFourfoldRateAtEachInstantIsCountedDisprovedOrHoldingAtTheGridPoints() {
        Row a = group(2, 0); // evidence a0, a1, a3: min rates 1.9, 1.7, 1.5, every upper end (+0.05) below 8
        assertEquals(0.75, a.<Double>getAs("rate_min_sharpest_ratio"), TOL);
        assertEquals(0.7, a.<Double>getAs("rate_min_sharpest_ratio_lower"), TOL);
        assertEquals(0.775, a.<Double>getAs("rate_min_sharpest_ratio_upper"), TOL);
        assertEquals(0L, a.<Long>getAs("instantaneous_fourfold_grid_runs"));
        assertEquals(3L, a.<Long>getAs("instantaneous_fourfold_disproved_runs"));  // 3 of 3: the bound is 1
        assertEquals(1.0, a.<Double>getAs("instantaneous_fourfold_disproved_runs_p_upper95"), TOL);
        Row b = group(2, 2); // b1 has no upper end (not disproved), b4 no lower end (-∞); the smallest, 0.5, is b5's
        assertEquals(0.25, b.<Double>getAs("rate_min_sharpest_ratio"), TOL);
        assertEquals(Double.NEGATIVE_INFINITY, b.<Double>getAs("rate_min_sharpest_ratio_lower"));
        assertEquals(0.275, b.<Double>getAs("rate_min_sharpest_ratio_upper"), TOL);
        assertEquals(6L, b.<Long>getAs("instantaneous_fourfold_disproved_runs"));
        assertEquals(ExpectedBounds.upper95(6, 7), b.<Double>getAs("instantaneous_fourfold_disproved_runs_p_upper95"), TOL);
        Row c = group(3, 1); // 16: c0 open ([15.95, 16.1]), c1 and c2 hold at the grid points (16.6, 17.1)
        assertEquals(16.05 / 4, c.<Double>getAs("rate_min_sharpest_ratio"), TOL);
        assertEquals(15.95 / 4, c.<Double>getAs("rate_min_sharpest_ratio_lower"), TOL);
        assertEquals(16.1 / 4, c.<Double>getAs("rate_min_sharpest_ratio_upper"), TOL);
        assertEquals(2L, c.<Long>getAs("instantaneous_fourfold_grid_runs"));
        assertEquals(0L, c.<Long>getAs("instantaneous_fourfold_disproved_runs"));
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
