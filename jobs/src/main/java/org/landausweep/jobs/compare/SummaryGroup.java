package org.landausweep.jobs.compare;

import org.apache.spark.sql.Row;

/**
 * The numbers of one row of the summary table ({@link SummaryQuery}) that the findings and the printed
 * table use; nullable where the summary column is (a group whose runs all failed has no rate).
 *
 * @param d                  dimension
 * @param family             family of initial data
 * @param lambdaBin          λmax bin ({@link LambdaBins}); null for runs without λmax
 * @param status             runs of the group by status
 * @param t0PositiveFraction fraction of solved runs with t0_theorem &gt; 0
 * @param violating          evidence runs (CERTIFIED or DECIDED) with a certified rise of E somewhere
 * @param violatingAfterT0   evidence runs with a certified rise of E that starts at or after t0_theorem
 * @param boundViolating     evidence runs whose Theorem 1 bound is disproved
 * @param rateRatioMin       smallest decay_rate_asymptotic / (2(d-1))
 * @param rateRatioMax       largest decay_rate_asymptotic / (2(d-1))
 * @param kappaRatio         κ_sharpest / (2(d-1))
 * @param cSharpest          c_sharpest
 */
public record SummaryGroup(int d, String family, Integer lambdaBin, StatusCounts status, Double t0PositiveFraction, long violating,
                           long violatingAfterT0, long boundViolating, Double rateRatioMin, Double rateRatioMax, Double kappaRatio,
                           Double cSharpest) {

    /**
     * Runs of a group by status.
     *
     * @param runs       all runs
     * @param failed     FAILED
     * @param certified  CERTIFIED
     * @param decided    DECIDED
     * @param unresolved UNRESOLVED
     */
    public record StatusCounts(long runs, long failed, long certified, long decided, long unresolved) {

        /** Runs whose three decisions are certified (CERTIFIED or DECIDED): the evidence. */
        public long evidence() {
            return certified + decided;
        }
    }

    /** The group of a summary row. */
    public static SummaryGroup of(Row r) {
        StatusCounts status = new StatusCounts(r.<Long>getAs("runs"), r.<Long>getAs("failed_runs"), r.<Long>getAs("certified_runs"),
                r.<Long>getAs("decided_runs"), r.<Long>getAs("unresolved_runs"));
        return new SummaryGroup(r.<Integer>getAs("d"), r.getAs("family"), r.getAs("lambda_bin"), status, r.getAs("t0_positive_fraction"),
                r.<Long>getAs("violation_runs"), r.<Long>getAs("violation_after_t0_runs"), r.<Long>getAs("bound_violation_runs"),
                r.getAs("rate_asymptotic_ratio_min"), r.getAs("rate_asymptotic_ratio_max"), r.getAs("kappa_sharpest_ratio"), r.getAs("c_sharpest"));
    }

    /** All runs of the group. */
    public long runs() {
        return status.runs();
    }

    /** Runs that were solved (not FAILED). */
    public long solved() {
        return status.runs() - status.failed();
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
