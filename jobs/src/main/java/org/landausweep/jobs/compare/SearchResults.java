package org.landausweep.jobs.compare;

import static org.apache.spark.sql.functions.col;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * What one counterexample search found, from its {@code starts} table alone ({@code PATH/search/starts/sweep=NAME}),
 * so that {@code landau search}'s findings, {@code landau compare} and the report say the same: per cell (d, λmax
 * band) the best value of the objective over the starts whose best point is DECIDED, with its certified upper
 * bound where the objective has one, the theorem's value at that point and the start's id; and the conclusion in
 * words. A start counts as a violation when its best value lies above the theorem's value at its best point.
 *
 * @param search    the search's name
 * @param objective the objective's key
 * @param cells     per cell, in cell order
 * @param rows      the starts, by cell and start index
 */
public record SearchResults(String search, String objective, List<Cell> cells, List<Start> rows) {
    /** Folder of an output root that holds its searches ({@code landau search --output PATH} writes {@code PATH/search}). */
    public static final String FOLDER = "search";
    /** The table with one row per start. */
    public static final String STARTS = "starts";
    /** The best kind of a start whose numbers are evidence. */
    static final String DECIDED = "DECIDED";
    /** The best kind of a start that was solved but not certified. */
    static final String UNDECIDED = "UNDECIDED";
    private static final String[] COLUMNS = {"search", "objective", "cell_index", "d", "band", "lambda_max_min", "lambda_max_max",
        "start_index", "start_id", "best_kind", "best_value", "theorem_value", "rate_gap_certified", "rate_gap_at_0_certified", "sup_rate",
        "theorem_sup_rate", "latest_violation", "t0_theorem", "best_x", "rate_gap", "rate_gap_at_0"};

    public SearchResults {
        cells = List.copyOf(cells);
        rows = List.copyOf(rows);
    }

    /** The fields of one row of the starts table that the results read. */
    public record Start(int cellIndex, int d, String band, double lambdaMaxMin, double lambdaMaxMax, String id, String kind, Double value,
                        Double certified, Double theorem, Double supRate, Double theoremSupRate, Double latestViolation, Double t0Theorem,
                        double[] x, Slack slack) {

        boolean decided() {
            return DECIDED.equals(kind);
        }

        boolean violates() {
            return decided() && value != null && theorem != null && value > theorem;
        }
    }

    /**
     * The slack g = E'/E + 2ρ(t) of the instantaneous bound at a start's best point ({@code RateGap}): its largest value on
     * (0, T] and at t = 0, measured and the certified upper bound; null when not solved.
     */
    public record Slack(Double onT, Double onTCertified, Double at0, Double at0Certified) {
    }

    /**
     * One cell's result.
     *
     * @param index      the cell's index
     * @param d          velocity dimension
     * @param band       the band as the search file wrote it
     * @param lambdaMaxMin lower end of the λmax band
     * @param lambdaMaxMax upper end of the λmax band
     * @param starts     committed starts of the cell
     * @param decided    starts whose best point is DECIDED (the evidence)
     * @param undecided  starts whose best point was solved but is not certified
     * @param best       the DECIDED start with the largest best value, if any
     */
    public record Cell(int index, int d, String band, double lambdaMaxMin, double lambdaMaxMax, long starts, long decided, long undecided,
                       Optional<Start> best) {

        /** Starts whose best point was never solved (outside the constraints, inadmissible, failed, or no start datum). */
        public long unsolved() {
            return starts - decided - undecided;
        }
    }

    /** The names of the searches under {@code root}'s {@value #FOLDER} folder, sorted; empty when there is none. */
    public static List<String> names(FileSystem fs, Path root) throws IOException {
        Path table = new Path(new Path(root, FOLDER), STARTS);
        List<String> names = new ArrayList<>();
        try {
            for (var dir : fs.listStatus(table, p -> p.getName().startsWith("sweep="))) {
                names.add(dir.getPath().getName().substring("sweep=".length()));
            }
        } catch (FileNotFoundException e) {
            return List.of();
        }
        return names.stream().sorted().toList();
    }

    /** Reads search {@code name}'s starts table under {@code root}/{@value #FOLDER}. */
    public static SearchResults read(SparkSession spark, Path root, String name) {
        return read(spark, new Path(new Path(new Path(root, FOLDER), STARTS), "sweep=" + name).toString());
    }

    /** Reads a search's starts table at {@code partition} ({@code .../starts/sweep=NAME}). */
    public static SearchResults read(SparkSession spark, String partition) {
        // d is the partition's (d=D in the path); the files of outputs written before hold it too, and are read alone
        // (no partition discovery, whose d would clash with theirs)
        Dataset<Row> files = spark.read().option("recursiveFileLookup", "true").parquet(partition);
        Dataset<Row> starts = List.of(files.columns()).contains("d") ? files
                : spark.read().option("basePath", new Path(partition).getParent().toString()).parquet(partition);
        List<Row> table = starts
                .select(Arrays.stream(COLUMNS).map(functions::col).toArray(Column[]::new))
                .orderBy(col("cell_index"), col("start_index")).collectAsList();
        return of(table);
    }

