package org.landausweep.jobs.compare;

import org.apache.spark.sql.Row;

/**
 * The numbers of one row of the summary table ({@link SummaryQuery}) that the findings and the printed
 * table use; nullable where the summary column is (a group whose runs all failed has no rate).
 *
 * @param d                  dimension
 * @param family             family of initial data
 * @param lambdaBin          λmax bin ({@link LambdaBins}); null for runs without λmax
 * @param runs               runs of the group
 * @param failed             runs with status FAILED
 * @param truncationNotMet   runs with status TRUNCATION_NOT_MET
 * @param t0PositiveFraction fraction of solved runs with t0_theorem &gt; 0
 * @param violating          solved runs with E'(t) &gt; 0 somewhere
 * @param violatingAfterT0   solved runs with E'(t) &gt; 0 after t0_theorem
 * @param rateRatioMin       smallest decay_rate_asymptotic / (2(d-1))
 * @param rateRatioMax       largest decay_rate_asymptotic / (2(d-1))
 * @param kappaRatio         κ_sharpest / (2(d-1))
 * @param cSharpest          c_sharpest
 */
public record SummaryGroup(int d, String family, Integer lambdaBin, long runs, long failed, long truncationNotMet,
                           Double t0PositiveFraction, long violating, long violatingAfterT0, Double rateRatioMin,
                           Double rateRatioMax, Double kappaRatio, Double cSharpest) {

    /** The group of a summary row. */
    public static SummaryGroup of(Row r) {
        return new SummaryGroup(r.<Integer>getAs("d"), r.getAs("family"), r.getAs("lambda_bin"), r.<Long>getAs("runs"),
                r.<Long>getAs("failed_runs"), r.<Long>getAs("truncation_not_met_runs"), r.getAs("t0_positive_fraction"),
                r.<Long>getAs("violation_runs"), r.<Long>getAs("violation_after_t0_runs"), r.getAs("rate_asymptotic_ratio_min"),
                r.getAs("rate_asymptotic_ratio_max"), r.getAs("kappa_sharpest_ratio"), r.getAs("c_sharpest"));
    }

    /** Runs that were solved (not FAILED). */
    public long solved() {
        return runs - failed;
    }

    /** Whether some run of the group has t0_theorem &gt; 0, so that the group tests Theorem 1's t0. */
    public boolean testsT0() {
        return t0PositiveFraction != null && t0PositiveFraction > 0;
    }

    /** The λmax bin as text, "none" without one. */
    public String binLabel() {
        return lambdaBin == null ? "none" : LambdaBins.label(lambdaBin);
    }
}
