package org.landausweep.jobs.compare.report;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.landausweep.jobs.SweepLayout;
import org.landausweep.jobs.compare.OutputTables;
import org.landausweep.jobs.compare.Quantiles;
import org.landausweep.jobs.compare.SummaryQuery;

/**
 * What the report shows of one sweep, read with Spark SQL from the summary, runs and timeseries tables
 * (views {@code report_runs} and {@code report_timeseries}). Per-run data come to the driver as a few
 * numbers per run; the timeseries are reduced on the executors to {@value #TIME_CELLS} cells per
 * (d, λmax bin), and only {@value #CURVES_PER_BIN} runs per bin come whole.
 */
final class ReportData {
    /** Time cells of an envelope. */
    static final int TIME_CELLS = 80;
    /** Runs per (d, λmax bin) drawn as their own curve: the first by run index, which are random draws like any. */
    static final int CURVES_PER_BIN = 25;

    /** The worst value of a run in a time cell, for {@link #envelopes}. */
    enum Worst {
        LARGEST("max"), SMALLEST("min");

        private final String aggregate;

        Worst(String aggregate) {
            this.aggregate = aggregate;
        }
    }

    private final OutputTables tables;
    private final String sweep;

    ReportData(OutputTables tables, String sweep) throws IOException {
        this.tables = tables;
        this.sweep = sweep;
        SummaryQuery.registerFunctions(tables.spark());
        tables.read(SweepLayout.RUNS, sweep).createOrReplaceTempView("report_runs");
        tables.read(SweepLayout.TIMESERIES, sweep).createOrReplaceTempView("report_timeseries");
    }

    String sweep() {
        return sweep;
    }

    /** The sweep's summary rows, by d, family and bin. */
    List<Row> summary() throws IOException {
        return tables.read(OutputTables.SUMMARY, sweep).orderBy("d", "family", "lambda_bin").collectAsList();
    }

    /** The plotted numbers of every solved run, by d and λmax. */
    List<RunPoint> runPoints() {
        return sql("""
                SELECT d, lambda_max, t0_theorem, t0_empirical, decay_rate_asymptotic / (2 * (d - 1)), min_instantaneous_rate / (2 * (d - 1))
                FROM report_runs WHERE status != 'FAILED' AND lambda_max IS NOT NULL ORDER BY d, lambda_max""").stream()
                .map(r -> new RunPoint(r.getInt(0), r.getDouble(1), r.getDouble(2), r.getDouble(3), r.isNullAt(4) ? null : r.getDouble(4),
                        r.isNullAt(5) ? null : r.getDouble(5)))
                .toList();
    }

    /** Runs per (d, λmax bin, status), every run included: rows (d, lambda_bin, status, runs), sorted. */
    List<Row> statusCounts() {
        return sql("""
                SELECT d, lambda_bin(coalesce(lambda_max, lambda_max_target)) AS lambda_bin, status, count(*) AS runs
                FROM report_runs GROUP BY 1, 2, 3 ORDER BY 1, 2, 3""");
    }

    /**
     * The envelopes of the per-sample quantity {@code valueSql} (over a timeseries row), one per d and λmax
     * bin with solved runs ({@link Envelope}); each run contributes its {@code worst} value per time cell.
     */
    List<Envelope> envelopes(String valueSql, Worst worst) {
        List<Row> cells = sql("""
                WITH samples AS (
                  SELECT r.d, lambda_bin(r.lambda_max) AS lambda_bin, s.run_id, s.t, %3$s AS value
                  FROM report_timeseries s JOIN report_runs r ON s.run_id = r.run_id AND s.d = r.d
                  WHERE r.status != 'FAILED'),
                bins AS (SELECT d, lambda_bin, max(t) AS t_end, count(DISTINCT run_id) AS runs FROM samples GROUP BY d, lambda_bin),
                per_run AS (
                  SELECT d, lambda_bin, t_end, runs, least(%1$d - 1, floor(t / t_end * %1$d)) AS cell, %4$s(value) AS value
                  FROM samples JOIN bins USING (d, lambda_bin)
                  WHERE value IS NOT NULL AND NOT isnan(value)
                  GROUP BY d, lambda_bin, t_end, runs, run_id, least(%1$d - 1, floor(t / t_end * %1$d)))
                SELECT d, lambda_bin, cell * t_end / %1$d AS t, %2$s AS q, count(*) AS alive, runs
                FROM per_run GROUP BY d, lambda_bin, t_end, runs, cell
                ORDER BY d, lambda_bin, t
                """.formatted(TIME_CELLS, Quantiles.percentilesSql("value"), valueSql, worst.aggregate));
        return cells.stream()
                .collect(Collectors.groupingBy(r -> List.of(r.getInt(0), r.getInt(1)), LinkedHashMap::new, Collectors.toList()))
                .values().stream().map(ReportData::envelope).toList(); // the rows come sorted by d and bin
    }