    /** The results of starts-table rows with the columns {@link #COLUMNS}, in that order, sorted by cell and start. */
    static SearchResults of(List<Row> table) {
        if (table.isEmpty()) {
            throw new IllegalArgumentException("a search with no committed start");
        }
        List<Start> rows = table.stream().map(r -> new Start(r.getInt(2), r.getInt(3), r.getString(4), r.getDouble(5), r.getDouble(6),
                r.getString(8), r.getString(9), number(r, 10), certified(r), number(r, 11), number(r, 14), number(r, 15), number(r, 16),
                number(r, 17), r.isNullAt(18) ? null : r.<Double>getList(18).stream().mapToDouble(Double::doubleValue).toArray(),
                new Slack(number(r, 19), number(r, 12), number(r, 20), number(r, 13)))).toList();
        Map<Integer, List<Start>> byCell = rows.stream().collect(Collectors.groupingBy(Start::cellIndex, TreeMap::new, Collectors.toList()));
        List<Cell> cells = byCell.values().stream().map(SearchResults::cell).toList();
        return new SearchResults(table.get(0).getString(0), table.get(0).getString(1), cells, rows);
    }

    private static Cell cell(List<Start> mine) {
        Start first = mine.get(0);
        Optional<Start> best = mine.stream().filter(Start::decided).filter(s -> s.value() != null).max(Comparator.comparingDouble(Start::value));
        return new Cell(first.cellIndex(), first.d(), first.band(), first.lambdaMaxMin(), first.lambdaMaxMax(), mine.size(),
                count(mine, Start::decided), count(mine, s -> UNDECIDED.equals(s.kind())), best);
    }

    /** The certified upper bound of the objective where its table has one: the rate-gap objectives. */
    private static Double certified(Row r) {
        return switch (r.getString(1)) {
            case "max_rate_gap" -> number(r, 12);
            case "max_rate_gap_at_0" -> number(r, 13);
            default -> null;
        };
    }

    /** Whether the objective has a certified upper bound in the table ({@link Start#certified}). */
    public boolean hasCertified() {
        return objective.equals("max_rate_gap") || objective.equals("max_rate_gap_at_0");
    }

    /** Committed starts. */
    public long starts() {
        return rows.size();
    }

    /** Starts whose best point is DECIDED. */
    public long decided() {
        return count(rows, Start::decided);
    }

    /** DECIDED starts whose best value lies above the theorem's value. */
    public long violations() {
        return count(rows, Start::violates);
    }

    /**
     * The conclusion in words: per d, sup E'/E over the DECIDED best points against the theorem's value there
     * (-2(d - 1 - 2(λmax - 1)) of that datum); per d, the largest slack E'/E + 2ρ(t) of the instantaneous bound
     * on (0, T] and at t = 0, each with its certified upper bound; the latest end of an interval with E' &gt; 0 against
     * t0_theorem of that datum; and the number of violations among the decided starts.
     */
    public String conclusion() {
        if (objective.equals("planted")) {
            return "conclusion: planted objective, known maximum 0: best value found " + format(cells.stream().map(Cell::best)
                    .flatMap(Optional::stream).mapToDouble(Start::value).max().orElse(Double.NaN)) + " in " + decided() + " decided starts";
        }
        List<Start> evidence = rows.stream().filter(Start::decided).toList();
        Map<Integer, List<Start>> byD = evidence.stream().collect(Collectors.groupingBy(Start::d, TreeMap::new, Collectors.toList()));
        boolean atZero = objective.equals("max_rate_at_0") || objective.equals("max_rate_gap_at_0");
        String sup = byD.isEmpty() ? "none decided" : byD.entrySet().stream().map(e -> atZero ? rateAt0(e.getKey(), e.getValue())
                        : e.getValue().stream()
                        .filter(s -> s.supRate() != null && !s.supRate().isNaN()).max(Comparator.comparingDouble(Start::supRate))
                        .map(s -> String.format(Locale.ROOT, "%s (d = %d, at %s; theorem allows %s there)", format(s.supRate()), e.getKey(),
                                s.id(), format(s.theoremSupRate())))
                        .orElse("none solved (d = " + e.getKey() + ")"))
                .collect(Collectors.joining(", "));
        String slack = byD.isEmpty() ? "none decided" : byD.entrySet().stream().map(e -> String.format(Locale.ROOT,
                        "%s on (0, T] (certified <= %s), %s at t = 0 (certified <= %s) (d = %d)", largest(e.getValue(), Slack::onT),
                        largest(e.getValue(), Slack::onTCertified), largest(e.getValue(), Slack::at0), largest(e.getValue(), Slack::at0Certified),
                        e.getKey()))
                .collect(Collectors.joining("; "));
        Optional<Start> latest = evidence.stream().filter(s -> s.latestViolation() != null && s.latestViolation() > 0)
                .max(Comparator.comparingDouble(Start::latestViolation));
        String violation = latest.map(s -> String.format(Locale.ROOT, "latest violation found (end of the last interval with E' > 0): %s"
                + " at %s (theorem allows t0 = %s there)", format(s.latestViolation()), s.id(), format(s.t0Theorem())))
                .orElse("latest violation found: none (no interval with E' > 0 at any best point)");
        long above = violations();
        long undecided = count(rows, s -> !s.decided());
        String verdict = above == 0
                ? String.format(Locale.ROOT, "no violation in %d decided starts (no best value above the theorem's)", evidence.size())
                : String.format(Locale.ROOT, "%d violations in %d decided starts (best value above the theorem's: CONTRADICTS Theorem 1,"
                        + " check these data)", above, evidence.size());
        return "conclusion: " + (atZero ? "E'(0)/E(0) found at the best points (closed form, exact): " : "sup E'/E found at the best points: ")
                + sup + "; largest slack E'/E + 2ρ(t) of the instantaneous bound"
                + " (theorem allows 0): " + slack + "; " + violation + "; " + verdict
                + (undecided == 0 ? "" : "; " + undecided + " starts not decided, not counted");
    }

