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
 * @param kappa              κ_sharpest / (2(d-1)) of the evidence runs, from E_N and certified
 * @param fourfoldProved     evidence runs with E(t) &lt;= E(0) e^{-8(d-1)t} proved at every sample
 * @param fourfoldDisproved  evidence runs where that is disproved at some sample
 * @param cSharpest          c_sharpest of the evidence runs, from E_N and certified
 * @param rateMin            the smallest min_t -E'/E of the evidence runs over 2(d-1), from E_N and bounded by the
 *                           certificates (its lower bound grid-level)
 * @param instantaneousFourfoldGrid      evidence runs with E' &lt;= -8(d-1)E at every grid point (grid-level)
 * @param instantaneousFourfoldDisproved evidence runs where that is disproved on [0, T]
 */
public record SummaryGroup(int d, String family, Integer lambdaBin, StatusCounts status, Double t0PositiveFraction, long violating,
                           long violatingAfterT0, long boundViolating, Double rateRatioMin, Double rateRatioMax, Bounded kappa,
                           long fourfoldProved, long fourfoldDisproved, Bounded cSharpest, Bounded rateMin,
                           long instantaneousFourfoldGrid, long instantaneousFourfoldDisproved) {

    /**
     * A group constant read from the computed curves, with the bounds the enclosure proves for it (null where the summary
     * has none: no evidence run, or no sample where E_lower &gt; 0 for κ's upper bound).
     *
     * @param computed from E_N(t)
     * @param lower    certified lower bound
     * @param upper    certified upper bound
     */
    public record Bounded(Double computed, Double lower, Double upper) {

        static Bounded of(Row r, String column) {
            return new Bounded(r.getAs(column), r.getAs(column + "_lower"), r.getAs(column + "_upper"));
        }
    }

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
                r.getAs("rate_asymptotic_ratio_min"), r.getAs("rate_asymptotic_ratio_max"), Bounded.of(r, "kappa_sharpest_ratio"),
                r.<Long>getAs("fourfold_decay_proved_runs"), r.<Long>getAs("fourfold_decay_disproved_runs"), Bounded.of(r, "c_sharpest"),
                Bounded.of(r, "rate_min_sharpest_ratio"), r.<Long>getAs("instantaneous_fourfold_grid_runs"),
                r.<Long>getAs("instantaneous_fourfold_disproved_runs"));
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