    /** E(t)/E(0) of the first {@value #CURVES_PER_BIN} solved runs of each (d, λmax bin), each up to its horizon. */
    List<RunCurve> curves() {
        List<Row> samples = sql("""
                WITH chosen AS (
                  SELECT d, run_id, lambda_bin FROM (
                    SELECT d, run_id, lambda_bin(lambda_max) AS lambda_bin,
                      row_number() OVER (PARTITION BY d, lambda_bin(lambda_max) ORDER BY run_index) AS k
                    FROM report_runs WHERE status != 'FAILED' AND lambda_max IS NOT NULL)
                  WHERE k <= %d)
                SELECT c.d, c.lambda_bin, c.run_id, s.t, s.e_over_e0
                FROM report_timeseries s JOIN chosen c ON s.run_id = c.run_id AND s.d = c.d
                WHERE s.e_over_e0 > 0
                ORDER BY c.d, c.lambda_bin, c.run_id, s.t""".formatted(CURVES_PER_BIN));
        return samples.stream()
                .collect(Collectors.groupingBy(r -> List.of(r.getInt(0), r.getString(2)), LinkedHashMap::new, Collectors.toList()))
                .values().stream()
                .map(run -> new RunCurve(run.get(0).getInt(0), run.get(0).getInt(1), run.stream().mapToDouble(r -> r.getDouble(3)).toArray(),
                        run.stream().mapToDouble(r -> r.getDouble(4)).toArray()))
                .toList();
    }

    /**
     * The solved runs furthest from the theorem: a certified violation after t0_theorem first (a certified rise
     * of E starting at or after t0), then a disproved bound, then by the smallest bound margin over the samples
     * with t &gt; 0 (column {@code margin_after_0}; at t = 0 the margin is only the truncation deficit
     * E(0) - E_N(0)), then by the largest c0_empirical/c0_theorem.
     */
    List<Row> worstRuns(int limit) {
        return sql("""
                WITH margins AS (
                  SELECT d, run_id, min((bound - e) / bound) AS margin_after_0
                  FROM report_timeseries WHERE t > 0 AND bound > 0 GROUP BY d, run_id)
                SELECT r.*, m.margin_after_0
                FROM report_runs r LEFT JOIN margins m ON r.d = m.d AND r.run_id = m.run_id
                WHERE r.status != 'FAILED'
                ORDER BY r.violation_certified AND r.violation_certified_t1 >= r.t0_theorem DESC NULLS LAST,
                  NOT r.bound_holds_certified DESC NULLS LAST, m.margin_after_0 ASC NULLS LAST,
                  r.c0_empirical / r.c0_theorem DESC NULLS LAST, r.run_index
                LIMIT %d""".formatted(limit));
    }

    /** The first runs whose decisions are not certified (FAILED first, then UNRESOLVED), then by run index. */
    List<Row> runsUndecided(int limit) {
        return sql("""
                SELECT * FROM report_runs WHERE status IN ('FAILED', 'UNRESOLVED')
                ORDER BY status = 'FAILED' DESC, run_index LIMIT %d""".formatted(limit));
    }

    private List<Row> sql(String query) {
        return tables.spark().sql(query).collectAsList();
    }

    private static Envelope envelope(List<Row> cells) {
        double[] t = cells.stream().mapToDouble(r -> r.getDouble(2)).toArray();
        double[][] q = cells.stream().map(r -> r.getList(3).stream().mapToDouble(x -> (Double) x).toArray()).toArray(double[][]::new);
        long[] alive = cells.stream().mapToLong(r -> r.getLong(4)).toArray();
        return new Envelope(cells.get(0).getInt(0), cells.get(0).getInt(1), cells.get(0).getLong(5), t, q, alive);
    }
}
