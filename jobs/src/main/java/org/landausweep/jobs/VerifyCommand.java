package org.landausweep.jobs;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.landausweep.core.cli.Cli;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code landau verify OUTPUT}: checks every committed batch of every sweep against its marker and looks
 * for files no marker names; changes nothing. Exit 0 when clean, {@value Cli#DAMAGED} on any problem
 * (one line each on stdout; the next {@code landau sweep} of that sweep repairs it).
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Verify the tables of every sweep in OUTPUT against their commit markers (size and SHA-256 of each file),",
            "and list files that no marker names. Changes nothing; exit 4 on damage (run the sweep again to repair it)."})
public final class VerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OUTPUT", description = "The output root of the sweeps (any Hadoop path).")
    String output;

    @Override
    public Integer call() throws IOException {
        Path root = new Path(output);
        FileSystem fs = root.getFileSystem(SparkConfs.hadoopConfiguration(SparkConfs.forSweep(null)));
        if (!fs.exists(root)) {
            throw new IllegalArgumentException("OUTPUT = " + output + ": does not exist");
        }
        OutputVerification v = OutputVerification.of(fs, root);
        v.lines().forEach(spec.commandLine().getOut()::println);
        spec.commandLine().getOut().println("verify " + v.root() + ": " + v.sweeps().size() + " sweeps, " + v.verifiedBatches()
                + " batches verified, " + v.lines().size() + " problems");
        spec.commandLine().getOut().flush();
        return v.clean() ? 0 : Cli.DAMAGED;
    }
}
