package org.landausweep.jobs;

import org.landausweep.core.cli.BenchCommand;
import org.landausweep.core.cli.Cli;
import org.landausweep.core.cli.SolveCommand;
import org.landausweep.sweeps.FamilySamplers;
import picocli.CommandLine.Command;

/** The {@code landau} command line: the solver's {@code solve} and {@code bench}, and the Spark {@code sweep}. */
@Command(name = "landau", mixinStandardHelpOptions = true, versionProvider = SoftwareVersion.class,
        subcommands = {SolveCommand.class, BenchCommand.class, SweepCommand.class, SearchCommand.class, SweepLoopCommand.class, VerifyCommand.class, org.landausweep.jobs.compare.CompareCommand.class, org.landausweep.jobs.compare.report.ReportCommand.class, org.landausweep.jobs.compare.DatumCommand.class, CompletionCommand.class},
        description = "Exact solves of the space-homogeneous Landau equation with Maxwell molecules, one at a time or as Spark sweeps.")
public final class Landau {

    static {
        // A family's JSON codec is registered with its sweep sampler; solve and datum read every family a sweep draws.
        FamilySamplers.builtIn();
    }

    /** Runs the command line and exits with its code: 0 success, 1 failure, 2 bad input, 3 environment, 4 damaged output ({@link Cli}). */
    public static void main(String[] args) {
        System.exit(Cli.execute(new Landau(), args));
    }
}
