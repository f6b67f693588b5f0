package org.landausweep.core.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.landausweep.core.data.InitialDatum;
import org.landausweep.core.data.InvalidInputException;
import org.landausweep.core.evolution.SolverSettings;
import org.landausweep.core.grid.GridSettings;
import org.landausweep.core.io.DatumJson;
import org.landausweep.core.solver.SolverMethod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code landau solve [options] FILE.json}: one datum, every diagnostic and the sampled E(t), E'(t) as one JSON object. */
@Command(name = "solve", mixinStandardHelpOptions = true,
        description = "Solve the Landau-Maxwell equation for one initial datum (JSON) and print every diagnostic as one JSON object on stdout.")
public final class SolveCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.json", description = "The initial datum (gaussian-mixture, radial-mixture or bkw).")
    Path file;

    @Option(names = "--times", split = ",", paramLabel = "t1,t2,...", description = "Sample times (default: --samples uniform times on [0, T]).")
    double[] times;

    @Option(names = "--tol", description = "Relative truncation tolerance (default ${DEFAULT-VALUE}).", defaultValue = "1e-8")
    double tol;

    @Option(names = "--nmax", description = "Largest truncation degree (default: 120 for d = 2, 64 for d = 3, 32 for d = 4).")
    Integer nMax;

    @Option(names = "--horizon", description = "End time T (default: where E(t)/E(0) reaches the floor).")
    Double horizon;

    @Option(names = "--samples", description = "Number of uniform sample times (default ${DEFAULT-VALUE}).", defaultValue = "400")
    int samples;

    @Option(names = "--floor", description = "Resolution floor of E(t)/E(0) (default ${DEFAULT-VALUE}).", defaultValue = "1e-13")
    double floor;

    @Option(names = "--solver", paramLabel = "hermite|grid", defaultValue = "hermite",
            description = "hermite: the exact solver (default); grid: the finite-volume cross-check on a velocity grid (d = 2, 3;"
                    + " --tol and --nmax do not apply; without --horizon, T is where Theorem 1's bound reaches the floor).")
    String solver;

    @Option(names = "--grid", paramLabel = "N", description = "Grid solver: cells per dimension (default: 96 for d = 2, 32 for d = 3).")
    Integer gridCells;

    @Option(names = "--early-piece", description = "A certificate that is not CERTIFIED is redone with a first piece at a higher"
            + " degree (docs/CERTIFICATION.md §3c): it certifies top-band data, at 5 to 14 times the run's cost in d = 3.")
    boolean earlyPiece;

    @Option(names = "--pretty", description = "Indent the JSON over several lines (default: one line).")
    boolean pretty;

    @Override
    public Integer call() {
        InitialDatum datum = DatumJson.parse(read(file));
        int d = datum.d();
        InvalidInputException.require(d <= SolverSettings.MAX_D, "d", d, "must be at most " + SolverSettings.MAX_D
                + ": the solver's operator grows like N^(2d-1)");
        SolverMethod method = SolverMethod.byId(solver)
                .orElseThrow(() -> new InvalidInputException("--solver", solver, "must be " + SolverMethod.ids()));
        InvalidInputException.require(method == SolverMethod.GRID || gridCells == null, "--grid", gridCells, "applies to --solver grid only");
        SolverSettings settings = new SolverSettings(tol, nMax == null ? SolverSettings.defaultNMax(d) : nMax,
                horizon == null ? Double.NaN : horizon, samples, times, floor, earlyPiece);
        GridSettings grid = gridCells == null ? GridSettings.defaults(d) : GridSettings.defaults(d).withCells(gridCells);
        return print(method.solveToJson(datum, settings, grid));
    }

    private int print(JsonNode json) {
        spec.commandLine().getOut().println(pretty ? json.toPrettyString() : json.toString());
        spec.commandLine().getOut().flush();
        return 0;
    }

    private static String read(Path file) {
        try {
            InvalidInputException.require(Files.size(file) <= DatumJson.MAX_DOCUMENT_CHARS, "FILE", file,
                    "is larger than " + DatumJson.MAX_DOCUMENT_CHARS + " bytes, more than any datum needs");
            return Files.readString(file);
        } catch (IOException e) {
            throw new InvalidInputException("FILE", file, "cannot be read: " + e.getMessage());
        }
    }
}
