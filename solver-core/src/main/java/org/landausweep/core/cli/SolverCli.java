package org.landausweep.core.cli;

import picocli.CommandLine.Command;

/** The solver's commands on their own (without Spark): {@code solve} and {@code bench}. */
@Command(name = "landau", mixinStandardHelpOptions = true, subcommands = {SolveCommand.class, BenchCommand.class},
        description = "Exact solves of the space-homogeneous Landau equation with Maxwell molecules.")
public final class SolverCli {
    public static void main(String[] args) {
        System.exit(Cli.execute(new SolverCli(), args));
    }
}
