package org.landausweep.jobs.compare.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;

import java.io.IOException;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.landausweep.jobs.SweepLayout;
import org.landausweep.jobs.compare.OutputTables;
import org.landausweep.jobs.compare.Quantiles;
import org.landausweep.jobs.compare.SummaryQuery;

/**
 * What the report shows of one sweep, read with Spark SQL from the summary, runs and timeseries tables.
 * Per-run data come to the driver as four numbers per run; the timeseries are reduced on the executors
 * to {@value #TIME_CELLS} cells per (d, λmax bin).
 */
final class ReportData {
    /** Time cells of an envelope. */
    static final int TIME_CELLS = 80;

    private final OutputTables tables;
    private final String sweep;

    ReportData(OutputTables tables, String sweep) {
        this.tables = tables;
        this.sweep = sweep;
        SummaryQuery.registerFunctions(tables.spark());
    }

    String sweep() {
        return sweep;
    }

    /** The sweep's summary rows, by d, family and bin. */
    List<Row> summary() throws IOException {
        return tables.read(OutputTables.SUMMARY, sweep).orderBy("d", "family", "lambda_bin").collectAsList();
    }

    /** The plotted numbers of every solved run, by d and λmax. */
    List<RunPoint> runPoints() throws IOException {
        return runs().where("status != 'FAILED' AND lambda_max IS NOT NULL")
                .selectExpr("d", "lambda_max", "t0_theorem", "t0_empirical", "decay_rate_asymptotic / (2 * (d - 1))")
                .orderBy("d", "lambda_max").collectAsList().stream()
                .map(r -> new RunPoint(r.getInt(0), r.getDouble(1), r.getDouble(2), r.getDouble(3), r.isNullAt(4) ? null : r.getDouble(4)))
                .toList();
    }

    /** The envelopes of E(t)/E(0), one per d and λmax bin with solved runs ({@link Envelope}). */
    List<Envelope> envelopes() throws IOException {
        runs().createOrReplaceTempView("report_runs");
        tables.read(SweepLayout.TIMESERIES, sweep).createOrReplaceTempView("report_timeseries");
        String levels = Quantiles.percentilesSql("ratio");
        List<Row> cells = tables.spark().sql("""
                WITH samples AS (
                  SELECT r.d, lambda_bin(r.lambda_max) AS lambda_bin, s.run_id, s.t, s.e_over_e0
                  FROM report_timeseries s JOIN report_runs r ON s.run_id = r.run_id AND s.d = r.d
                  WHERE r.status != 'FAILED' AND s.e_over_e0 IS NOT NULL),
                ends AS (SELECT d, lambda_bin, max(t) AS t_end FROM samples GROUP BY d, lambda_bin),
                per_run AS (
                  SELECT d, lambda_bin, t_end, least(%1$d - 1, floor(t / t_end * %1$d)) AS cell, max(e_over_e0) AS ratio
                  FROM samples JOIN ends USING (d, lambda_bin)
                  GROUP BY d, lambda_bin, t_end, run_id, least(%1$d - 1, floor(t / t_end * %1$d)))
                SELECT d, lambda_bin, cell * t_end / %1$d AS t, %2$s AS q
                FROM per_run GROUP BY d, lambda_bin, t_end, cell
                ORDER BY d, lambda_bin, t
                """.formatted(TIME_CELLS, levels)).collectAsList();
        return cells.stream()
                .collect(Collectors.groupingBy(r -> List.of(r.getInt(0), r.getInt(1)), LinkedHashMap::new, Collectors.toList()))
                .values().stream().map(ReportData::envelope).toList(); // the rows come sorted by d and bin
    }

    /**
     * The solved runs furthest from the theorem: a violation after t0_theorem first, then by the smallest
     * bound margin, then by the largest c0_empirical/c0_theorem.
     */
    List<Row> worstRuns(int limit) throws IOException {
        return runs().where("status != 'FAILED'")
                .orderBy(col("violation_after_t0").desc_nulls_last(), col("bound_margin").asc_nulls_last(),
                        expr("c0_empirical / c0_theorem").desc_nulls_last(), col("run_index"))
                .limit(limit).collectAsList();
    }

    /** The first FAILED runs, by run index, with their messages. */
    List<Row> failedRuns(int limit) throws IOException {
        return runs().where("status = 'FAILED'").orderBy("run_index").limit(limit).collectAsList();
    }

    private Dataset<Row> runs() throws IOException {
        return tables.read(SweepLayout.RUNS, sweep);
    }

    private static Envelope envelope(List<Row> cells) {
        double[] t = cells.stream().mapToDouble(r -> r.getDouble(2)).toArray();
        double[][] q = cells.stream().map(r -> r.getList(3).stream().mapToDouble(x -> (Double) x).toArray()).toArray(double[][]::new);
        return new Envelope(cells.get(0).getInt(0), cells.get(0).getInt(1), t, q);
    }
}
