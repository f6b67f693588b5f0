package org.landausweep.jobs.compare.report;

import java.util.stream.Collectors;
import org.apache.spark.sql.Row;

/** The shell commands that solve one run of a sweep again, from its sweep file and its row of the runs table. */
final class ResolveCommand {

    private ResolveCommand() {
    }

    /**
     * {@code bin/landau datum SPEC --run I > ID.json && bin/landau solve ID.json --tol .. --nmax .. ...}, with the
     * run's solver settings; {@code SPEC} stands for the sweep file, which the output does not keep.
     */
    static String of(Row run) {
        String id = run.getAs("run_id");
        StringBuilder solve = new StringBuilder("bin/landau solve " + id + ".json");
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
        return "bin/landau datum SPEC --run " + run.<Long>getAs("run_index") + " > " + id + ".json && " + solve;
    }

    private static String number(double x) {
        return Double.toString(x);
    }
}
