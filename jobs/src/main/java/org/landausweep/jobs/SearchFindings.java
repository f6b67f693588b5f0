package org.landausweep.jobs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.landausweep.core.data.GaussianMixture;
import org.landausweep.core.io.DatumJson;
import org.landausweep.core.search.Evaluation;
import org.landausweep.core.search.InitialRateEvaluator;
import org.landausweep.core.search.MixtureCoordinates;
import org.landausweep.core.search.SearchObjective;
import org.landausweep.jobs.compare.SearchResults;
import org.landausweep.sweeps.SearchCell;
import org.landausweep.sweeps.SearchSpec;

/**
 * The findings of a finished search: per cell (d, λmax band) the best decided point over all starts, solved
 * again at the cell's tighter re-solve settings and kept only when that re-solve is decided too; its datum
 * goes to {@code PATH/search/best/NAME/cell-C.json} ({@code bin/landau solve} reads it), and the findings in
 * words to {@code PATH/search/findings/NAME.txt}.
 */
final class SearchFindings {

    private SearchFindings() {
    }

    /** Writes the best data and the findings of {@code spec}'s committed starts; each line goes to {@code out} once known. */
    static void write(SparkSession spark, SweepLayout layout, SearchSpec spec, Consumer<String> out) throws IOException {
        SearchResults results = SearchResults.read(spark, layout.tableRoot(SearchTables.STARTS).toString());
        boolean planted = spec.objective().equals(SearchSpec.PLANTED);
        List<String> lines = new ArrayList<>();
        for (SearchCell cell : spec.cells()) {
            SearchResults.Cell found = results.cells().stream().filter(c -> c.index() == cell.index()).findFirst().orElse(null);
            long starts = found == null ? 0 : found.starts();
            String where = String.format(Locale.ROOT, "d = %d, %s (λmax in [%.4g, %.4g])", cell.d(), cell.band(), cell.lambdaMaxMin(), cell.lambdaMaxMax());
            if (found == null || found.best().isEmpty()) {
                lines.add(where + ": no decided point in " + starts + " starts");
            } else {
                SearchResults.Start best = found.best().get();
                String line = String.format(Locale.ROOT, "%s: best %s = %s at %s (theorem allows %s); %d of %d starts decided",
                        where, spec.objective(), SearchResults.format(best.value()), best.id(), SearchResults.format(best.theorem()),
                        found.decided(), starts);
                lines.add(planted ? line : line + "; " + resolve(layout, spec, cell, best));
            }
            out.accept(lines.get(lines.size() - 1));
        }
        lines.add(results.conclusion());
        out.accept(lines.get(lines.size() - 1));
        StringBuilder text = new StringBuilder();
        lines.forEach(l -> text.append(l).append('\n'));
        OutputFiles.replace(layout.fs(), new Path(new Path(layout.root(), "findings"), spec.name() + ".txt"), text.toString());
    }

    /**
     * The findings' line for a best point whose exact slack at t = 0 ({@code closed}) lies above the certificate's bound of it
     * (beyond 1e-12 relative rounding), or null when it lies under: above, the closed form or the certificate is wrong, and
     * the point is not kept.
     */
    static String refusal(String settings, double closed, double bound) {
        if (closed <= bound + 1e-12 * Math.abs(bound)) {
            return null;
        }
        return String.format(Locale.ROOT, "re-solve at %s: the exact slack at t = 0, %.9g, lies above the certified bound %.9g: "
                + "not kept (a bug in the closed form or the certificate)", settings, closed, bound);
    }

    /** Re-solves the best point at the cell's re-solve settings; writes its datum when that is decided. */
    private static String resolve(SweepLayout layout, SearchSpec spec, SearchCell cell, SearchResults.Start best) throws IOException {
        GaussianMixture datum = new MixtureCoordinates(cell.d(), spec.components()).decode(best.x());
        Evaluation again = SearchPartition.evaluator(cell.resolve()).apply(datum);
        String settings = String.format(Locale.ROOT, "tol %.1e, nMax %d", cell.resolve().tol(), cell.resolve().nMax());
        if (again == null || !again.decided()) {
            return "re-solve at " + settings + " " + (again == null ? "failed" : "not decided") + ": not kept";
        }
        SearchObjective objective = SearchObjective.of(spec.objective());
        String exact = "";
        if (InitialRateEvaluator.serves(objective)) {
            // the closed form must lie under the certificate's bound of the slack at t = 0; above it, one of the two is wrong
            Evaluation closedForm = new InitialRateEvaluator().apply(datum);
            double closed = closedForm.rateGapAt0().measured();
            double bound = again.rateGapAt0().certified();
            String refused = refusal(settings, closed, bound);
            if (refused != null) {
                return refused;
            }
            exact = String.format(Locale.ROOT, "; the slack at t = 0, exact %.6g, under its certified bound %.6g", closed, bound);
        }
        Path file = new Path(new Path(new Path(layout.root(), "best"), spec.name()), "cell-" + cell.index() + ".json");
        OutputFiles.replace(layout.fs(), file, DatumJson.toJson(datum) + "\n");
        return String.format(Locale.ROOT, "re-solved at %s: %.6g (theorem %.6g)%s, kept in %s", settings, objective.value(again),
                objective.theoremValue(again), exact, file);
    }
}
