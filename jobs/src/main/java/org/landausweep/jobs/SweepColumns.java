package org.landausweep.jobs;

import static org.landausweep.core.columns.Column.number;
import static org.landausweep.core.columns.Column.numbers;

import java.sql.Timestamp;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.landausweep.core.columns.Column;
import org.landausweep.core.columns.ColumnType;
import org.landausweep.core.columns.ResultColumns;
import org.landausweep.core.evolution.SolveResult;
import org.landausweep.core.evolution.SolverSettings;
import org.landausweep.sweeps.BkwSampler;
import org.landausweep.sweeps.MixtureSampler;
import org.landausweep.sweeps.RunSpec;

/**
 * The column registry of the sweep tables: every column of {@code runs} and {@code timeseries}, in table
 * order, declared once. The run's ids and parameters are declared here; the solve's quantities come
 * from {@link ResultColumns}. {@link TableSchemas} and {@link RunRows} are derived from this list, and
 * {@code jobs/SCHEMA.md} is checked against it ({@code SchemaDocTest}).
 *
 * <p>Adding a column: one entry here (a run parameter or sweep output) or in {@link ResultColumns}
 * (a quantity of the solve), plus its computation.
 */
public final class SweepColumns {

    /** One run of a sweep with what it produced: what the columns of a {@code runs} row are read from. */
    public record SolvedRun(RunSpec run, SolveResult result, Double crossCheck, String fingerprint, Provenance provenance) {
        SolverSettings settings() {
            return run.solverSettings();
        }
    }

    /** The ids and parameters of a run, known before it is solved. */
    static final List<Column<SolvedRun>> RUN = List.of(
            run("run_id", ColumnType.STRING, "stable id `<sweep>-<run_index>`, the index zero-padded so that ids sort like indices",
                    RunSpec::runId),
            run("run_index", ColumnType.LONG, "index of the run in the sweep, from 0", RunSpec::runIndex),
            run("cell_index", ColumnType.INT, "index of the run's grid cell (d outermost, then the grid axes in file order)",
                    RunSpec::cellIndex),
            run("run_seed", ColumnType.LONG, "seed of the run's random stream, from (sweep seed, run_index) only", RunSpec::runSeed),
            run("family", ColumnType.STRING, "family of initial data of the sweep: `random-mixture` or `bkw`", r -> r.family().id()),
            run("cell_parameters", ColumnType.STRING_MAP,
                    "the cell's grid values by dotted field path, e.g. `sampling.meanSpread -> 0.5`, values as canonical JSON",
                    RunSpec::parameters),
            run("cell_parameter_values", ColumnType.DOUBLES_MAP,
                    "the same grid values typed: a number as `[x]`, a range as `[min, max]`, a boolean as `[1]` or `[0]`; null"
                            + " for a grid value that is null (the field's default) or not numeric",
                    r -> CellValues.typed(r.parameters())),
            run("component_count", ColumnType.INT,
                    "number of components of the run's Gaussian mixture (null for bkw, and when the datum could not be built)",
                    CellValues::componentCount),
            run("lambda_max_target", ColumnType.DOUBLE,
                    "target largest eigenvalue of P_in drawn for the run (null when the cell sets none, and for bkw)",
                    r -> r.draw(MixtureSampler.LAMBDA_MAX_TARGET)),
            run("k0", ColumnType.DOUBLE, "BKW parameter K0 drawn for the run (family bkw only)", r -> r.draw(BkwSampler.K0)),
            setting("tol", ColumnType.DOUBLE, "requested relative truncation tolerance of the measured curve: (E(0) - E_N(0))/E(0)"
                    + " <= tol (the certified enclosure has its own width target, 1e-6: see `status`)",
                    SolverSettings::tol),
            setting("n_max", ColumnType.INT, "largest truncation degree the solver may use", SolverSettings::nMax),
            setting("requested_horizon", ColumnType.DOUBLE,
                    "requested end time T (null: automatic, where E(t)/E(0) reaches the floor)", s -> number(s.horizon())),
            setting("sample_count", ColumnType.INT, "requested number of uniform sample times on [0, T]", SolverSettings::sampleCount),
            setting("requested_times", ColumnType.DOUBLES, "explicit sample times requested instead (null: uniform samples)",
                    s -> s.times() == null ? null : numbers(s.times())));

