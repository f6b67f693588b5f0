package org.landausweep.jobs.compare;

import java.io.IOException;
import org.landausweep.jobs.MasterOption;
import org.landausweep.jobs.OutputVerification;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The OUTPUT root of a command that reads finished tables ({@code compare}, {@code report}), with its
 * {@code --master} and {@code --unverified}, declared once: the tables are opened on a {@link CommandSession}
 * and verified against their commit markers first (exit 4 on damage), unless {@code --unverified}.
 */
public final class VerifiedOutput {

    /** Work to do on the verified tables. */
    @FunctionalInterface
    public interface Work<T> {
        T run(OutputTables tables) throws IOException;
    }

    @Parameters(index = "0", paramLabel = "OUTPUT", description = "The output root of the sweeps (any Hadoop path).")
    String output;

    @Mixin
    MasterOption master;

    @Option(names = "--unverified", description = "Go on even when the output fails verification (see landau verify).")
    boolean unverified;

    /** OUTPUT as given on the command line. */
    public String path() {
        return output;
    }

    /** Runs {@code work} on the tables of OUTPUT, verified, in a session named {@code appName}. */
    public <T> T run(String appName, Work<T> work) throws IOException {
        return CommandSession.run(master.master(), appName, spark -> {
            OutputTables tables = OutputTables.of(spark, output);
            OutputVerification.require(tables.fs(), tables.root(), unverified);
            return work.run(tables);
        });
    }
}
