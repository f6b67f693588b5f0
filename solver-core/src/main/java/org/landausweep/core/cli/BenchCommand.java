package org.landausweep.core.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.landausweep.core.data.GaussianMixture;
import org.landausweep.core.data.MixtureGenerator;
import org.landausweep.core.data.MixtureSamplingSpec;
import org.landausweep.core.evolution.LandauSolver;
import org.landausweep.core.evolution.OperatorCache;
import org.landausweep.core.evolution.SolveResult;
import org.landausweep.core.evolution.SolverSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code landau bench}: single-thread solves per second on the benchmark distribution
 * ({@link MixtureSamplingSpec#benchmark}), tol 1e-8, 400 samples, with the operator cache warm: a first
 * pass over the runs builds it, the timed passes repeat the same runs.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Print single-thread solves per second (cache warm) on the benchmark distribution as one JSON object.")
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--dims", split = ",", description = "Dimensions (default ${DEFAULT-VALUE}).", defaultValue = "2,3")
    int[] dims;

    @Option(names = "--runs", description = "Distinct data per dimension (default ${DEFAULT-VALUE}).", defaultValue = "60")
    int runs;

    @Option(names = "--seconds", description = "Minimum timed seconds per dimension (default ${DEFAULT-VALUE}).", defaultValue = "20")
    double seconds;

    @Option(names = "--seed", description = "Seed of the data (default ${DEFAULT-VALUE}).", defaultValue = "1")
    long seed;

    @Override
    public Integer call() {
        ObjectNode out = new ObjectMapper().createObjectNode();
        for (int d : dims) {
            List<GaussianMixture> data = new ArrayList<>();
            for (int k = 0; k < runs; k++) {
                data.add(MixtureGenerator.generate(MixtureSamplingSpec.benchmark(d), seed, k));
            }
            SolverSettings settings = SolverSettings.defaults(d);
            long warmStart = System.nanoTime();
            int[] degrees = new int[runs];
            for (int k = 0; k < runs; k++) {
                degrees[k] = LandauSolver.solve(data.get(k), settings).hermite().truncationDegree();
            }
            double warmSeconds = (System.nanoTime() - warmStart) * 1e-9;
            long solves = 0;
            long started = System.nanoTime();
            double elapsed;
            do {
                for (GaussianMixture datum : data) {
                    SolveResult r = LandauSolver.solve(datum, settings);
                    if (r.failed()) {
                        throw new IllegalStateException("benchmark solve failed: " + r.message());
                    }
                    solves++;
                }
                elapsed = (System.nanoTime() - started) * 1e-9;
            } while (elapsed < seconds);
            Arrays.sort(degrees);
            out.put("d" + d + "_solves_per_s_per_core", solves / elapsed);
            out.put("d" + d + "_truncation_degree_min", degrees[0]);
            out.put("d" + d + "_truncation_degree_median", degrees[runs / 2]);
            out.put("d" + d + "_truncation_degree_max", degrees[runs - 1]);
            out.put("d" + d + "_first_pass_seconds_with_cache_build", warmSeconds);
        }
        out.put("operator_blocks_built", OperatorCache.blocksBuilt());
        out.put("runs_per_dimension", runs);
        spec.commandLine().getOut().println(out);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
