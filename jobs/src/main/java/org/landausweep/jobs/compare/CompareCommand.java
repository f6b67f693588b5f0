package org.landausweep.jobs.compare;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.landausweep.core.data.InvalidInputException;
import org.landausweep.jobs.SweepLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code landau compare OUTPUT [--sweep NAME]}: the summary table of a sweep's runs ({@link SummaryQuery}); without
 * {@code --sweep}, also the results of the searches in {@code OUTPUT/search} ({@link SearchResults}).
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Summarize the runs of a sweep against Theorem 1 into OUTPUT/summary/sweep=NAME (see docs/ANALYSIS.md):",
            "one row per d, family and lambda_max bin; re-running replaces that sweep's summary only.",
            "Without --sweep, also print the results of every search in OUTPUT/search (landau search --output OUTPUT)."})
public final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    VerifiedOutput output;

    @Option(names = "--sweep", paramLabel = "NAME", description = "The sweep to summarize (default: every sweep in OUTPUT/runs).")
    String sweep;

    @Override
    public Integer call() throws IOException {
        return output.run("landau compare", tables -> {
            List<String> sweeps = sweep != null ? List.of(sweep) : tables.sweeps(SweepLayout.RUNS);
            List<String> searches = sweep != null ? List.of() : SearchResults.names(tables.fs(), tables.root());
            InvalidInputException.require(!sweeps.isEmpty() || !searches.isEmpty(), "OUTPUT", output.path(),
                    "holds no runs table and no search (run bin/landau sweep or bin/landau search first)");
            CompareJob job = new CompareJob(tables);
            PrintWriter out = spec.commandLine().getOut();
            for (String name : sweeps) {
                List<SummaryGroup> groups = job.run(name);
                out.println("compare " + name + ": " + groups.size() + " summary rows in " + tables.layout(name).tableRoot(OutputTables.SUMMARY));
                out.println();
                out.print(SummaryText.table(groups));
                out.println();
                out.println(new Findings(name, groups).text());
                out.println();
            }
            for (String name : searches) {
                out.print(SearchResults.read(tables.spark(), tables.root(), name).text());
                out.println();
            }
            out.println("next: bin/landau report " + output.path() + "   (writes " + output.path() + "/report/index.html)");
            out.flush();
            return 0;
        });
    }
}
