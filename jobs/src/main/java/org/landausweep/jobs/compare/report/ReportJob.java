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
import org.jfree.data.category.DefaultCategoryDataset;
import org.landausweep.core.diagnostics.Theorem1;
import org.landausweep.jobs.compare.Findings;
import org.landausweep.jobs.compare.LambdaBins;
import org.landausweep.jobs.compare.OutputTables;
import org.landausweep.jobs.compare.Quantiles;
import org.landausweep.jobs.compare.SearchResults;
import org.landausweep.jobs.compare.SummaryGroup;
import org.landausweep.jobs.compare.SummaryQuery;

/**
 * Writes the report of every summarized sweep of an output root: {@code index.html} and its PNG figures
 * in one folder, nothing loaded from elsewhere. It opens with the findings of each sweep in words
 * ({@link Findings}); then per sweep: the summary table, runs per status and λmax bin, the asymptotic
 * rate over 2(d-1) against λmax, t0_empirical against t0_theorem where t0_theorem &gt; 0, per (d, λmax bin)
 * E(t)/E(0) against the bound and -E'/E against the instantaneous rate, and the worst runs and the runs
 * whose decisions are not certified (FAILED or UNRESOLVED), with the commands that solve them again from the output alone.
 * When the root holds searches ({@code landau search --output ROOT}), their conclusions join the findings and each
 * has its section ({@link SearchSection}).
 */
