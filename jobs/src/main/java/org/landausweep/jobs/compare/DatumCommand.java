package org.landausweep.jobs.compare;

import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.landausweep.core.data.InvalidInputException;
import org.landausweep.core.io.DatumJson;
import org.landausweep.jobs.SpecFiles;
import org.landausweep.sweeps.SweepPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code landau datum SPEC --run INDEX}: the initial datum of one run of a sweep as the JSON that
 * {@code landau solve} reads, so that a run the report points at can be solved again on its own.
 */
@Command(name = "datum", mixinStandardHelpOptions = true,
        description = "Print the initial datum of run INDEX of sweep file SPEC as JSON for 'landau solve' (the run is rebuilt from the specification alone).")
public final class DatumCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SPEC", description = "The sweep file the run belongs to (.yaml, .yml or .json; any Hadoop path).")
    String specFile;

    @Option(names = "--run", paramLabel = "INDEX", required = true, description = "The run's run_index.")
    long runIndex;

    @Override
    public Integer call() {
        SweepPlan plan = new SweepPlan(SpecFiles.read(new Path(specFile), new Configuration()).spec());
        InvalidInputException.require(runIndex >= 0 && runIndex < plan.runCount(), "--run", runIndex,
                "must lie in [0, " + plan.runCount() + ") for sweep " + plan.spec().name());
        spec.commandLine().getOut().println(DatumJson.toJson(plan.run(runIndex).datum()));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
