package org.landausweep.jobs;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.landausweep.core.data.GaussianMixture;
import org.landausweep.core.io.DatumJson;
import org.landausweep.core.search.Evaluation;
import org.landausweep.core.search.MixtureCoordinates;
import org.landausweep.core.search.SearchObjective;
import org.landausweep.sweeps.SearchCell;
import org.landausweep.sweeps.SearchSpec;

/**
 * The findings of a finished search: per cell (d, λmax band) the best decided point over all starts, solved
 * again at the cell's tighter re-solve settings and kept only when that re-solve is decided too; its datum
 * goes to {@code PATH/search/best/NAME/cell-C.json} ({@code bin/landau solve} reads it), and the findings in
 * words to {@code PATH/search/findings/NAME.txt}.
 */
final class SearchFindings {
    private static final String[] COLUMNS = {"cell_index", "start_id", "best_value", "best_kind", "theorem_value", "best_x",
        "sup_rate", "latest_violation", "t0_theorem", "rate_gap", "rate_gap_certified", "rate_gap_at_0", "rate_gap_at_0_certified"};

    private SearchFindings() {
    }

    /** Writes the best data and the findings of {@code spec}'s committed starts; each line goes to {@code out} once known. */
    static void write(SparkSession spark, SweepLayout layout, SearchSpec spec, Consumer<String> out) throws IOException {
        // recursive lookup: no partition discovery, whose d would clash with the d column
        List<Row> rows = spark.read().option("recursiveFileLookup", "true").parquet(layout.tableRoot(SearchTables.STARTS).toString()).select(
                java.util.Arrays.stream(COLUMNS).map(org.apache.spark.sql.functions::col).toArray(org.apache.spark.sql.Column[]::new))
                .orderBy(col("cell_index"), col("start_id")).collectAsList();
        boolean planted = spec.objective().equals(SearchSpec.PLANTED);
        List<String> lines = new ArrayList<>();
        long decided = 0;
        long above = 0;
        java.util.Map<Integer, Double> supRate = new java.util.TreeMap<>();
        // per d: the largest slack g = E'/E + 2ρ on (0, T] and at t = 0, measured and certified (columns 9 to 12)
        java.util.Map<Integer, double[]> gap = new java.util.TreeMap<>();
        double latest = 0;
        for (SearchCell cell : spec.cells()) {
            List<Row> mine = rows.stream().filter(r -> r.getInt(0) == cell.index()).toList();
            List<Row> ok = mine.stream().filter(r -> "DECIDED".equals(r.getString(3))).toList();
            decided += ok.size();
            above += ok.stream().filter(r -> !r.isNullAt(4) && r.getDouble(2) > r.getDouble(4)).count();
            for (Row r : ok) {
                if (!r.isNullAt(6)) {
                    supRate.merge(cell.d(), r.getDouble(6), Math::max);
                    double[] g = gap.computeIfAbsent(cell.d(), k -> new double[] {-Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE});
                    for (int c = 0; c < 4; c++) {
                        g[c] = r.isNullAt(9 + c) ? g[c] : Math.max(g[c], r.getDouble(9 + c));
                    }
                    latest = Math.max(latest, r.getDouble(7));
                }
            }
            Row best = ok.stream().max((a, b) -> Double.compare(a.getDouble(2), b.getDouble(2))).orElse(null);
            String where = String.format(Locale.ROOT, "d = %d, %s (λmax in [%.4g, %.4g])", cell.d(), cell.band(), cell.lambdaMaxMin(), cell.lambdaMaxMax());
            if (best == null) {
                lines.add(where + ": no decided point in " + mine.size() + " starts");
                out.accept(lines.get(lines.size() - 1));
                continue;
            }
            String found = String.format(Locale.ROOT, "%s: best %s = %.6g at %s (theorem allows %s); %d of %d starts decided",
                    where, spec.objective(), best.getDouble(2), best.getString(1),
                    best.isNullAt(4) ? "-" : String.format(Locale.ROOT, "%.6g", best.getDouble(4)), ok.size(), mine.size());
            lines.add(planted ? found : found + "; " + resolve(layout, spec, cell, best));
            out.accept(lines.get(lines.size() - 1));
        }
        lines.add(conclusion(spec, planted, decided, above, supRate, gap, latest));
        out.accept(lines.get(lines.size() - 1));
        StringBuilder text = new StringBuilder();
        lines.forEach(l -> text.append(l).append('\n'));
        OutputFiles.replace(layout.fs(), new Path(new Path(layout.root(), "findings"), spec.name() + ".txt"), text.toString());
    }

    /** Re-solves the best point at the cell's re-solve settings; writes its datum when that is decided. */
    private static String resolve(SweepLayout layout, SearchSpec spec, SearchCell cell, Row best) throws IOException {
        List<Double> x = best.getList(5);
        GaussianMixture datum = new MixtureCoordinates(cell.d(), spec.components()).decode(x.stream().mapToDouble(Double::doubleValue).toArray());
        Evaluation again = SearchPartition.evaluator(cell.resolve()).apply(datum);
        String settings = String.format(Locale.ROOT, "tol %.1e, nMax %d", cell.resolve().tol(), cell.resolve().nMax());
        if (again == null || !again.decided()) {
            return "re-solve at " + settings + " " + (again == null ? "failed" : "not decided") + ": not kept";
        }
        Path file = new Path(new Path(new Path(layout.root(), "best"), spec.name()), "cell-" + cell.index() + ".json");
        OutputFiles.replace(layout.fs(), file, DatumJson.toJson(datum) + "\n");
        SearchObjective objective = SearchObjective.of(spec.objective());
        return String.format(Locale.ROOT, "re-solved at %s: %.6g (theorem %.6g), kept in %s", settings, objective.value(again),
                objective.theoremValue(again), file);
    }

    private static String conclusion(SearchSpec spec, boolean planted, long decided, long above, java.util.Map<Integer, Double> supRate,
                                     java.util.Map<Integer, double[]> gap, double latest) {
        if (planted) {
            return "planted objective: known maximum " + org.landausweep.core.search.PlantedFitness.MAXIMUM;
        }
        String violation = latest > 0 ? String.format(Locale.ROOT, "latest violation found (end of the last interval with E' > 0): %.6g", latest)
                : "no interval with E' > 0 at any best point";
        String sup = supRate.isEmpty() ? "none decided" : supRate.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%.6g (d = %d)", e.getValue(), e.getKey())).collect(java.util.stream.Collectors.joining(", "));
        String slack = gap.isEmpty() ? "none decided" : gap.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%.6g on (0, T] (certified <= %.6g), %.6g at t = 0 (certified <= %.6g) (d = %d)",
                        e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3], e.getKey()))
                .collect(java.util.stream.Collectors.joining("; "));
        return String.format(Locale.ROOT, "conclusion: sup E'/E found at the best points: %s; largest slack E'/E + 2ρ(t) of the"
                        + " instantaneous bound (theorem allows 0): %s; %s; %s in %d decided starts",
                sup, slack, violation, above == 0 ? "no value above the theorem's (no violation of Theorem 1)"
                        : above + " values above the theorem's (CONTRADICTS Theorem 1: check these data)", decided);
    }
}