public final class ReportJob {
    /** Runs listed per table. */
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
        List<SearchResults> searches = new ArrayList<>();
        for (String name : SearchResults.names(tables.fs(), tables.root())) {
            searches.add(SearchResults.read(tables.spark(), tables.root(), name));
        }
        if (sweeps.isEmpty() && searches.isEmpty()) {
            throw new IOException("no summary table and no search in " + tables.root() + ": run bin/landau compare " + tables.root()
                    + " first");
        }
        Files.createDirectories(dir);
        HtmlPage page = new HtmlPage(title(sweeps.size(), searches.size(), tables.root().toString()));
        page.heading(2, "Findings");
        for (String sweep : sweeps) {
            List<SummaryGroup> groups = tables.read(OutputTables.SUMMARY, sweep).orderBy("d", "family", "lambda_bin").collectAsList()
                    .stream().map(SummaryGroup::of).toList();
            page.list(new Findings(sweep, groups).sentences());
        }
        if (!searches.isEmpty()) {
            page.list(searches.stream().map(s -> "Search " + s.search() + " (" + s.objective() + "): " + s.conclusion()).toList());
        }
        page.paragraph("Theorem 1: E(t) <= E(0) exp(-2(d-1)t + (λmax-1)(1-exp(-4dt))/d), so E(t) <= c0 exp(-2(d-1)t) E(0) with "
                + "c0 = exp((λmax-1)/d); E'(t) <= -2(d-1-2exp(-4dt)(λmax-1)) E(t); and E is non-increasing after "
                + "t0 = max{log(2(λmax-1)/(d-1))/(4d), 0}. λmax bins have width " + LambdaBins.WIDTH + " from 1. Quantiles are exact "
                + "(linear interpolation between order statistics); 'p < x (95%)' is the Clopper–Pearson one-sided 95% upper bound on "
                + "the probability of the event.");
        for (String sweep : sweeps) {
            new SweepSection(new ReportData(tables, sweep), page, dir, ResolveCommand.outputArgument(tables.root())).write();
        }
        for (SearchResults search : searches) {
            new SearchSection(search, tables.fs(), tables.root(), page).write();
        }
        Path index = dir.resolve("index.html");
        Files.writeString(index, page.html(), StandardCharsets.UTF_8);
        return index;
    }

    /** "Theorem 1 against the sweeps in ROOT", "... the searches ...", or "... the sweeps and searches ...": what the root holds. */
    static String title(int sweeps, int searches, String root) {
        String what = sweeps > 0 && searches > 0 ? "the sweeps and searches" : sweeps > 0 ? "the sweeps" : "the searches";
        return "Theorem 1 against " + what + " in " + root;
    }

    /** The part of the page of one sweep. */
    private record SweepSection(ReportData data, HtmlPage page, Path dir, String output) {

        void write() throws IOException {
            String sweep = data.sweep();
            page.heading(2, "Sweep " + sweep);
            summaryTables(data.summary());
            statusCounts();
            Map<Integer, List<RunPoint>> byD = data.runPoints().stream()
                    .collect(Collectors.groupingBy(RunPoint::d, TreeMap::new, Collectors.toList()));
            page.heading(3, "Asymptotic decay rate over the theorem's 2(d-1), against λmax");
            if (!byD.isEmpty()) {
                String file = "rate-" + sweep + ".png";
                Charts.rateAgainstLambda(dir.resolve(file), sweep + ": decay_rate_asymptotic / (2(d-1)) against λmax", byD);
                page.image(file, "asymptotic rate over 2(d-1) against lambda_max");
            }
            t0(byD);
            envelopes();
            worstRuns();
        }

        private void summaryTables(List<Row> summary) {
            page.heading(3, "Summary (table summary/sweep=" + data.sweep() + ")");
            List<List<String>> counts = new ArrayList<>();
            List<List<String>> quantiles = new ArrayList<>();
            for (Row r : summary) {
                List<String> group = List.of(text(r.getAs("d")), text(r.getAs("family")), bin(r.getAs("lambda_bin")));
                counts.add(concat(group, List.of(text(r.getAs("runs")), text(r.getAs("failed_runs")), text(r.getAs("certified_runs")),
                        text(r.getAs("decided_runs")), text(r.getAs("unresolved_runs")), text(r.getAs("t0_positive_fraction")),
                        text(r.getAs("violation_runs")), text(r.getAs("violation_runs_p_upper95")),
                        text(r.getAs("violation_after_t0_runs")), text(r.getAs("violation_after_t0_runs_p_upper95")),
                        text(r.getAs("bound_violation_runs")), text(r.getAs("bound_violation_runs_p_upper95")),
                        text(r.getAs("kappa_sharpest")), text(r.getAs("kappa_sharpest_ratio")), text(r.getAs("kappa_sharpest_ratio_lower")),
                        text(r.getAs("kappa_sharpest_ratio_upper")), text(r.getAs("fourfold_decay_proved_runs")),
                        text(r.getAs("fourfold_decay_disproved_runs")), text(r.getAs("c_sharpest")), text(r.getAs("c_sharpest_upper")))));
                for (SummaryQuery.Quantity q : SummaryQuery.QUANTITIES) {
                    List<String> levels = Quantiles.LEVELS.stream().map(l -> text(r.getAs(q.name() + "_" + l.suffix()))).toList();
                    quantiles.add(concat(concat(group, List.of(q.name())), levels));
                }
            }
            page.paragraph("Violations are counted over the runs whose decisions are certified (CERTIFIED or DECIDED) only,"
                    + " with their Clopper–Pearson 95 % upper bounds over those runs. The sharpest κ and c are over those runs too:"
                    + " read from the computed E_N(t), then the bounds the enclosure proves for them; 'E <= E(0)e^{-8(d-1)t}' counts"
                    + " the runs where that is proved, and disproved, at every sample.");
            page.table(List.of("d", "family", "λmax bin", "runs", "failed", "certified", "decided", "unresolved", "t0 > 0",
                    "certified rise", "p < (95%)", "certified rise after t0", "p < (95%)", "bound disproved", "p < (95%)",
                    "sharpest κ", "κ / 2(d-1)", "proved ≥", "proved ≤", "E <= E(0)e^{-8(d-1)t} proved", "disproved",
                    "sharpest c", "proved ≤"), counts);
            page.table(concat(List.of("d", "family", "λmax bin", "quantity"), Quantiles.LEVELS.stream().map(Quantiles.Level::suffix).toList()),
                    quantiles);
        }

        private void statusCounts() throws IOException {
            page.heading(3, "Runs by status per d and λmax bin");
            DefaultCategoryDataset counts = new DefaultCategoryDataset();
            for (Row r : data.statusCounts()) {
                counts.addValue(r.getLong(3), r.getString(2), "d = " + r.getInt(0) + " " + bin(r.isNullAt(1) ? null : r.getInt(1)));
            }
            String file = "status-" + data.sweep() + ".png";
            Charts.statusCounts(dir.resolve(file), data.sweep() + ": runs by status", counts);
            page.image(file, "runs by status per d and lambda_max bin");
        }

        private void t0(Map<Integer, List<RunPoint>> byD) throws IOException {
            page.heading(3, "t0_empirical against t0_theorem");
            Map<Integer, List<RunPoint>> positive = new TreeMap<>();
            byD.forEach((d, runs) -> {
                List<RunPoint> p = runs.stream().filter(r -> r.t0Theorem() > 0).toList();
                if (!p.isEmpty()) {
                    positive.put(d, p);
                }
            });
            if (positive.isEmpty()) {
                page.paragraph("No solved run of sweep " + data.sweep() + " has t0_theorem > 0 (every λmax <= (d+1)/2), so this sweep does "
                        + "not test Theorem 1's t0 and there is no figure.");
                return;
            }
            long count = positive.values().stream().mapToLong(List::size).sum();
            page.paragraph("The " + count + " solved runs with t0_theorem > 0. Theorem 1 says E is non-increasing after t0_theorem, so every "
                    + "point lies on or below the dashed diagonal; how far below says how sharp t0 is.");
            String file = "t0-" + data.sweep() + ".png";
            Charts.t0(dir.resolve(file), data.sweep() + ": t0_empirical against t0_theorem", positive);
            page.image(file, "t0_empirical against t0_theorem");
        }

        private void envelopes() throws IOException {
            List<RunCurve> curves = data.curves();
            page.heading(3, "E(t)/E(0) against Theorem 1's bound");
            page.paragraph("Per d and λmax bin: the median (line) and the 1–99 % band (shaded) over the runs of their largest E/E(0) in each of "
                    + ReportData.TIME_CELLS + " time cells, drawn while at least half of the runs are still resolved; in grey, the first "
                    + ReportData.CURVES_PER_BIN + " runs of the bin, each up to its own horizon (where E/E(0) meets its resolution floor); "
                    + "dashed: the bound of the proof at the bin's upper λmax edge, which lies above the bound of every run in the bin.");
            for (Envelope e : data.envelopes("s.e_over_e0", ReportData.Worst.LARGEST)) {
                double lambda = LambdaBins.upper(e.lambdaBin());
                Theorem1 theorem = new Theorem1(e.d(), lambda);
                String file = "envelope-" + data.sweep() + "-d" + e.d() + "-bin" + e.lambdaBin() + ".png";
                List<RunCurve> mine = curves.stream().filter(c -> c.d() == e.d() && c.lambdaBin() == e.lambdaBin()).toList();
                Charts.envelope(dir.resolve(file), title(e), e, mine, t -> theorem.bound(t, 1.0),
                        String.format(Locale.ROOT, "Theorem 1 bound, λmax = %.2f", lambda));
                page.image(file, "E/E(0) against the bound, d = " + e.d() + ", bin " + LambdaBins.label(e.lambdaBin()));
            }
            page.heading(3, "-E'(t)/E(t) against Theorem 1's instantaneous rate");
            page.paragraph("Per d and λmax bin: the median, the 1–99 % band and the smallest over the runs of their smallest -E'/E in each "
                    + "time cell; dashed: the instantaneous rate 2(d-1-2exp(-4dt)(λmax-1)) at the bin's upper λmax edge, below the rate of "
                    + "every run in the bin. Theorem 1 holds when the red curve stays above the dashed one.");
            for (Envelope e : data.envelopes("CASE WHEN s.e > 0 THEN -s.dedt / s.e END", ReportData.Worst.SMALLEST)) {
                double lambda = LambdaBins.upper(e.lambdaBin());
                Theorem1 theorem = new Theorem1(e.d(), lambda);
                String file = "rate-" + data.sweep() + "-d" + e.d() + "-bin" + e.lambdaBin() + ".png";
                Charts.instantaneousRate(dir.resolve(file), title(e), e, theorem::instantaneousRate,
                        String.format(Locale.ROOT, "Theorem 1 instantaneous rate, λmax = %.2f", lambda));
                page.image(file, "-E'/E against the instantaneous rate, d = " + e.d() + ", bin " + LambdaBins.label(e.lambdaBin()));
            }
        }

        private String title(Envelope e) {
            return data.sweep() + ", d = " + e.d() + ", λmax in " + LambdaBins.label(e.lambdaBin());
        }

        private void worstRuns() {
            page.heading(3, "Worst runs: the smallest bound margin after t = 0");
            page.paragraph("Solved runs ordered by a certified violation after t0_theorem, then a disproved bound, then the"
                    + " smallest margin min over t > 0 of "
                    + "(bound(t) - E(t))/bound(t) (at t = 0 the margin is only the truncation deficit), then the largest "
                    + "c0_empirical/c0_theorem. Each command below solves one again from the output alone.");
            List<Row> worst = data.worstRuns(LISTED_RUNS);
            page.table(List.of("sweep", "d", "run_id", "run_index", "λmax", "t0_theorem", "t0_empirical", "violations", "certified rise",
                    "bound certified", "margin on t > 0", "c0_empirical/c0_theorem", "status"),
                    worst.stream().map(r -> List.of(data.sweep(), text(r.getAs("d")), text(r.getAs("run_id")), text(r.getAs("run_index")),
                            text(r.getAs("lambda_max")), text(r.getAs("t0_theorem")), text(r.getAs("t0_empirical")),
                            text(r.getAs("violation_count")), text(r.getAs("violation_certified")), text(r.getAs("bound_holds_certified")),
                            text(r.getAs("margin_after_0")),
                            ratio(r.getAs("c0_empirical"), r.getAs("c0_theorem")), text(r.getAs("status")))).toList());
            page.code(worst.stream().map(r -> ResolveCommand.of(output, data.sweep(), r)).collect(Collectors.joining("\n")));
            List<Row> notOk = data.runsUndecided(LISTED_RUNS);
            page.heading(3, "Runs whose decisions are not certified (FAILED or UNRESOLVED)");
            if (notOk.isEmpty()) {
                page.paragraph("Every run of sweep " + data.sweep() + " is CERTIFIED or DECIDED.");
                return;
            }
            page.table(List.of("sweep", "d", "run_id", "run_index", "status", "message"), notOk.stream()
                    .map(r -> List.of(data.sweep(), text(r.getAs("d")), text(r.getAs("run_id")), text(r.getAs("run_index")),
                            text(r.getAs("status")), text(r.getAs("message")))).toList());
            page.code(notOk.stream().map(r -> ResolveCommand.of(output, data.sweep(), r)).collect(Collectors.joining("\n")));
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
