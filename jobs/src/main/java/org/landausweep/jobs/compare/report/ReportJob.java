package org.landausweep.jobs.compare.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.landausweep.core.diagnostics.Theorem1;
import org.landausweep.jobs.compare.LambdaBins;
import org.landausweep.jobs.compare.OutputTables;
import org.landausweep.jobs.compare.Quantiles;
import org.landausweep.jobs.compare.SummaryQuery;

/**
 * Writes the report of every summarized sweep of an output root: {@code index.html} and its PNG figures
 * in one folder, nothing loaded from elsewhere. Per sweep: the summary table, histograms of the
 * asymptotic rate over 2(d-1) per d, t0 against λmax per d, the envelope of E(t)/E(0) against the
 * theorem's bound per d and λmax bin, and the worst runs with the commands that solve them again.
 */
public final class ReportJob {
    /** Worst and failed runs listed per sweep. */
    static final int LISTED_RUNS = 10;

    private final OutputTables tables;

    /** @param tables the output root to report on; its summary table must exist ({@code landau compare}) */
    public ReportJob(OutputTables tables) {
        this.tables = tables;
    }

    /**
     * Writes the report into {@code dir} (created if needed) and returns its page.
     *
     * @throws IOException also when no sweep has a summary
     */
    public Path write(Path dir) throws IOException {
        List<String> sweeps = tables.sweeps(OutputTables.SUMMARY);
        if (sweeps.isEmpty()) {
            throw new IOException("no summary table in " + tables.root() + ": run bin/landau compare " + tables.root() + " first");
        }
        Files.createDirectories(dir);
        HtmlPage page = new HtmlPage("Theorem 1 against the sweeps in " + tables.root());
        page.paragraph("Theorem 1: E(t) <= E(0) exp(-2(d-1)t + (λmax-1)(1-exp(-4dt))/d), so E(t) <= c0 exp(-2(d-1)t) E(0) with "
                + "c0 = exp((λmax-1)/d), and E is non-increasing after t0 = max{log(2(λmax-1)/(d-1))/(4d), 0}. "
                + "λmax bins have width " + LambdaBins.WIDTH + " from 1. Quantiles are exact (linear interpolation between order "
                + "statistics); 'p < x (95%)' is the Clopper–Pearson one-sided 95% upper bound on the probability of the event.");
        for (String sweep : sweeps) {
            new SweepSection(new ReportData(tables, sweep), page, dir).write();
        }
        Path index = dir.resolve("index.html");
        Files.writeString(index, page.html(), StandardCharsets.UTF_8);
        return index;
    }

    /** The part of the page of one sweep. */
    private record SweepSection(ReportData data, HtmlPage page, Path dir) {

        void write() throws IOException {
            String sweep = data.sweep();
            page.heading(2, "Sweep " + sweep);
            List<Row> summary = data.summary();
            summaryTables(summary);
            List<RunPoint> runs = data.runPoints();
            Map<Integer, List<RunPoint>> byD = runs.stream().collect(Collectors.groupingBy(RunPoint::d, TreeMap::new, Collectors.toList()));
            page.heading(3, "Asymptotic decay rate over the theorem's 2(d-1)");
            for (var entry : byD.entrySet()) {
                double[] ratios = entry.getValue().stream().filter(r -> r.rateRatio() != null).mapToDouble(RunPoint::rateRatio).toArray();
                if (ratios.length > 0) {
                    String file = figure("rate", entry.getKey());
                    Charts.histogram(dir.resolve(file), sweep + ", d = " + entry.getKey() + ": decay_rate_asymptotic / (2(d-1))",
                            "rate / (2(d-1))", ratios, 1.0);
                    page.image(file, "histogram of the asymptotic rate, d = " + entry.getKey());
                }
            }
            page.heading(3, "t0_theorem and t0_empirical against λmax");
            for (var entry : byD.entrySet()) {
                String file = figure("t0", entry.getKey());
                Charts.t0AgainstLambda(dir.resolve(file), sweep + ", d = " + entry.getKey() + ": t0 against λmax", entry.getValue());
                page.image(file, "t0 against lambda_max, d = " + entry.getKey());
            }
            envelopes();
            worstRuns();
        }

