package org.landausweep.jobs.compare.report;

import java.util.stream.Collectors;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;

/** The shell commands that solve one run of a sweep again from the output alone: its spec.json and its row of the runs table. */
final class ResolveCommand {

    private ResolveCommand() {
    }

    /**
     * {@code bin/landau datum OUTPUT --sweep NAME --run I > ID.json && bin/landau solve ID.json --tol .. --nmax .. ...},
     * with the run's solver settings.
     *
     * @param output the output root as {@link #outputArgument} writes it
     */
    static String of(String output, String sweep, Row run) {
        String id = run.getAs("run_id");
        StringBuilder solve = new StringBuilder("bin/landau solve " + shellWord(id + ".json"));
        solve.append(" --tol ").append(number(run.getAs("tol")));
        solve.append(" --nmax ").append(run.<Integer>getAs("n_max"));
        Double horizon = run.getAs("requested_horizon");
        if (horizon != null) {
            solve.append(" --horizon ").append(number(horizon));
        }
        int times = run.fieldIndex("requested_times");
        if (!run.isNullAt(times)) {
            solve.append(" --times ").append(run.<Double>getList(times).stream().map(ResolveCommand::number).collect(Collectors.joining(",")));
        } else {
            solve.append(" --samples ").append(run.<Integer>getAs("sample_count"));
        }
        return "bin/landau datum " + shellWord(output) + " --sweep " + shellWord(sweep) + " --run " + run.<Long>getAs("run_index")
                + " > " + shellWord(id + ".json") + " && " + solve;
    }

    /** The output root as a command argument: a plain path on the local file system, else the full URI. */
    static String outputArgument(Path root) {
        return "file".equals(root.toUri().getScheme()) ? root.toUri().getPath() : root.toString();
    }

    /** {@code word} quoted for a POSIX shell when it holds anything but safe characters. */
    private static String shellWord(String word) {
        return word.matches("[A-Za-z0-9_./:=+-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }

    private static String number(double x) {
        return Double.toString(x);
    }
}