    /**
     * The largest E'(0)/E(0) = slack at 0 - ρ(0) among {@code starts} of dimension d (the t = 0 objectives store the slack and
     * -ρ(0)), against the theorem's -ρ(0) there and E' <= -8(d - 1) E, which every sweep so far satisfies.
     */
    private static String rateAt0(int d, List<Start> starts) {
        return starts.stream().filter(s -> s.slack() != null && s.slack().at0() != null && s.theoremSupRate() != null)
                .max(Comparator.comparingDouble(s -> s.slack().at0() + s.theoremSupRate()))
                .map(s -> String.format(Locale.ROOT, "%s (d = %d, at %s; theorem allows %s there; E' <= -8(d - 1) E, seen in every sweep, says %d)",
                        format(s.slack().at0() + s.theoremSupRate()), d, s.id(), format(s.theoremSupRate()), -8 * (d - 1)))
                .orElse("none evaluated (d = " + d + ")");
    }

    /** The per-cell results as rows of text: d, band, λmax, starts, decided, undecided, unsolved, best, certified, theorem, datum. */
    public List<List<String>> table() {
        return cells.stream().map(c -> List.of(Integer.toString(c.d()), c.band(),
                String.format(Locale.ROOT, "[%.4g, %.4g]", c.lambdaMaxMin(), c.lambdaMaxMax()), Long.toString(c.starts()),
                Long.toString(c.decided()), Long.toString(c.undecided()), Long.toString(c.unsolved()),
                c.best().map(s -> format(s.value())).orElse("-"), c.best().map(s -> format(s.certified())).orElse("-"),
                c.best().map(s -> format(s.theorem())).orElse("-"), c.best().map(Start::id).orElse("-"))).toList();
    }

    /** The header of {@link #table()}. */
    public List<String> header() {
        return List.of("d", "band", "λmax", "starts", "decided", "undecided", "unsolved", "best " + objective,
                "certified upper bound", "theorem's value", "datum (start id)");
    }

    /** The results as console text: a heading line, the table of {@link #table()}, the conclusion. */
    public String text() {
        List<List<String>> lines = new ArrayList<>();
        lines.add(header());
        lines.addAll(table());
        return "search " + search + " (" + objective + ", " + starts() + " starts; theorem's value: the largest Theorem 1 allows at the best"
                + " point; certified upper bound: " + (hasCertified() ? "from the solve's enclosure" : "none for this objective") + "):\n"
                + SummaryText.columns(lines) + conclusion() + "\n";
    }

    /** A number at 6 significant digits, "-" for none. */
    public static String format(Double x) {
        return x == null ? "-" : String.format(Locale.ROOT, "%.6g", x);
    }

    /** The largest of a slack's field over the starts, "-" when none has it. */
    private static String largest(List<Start> starts, java.util.function.Function<Slack, Double> field) {
        return format(starts.stream().map(s -> field.apply(s.slack())).filter(x -> x != null && !x.isNaN()).max(Double::compare).orElse(null));
    }

    private static Double number(Row r, int i) {
        return r.isNullAt(i) ? null : r.getDouble(i);
    }

    private static long count(List<Start> starts, Predicate<Start> which) {
        return starts.stream().filter(which).count();
    }
}
