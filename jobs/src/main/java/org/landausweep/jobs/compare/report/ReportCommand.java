package org.landausweep.jobs.compare.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.landausweep.jobs.compare.VerifiedOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code landau report OUTPUT [--out DIR]}: the HTML report of the summarized sweeps and of the searches ({@link ReportJob}). */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write an HTML report with PNG figures of every sweep summarized in OUTPUT (run 'landau compare OUTPUT' first)",
            "and the results of every search in OUTPUT/search (landau search --output OUTPUT).",
            "The folder is self-contained: open DIR/index.html."})
public final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    VerifiedOutput output;

    @Option(names = "--out", paramLabel = "DIR", description = "The report folder, on the local file system (default: OUTPUT/report when OUTPUT is local).")
    Path out;

    @Override
    public Integer call() throws IOException {
        return output.run("landau report", tables -> {
            Path dir = out;
            if (dir == null) {
                if (!"file".equals(tables.root().toUri().getScheme())) {
                    throw new IllegalArgumentException("OUTPUT " + output.path() + " is not on the local file system: give the report folder with --out");
                }
                dir = Path.of(tables.root().toUri()).resolve("report");
            }
            Path index = new ReportJob(tables).write(dir);
            spec.commandLine().getOut().println("report: " + index);
            return 0;
        });
    }
}
