package org.landausweep.jobs.compare;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.landausweep.core.data.InvalidInputException;
import org.landausweep.core.io.DatumJson;
import org.landausweep.jobs.SpecFiles;
import org.landausweep.jobs.SweepLayout;
import org.landausweep.sweeps.SweepPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code landau datum SPEC --run INDEX} or {@code landau datum OUTPUT --sweep NAME --run INDEX}: the
 * initial datum of one run of a sweep as the JSON that {@code landau solve} reads, so that a run the
 * report points at can be solved again on its own, from the sweep file or from the output alone (its
 * {@code _sweeps/NAME/spec.json}).
 */
@Command(name = "datum", mixinStandardHelpOptions = true,
        description = {"Print the initial datum of run INDEX of a sweep as JSON for 'landau solve' (the run is rebuilt from the specification alone).",
            "The sweep is the file SPEC (also an output's _sweeps/NAME/spec.json), or sweep NAME of output root OUTPUT with --sweep."})
public final class DatumCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SPEC|OUTPUT",
            description = "The sweep file the run belongs to (.yaml, .yml or .json; any Hadoop path), or with --sweep the output root.")
    String specFile;

    @Option(names = "--sweep", paramLabel = "NAME", description = "Read the specification of sweep NAME from the output root OUTPUT.")
    String sweep;

    @Option(names = "--run", paramLabel = "INDEX", required = true, description = "The run's run_index.")
    long runIndex;

    @Override
    public Integer call() throws IOException {
        Configuration conf = new Configuration();
        Path file = sweep == null ? new Path(specFile) : SweepLayout.of(new Path(specFile), conf, sweep).specFile();
        SweepPlan plan = new SweepPlan(SpecFiles.read(file, conf).spec());
        InvalidInputException.require(runIndex >= 0 && runIndex < plan.runCount(), "--run", runIndex,
                "must lie in [0, " + plan.runCount() + ") for sweep " + plan.spec().name());
        spec.commandLine().getOut().println(DatumJson.toJson(plan.run(runIndex).datum()));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