        private void summaryTables(List<Row> summary) {
            page.heading(3, "Summary (table summary/sweep=" + data.sweep() + ")");
            List<List<String>> counts = new ArrayList<>();
            List<List<String>> quantiles = new ArrayList<>();
            for (Row r : summary) {
                List<String> group = List.of(text(r.getAs("d")), text(r.getAs("family")), bin(r.getAs("lambda_bin")));
                counts.add(concat(group, List.of(text(r.getAs("runs")), text(r.getAs("failed_runs")), text(r.getAs("t0_positive_fraction")),
                        text(r.getAs("violation_runs")), text(r.getAs("violation_runs_p_upper95")),
                        text(r.getAs("violation_after_t0_runs")), text(r.getAs("violation_after_t0_runs_p_upper95")),
                        text(r.getAs("kappa_sharpest")), text(r.getAs("kappa_sharpest_ratio")), text(r.getAs("c_sharpest")))));
                for (SummaryQuery.Quantity q : SummaryQuery.QUANTITIES) {
                    List<String> levels = Quantiles.LEVELS.stream().map(l -> text(r.getAs(q.name() + "_" + l.suffix()))).toList();
                    quantiles.add(concat(concat(group, List.of(q.name())), levels));
                }
            }
            page.table(List.of("d", "family", "λmax bin", "runs", "failed", "t0 > 0", "violating", "p < (95%)",
                    "violating after t0", "p < (95%)", "sharpest κ", "κ / 2(d-1)", "sharpest c"), counts);
            page.table(concat(List.of("d", "family", "λmax bin", "quantity"), Quantiles.LEVELS.stream().map(Quantiles.Level::suffix).toList()),
                    quantiles);
        }

        private void envelopes() throws IOException {
            page.heading(3, "E(t)/E(0) over the runs against Theorem 1's bound");
            page.paragraph("Curves: min, 1%, 50%, 99% and max over the runs of each bin of their largest E/E(0) in each of "
                    + ReportData.TIME_CELLS + " time cells; dashed: the bound of the proof at the bin's upper λmax edge, which lies above "
                    + "the bound of every run in the bin.");
            for (Envelope e : data.envelopes()) {
                double lambda = LambdaBins.upper(e.lambdaBin());
                Theorem1 theorem = new Theorem1(e.d(), lambda);
                String file = "envelope-" + data.sweep() + "-d" + e.d() + "-bin" + e.lambdaBin() + ".png";
                Charts.envelope(dir.resolve(file), data.sweep() + ", d = " + e.d() + ", λmax in " + LambdaBins.label(e.lambdaBin()),
                        e, t -> theorem.bound(t, 1.0), String.format(Locale.ROOT, "Theorem 1 bound, λmax = %.2f", lambda));
                page.image(file, "envelope of E/E(0), d = " + e.d() + ", bin " + LambdaBins.label(e.lambdaBin()));
            }
        }

        private void worstRuns() throws IOException {
            page.heading(3, "Worst runs");
            page.paragraph("Solved runs ordered by a violation after t0_theorem, then the smallest bound margin, then the largest "
                    + "c0_empirical/c0_theorem. To solve one again: in the commands below, SPEC is the sweep file of sweep "
                    + data.sweep() + " (its canonical form is in _sweeps/" + data.sweep() + "/spec.json of the output).");
            List<Row> worst = data.worstRuns(LISTED_RUNS);
            page.table(List.of("sweep", "d", "run_id", "run_index", "λmax", "t0_theorem", "t0_empirical", "violations", "after t0",
                    "bound_margin", "c0_empirical/c0_theorem", "status"),
                    worst.stream().map(r -> List.of(data.sweep(), text(r.getAs("d")), text(r.getAs("run_id")), text(r.getAs("run_index")),
                            text(r.getAs("lambda_max")), text(r.getAs("t0_theorem")), text(r.getAs("t0_empirical")),
                            text(r.getAs("violation_count")), text(r.getAs("violation_after_t0")), text(r.getAs("bound_margin")),
                            ratio(r.getAs("c0_empirical"), r.getAs("c0_theorem")), text(r.getAs("status")))).toList());
            page.code(worst.stream().map(ResolveCommand::of).collect(Collectors.joining("\n")));
            List<Row> failed = data.failedRuns(LISTED_RUNS);
            if (!failed.isEmpty()) {
                page.heading(3, "Failed runs");
                page.table(List.of("sweep", "d", "run_id", "run_index", "message"), failed.stream()
                        .map(r -> List.of(data.sweep(), text(r.getAs("d")), text(r.getAs("run_id")), text(r.getAs("run_index")),
                                text(r.getAs("message")))).toList());
                page.code(failed.stream().map(ResolveCommand::of).collect(Collectors.joining("\n")));
            }
        }

        private String figure(String kind, int d) {
            return kind + "-" + data.sweep() + "-d" + d + ".png";
        }
    }

    private static String bin(Integer k) {
        return k == null ? "none" : LambdaBins.label(k);
    }

    /** A cell: 4 significant digits for a real number, "null" for null. */
    private static String text(Object value) {
        if (value instanceof Double x) {
            return String.format(Locale.ROOT, "%.4g", x);
        }
        return String.valueOf(value);
    }

    private static String ratio(Double a, Double b) {
        return a == null || b == null ? "null" : text(a / b);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