    /** What the sweep adds to a solved run. */
    static final List<Column<SolvedRun>> SWEEP = List.of(
            new Column<>("solved_at", ColumnType.TIMESTAMP,
                    "when the solve ended (UTC; differs from run to run of the same sweep, like `wall_seconds`)",
                    s -> s.provenance().solvedAt() == null ? null : Timestamp.from(s.provenance().solvedAt())),
            new Column<>("software_version", ColumnType.STRING, "version of the landau build that solved the run",
                    s -> s.provenance().softwareVersion()),
            new Column<>("software_commit", ColumnType.STRING,
                    "git commit of that build (`git describe --always --dirty` of the driver's clone; null when unknown)",
                    s -> s.provenance().commit()),
            new Column<>("spec_fingerprint", ColumnType.STRING,
                    "SHA-256 of the sweep specification's canonical JSON (`_sweeps/<name>/fingerprint`)", SolvedRun::fingerprint),
            new Column<>("solver_method", ColumnType.STRING,
                    "`hermite` (the exact solver) or `grid` (the velocity-grid solver; `solver.method`)",
                    s -> s.run().method().id()),
            new Column<>("crosscheck_max_rel_diff", ColumnType.DOUBLE,
                    "for the runs drawn by `solver.crosscheck`: max over the sample times of \\|E_grid(t) - E(t)\\|/E(t), the grid"
                            + " solver against the exact one (dimensionless); null for the other runs or when the grid solve failed",
                    SolvedRun::crossCheck));

    /** Columns whose values differ between two runs of the same sweep: left out when tables are compared. */
    public static final List<String> NOT_REPRODUCIBLE = List.of("wall_seconds", "solved_at");

    /** The columns of the {@code runs} files, in order. */
    public static final List<Column<SolvedRun>> RUNS = concat(RUN, results(ResultColumns.SOLUTION), results(ResultColumns.OUTCOME), SWEEP);

    /** The sampled curves: arrays in a solved row, one value per row of {@code timeseries}. */
    public static final List<Column<SolvedRun>> SAMPLES = results(ResultColumns.SAMPLES);

    /** The columns of the {@code timeseries} files, in order: the run's ids, then one sample. */
    public static final List<Column<SolvedRun>> TIMESERIES = concat(List.of(
            run("run_id", ColumnType.STRING, "the run, as in `runs`", RunSpec::runId),
            run("run_index", ColumnType.LONG, "the run, as in `runs`", RunSpec::runIndex)), SAMPLES);

    /** The partition columns of both tables, outermost first: in the directory names, not in the files. */
    public static final List<Column<SolvedRun>> PARTITIONS = List.of(
            run("sweep", ColumnType.STRING, "partition: the sweep's name", RunSpec::sweepName),
            run("d", ColumnType.INT, "partition: velocity dimension", RunSpec::d));

    private SweepColumns() {
    }

    private static Column<SolvedRun> run(String name, ColumnType type, String meaning, Function<RunSpec, Object> read) {
        return new Column<>(name, type, meaning, read).from(SolvedRun::run);
    }

    private static Column<SolvedRun> setting(String name, ColumnType type, String meaning, Function<SolverSettings, Object> read) {
        return new Column<>(name, type, meaning, read).from(SolvedRun::settings);
    }

    private static List<Column<SolvedRun>> results(List<Column<SolveResult>> columns) {
        return columns.stream().map(c -> c.from(SolvedRun::result)).toList();
    }

    @SafeVarargs
    private static List<Column<SolvedRun>> concat(List<Column<SolvedRun>>... lists) {
        return Stream.of(lists).flatMap(List::stream).toList();
    }
}
