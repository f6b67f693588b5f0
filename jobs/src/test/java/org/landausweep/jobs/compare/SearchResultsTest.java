package org.landausweep.jobs.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.landausweep.core.cli.Cli;
import org.landausweep.jobs.Landau;
import org.landausweep.jobs.SharedSpark;

/**
 * The results of a search in {@code landau compare} and {@code landau report}, against its starts table read with
 * DuckDB: a real search (max_rate_gap_at_0, d = 2, two bands, the cost of SearchJobTest's rate fixture) and one whose
 * every start lies outside its componentVariance bounds, so nothing is decided, in one output root without sweeps.
 */
class SearchResultsTest {
    static final String GAP = """
            name: gap
            seed: 5
            objective: max_rate_gap_at_0
            d: 2
            lambdaMax: [[1.1, 1.3], [1.3, 1.5]]
            components: 2
            starts: 2
            evaluations: 6
            solver:
              tol: 1.0e-6
              samples: 40
            """;
    static final String NEVER = """
            name: never
            seed: 5
            objective: max_rate
            d: 2
            lambdaMax: [[1.1, 1.3]]
            components: 2
            starts: 2
            evaluations: 3
            componentVariance: [1.0, 1.000001]
            """;

    private static Path root;
    private static String compare;
    private static String html;

    @BeforeAll
    static void searchCompareAndReport() throws IOException {
        Path dir = Path.of("target", "search-results").toAbsolutePath();
        TinyOutput.deleteRecursively(dir);
        root = Files.createDirectories(dir.resolve("output"));
        SharedSpark.get();
        for (String spec : List.of(GAP, NEVER)) {
            Path file = dir.resolve(spec.lines().findFirst().orElseThrow().substring("name: ".length()) + ".yaml");
            Files.writeString(file, spec);
            assertEquals(0, TinyOutput.landau("search", file.toString(), "--output", root.toString()), "search " + file);
        }
        StringWriter out = new StringWriter();
        assertEquals(0, Cli.execute(new Landau(), new PrintWriter(out), new PrintWriter(new StringWriter()), "compare", root.toString()));
        compare = out.toString();
        Path report = dir.resolve("report");
        assertEquals(0, TinyOutput.landau("report", root.toString(), "--out", report.toString()));
        html = Files.readString(report.resolve("index.html"));
    }

    /** Per cell of the table, read independently: the counts, and the best DECIDED start's value, bound, theorem's value and id. */
    private static List<List<String>> expectedRows(String search) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Connection con = DriverManager.getConnection("jdbc:duckdb:"); Statement s = con.createStatement();
             ResultSet r = s.executeQuery("""
                     SELECT d, band, lambda_max_min, lambda_max_max, count(*),
                       count(*) FILTER (WHERE best_kind = 'DECIDED'), count(*) FILTER (WHERE best_kind = 'UNDECIDED'),
                       max(best_value) FILTER (WHERE best_kind = 'DECIDED'),
                       arg_max(rate_gap_at_0_certified, best_value) FILTER (WHERE best_kind = 'DECIDED'),
                       arg_max(theorem_value, best_value) FILTER (WHERE best_kind = 'DECIDED'),
                       arg_max(start_id, best_value) FILTER (WHERE best_kind = 'DECIDED')
                     FROM read_parquet('%s/search/starts/sweep=%s/*/*.parquet', hive_partitioning = true)
                     GROUP BY cell_index, d, band, lambda_max_min, lambda_max_max ORDER BY cell_index""".formatted(root, search))) {
            while (r.next()) {
                long starts = r.getLong(5);
                long decided = r.getLong(6);
                long undecided = r.getLong(7);
                boolean certified = search.equals("gap");
                rows.add(List.of(Integer.toString(r.getInt(1)), r.getString(2),
                        String.format(Locale.ROOT, "[%.4g, %.4g]", r.getDouble(3), r.getDouble(4)), Long.toString(starts), Long.toString(decided),
                        Long.toString(undecided), Long.toString(starts - decided - undecided), number(r, 8), certified ? number(r, 9) : "-",
                        number(r, 10), r.getString(11) == null ? "-" : r.getString(11)));
            }
        }
        return rows;
    }

    private static String number(ResultSet r, int column) throws SQLException {
        double x = r.getDouble(column);
        return r.wasNull() ? "-" : String.format(Locale.ROOT, "%.6g", x);
    }

    /** The rows of every table of the page, cells unescaped. */
    private static List<List<String>> htmlRows() {
        List<List<String>> rows = new ArrayList<>();
        Matcher row = Pattern.compile("<tr>(.*?)</tr>").matcher(html);
        while (row.find()) {
            Matcher cell = Pattern.compile("<t[dh][^>]*>(.*?)</t[dh]>").matcher(row.group(1));
            List<String> cells = new ArrayList<>();
            while (cell.find()) {
                cells.add(cell.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&"));
            }
            rows.add(cells);
        }
        return rows;
    }

    @Test
    void theReportShowsPerCellTheBestValueItsBoundTheTheoremAndTheDatumAsTheTableHasThem() throws SQLException {
        List<List<String>> gap = expectedRows("gap");
        assertEquals(2, gap.size(), "two bands");
        assertTrue(gap.stream().allMatch(r -> !r.get(7).equals("-") && r.get(10).startsWith("gap-")), "each band has a decided start: " + gap);
        List<List<String>> never = expectedRows("never");
        assertEquals(List.of("-", "-", "-", "-"), never.get(0).subList(7, 11), "nothing decided: " + never);
        List<List<String>> page = htmlRows();
        for (List<String> expected : concat(gap, never)) {
            assertTrue(page.contains(expected), "row " + expected + " in " + page);
        }
        assertTrue(html.indexOf("<h2>Search gap</h2>") > html.indexOf("<h2>Findings</h2>"), "a section per search after the findings");
        assertTrue(html.contains("<h2>Search never</h2>"));
        assertTrue(html.contains("<title>Theorem 1 against the searches in ") && !html.contains("the sweeps"),
                "titled by what the root holds: searches, no sweep");
    }

    /** The files hold no partition column, so a reader of the table with its partitions sees one d (and one sweep). */
    @Test
    void theStartsTableHasOneColumnD() throws SQLException {
        String files = "read_parquet('" + root + "/search/starts/*/*/*.parquet', hive_partitioning = %s)";
        List<String> inFiles = columns(files.formatted("false"));
        assertTrue(inFiles.contains("cell_index") && !inFiles.contains("d") && !inFiles.contains("sweep"), "file columns " + inFiles);
        List<String> table = columns(files.formatted("true"));
        assertEquals(1, table.stream().filter("d"::equals).count(), "table columns " + table);
        assertEquals(table.size(), table.stream().distinct().count(), "no duplicate: " + table);
        List<String> spark = List.of(SharedSpark.get().read().parquet(root.resolve("search/starts").toString()).columns());
        assertEquals(1, spark.stream().filter("d"::equals).count(), "Spark's columns " + spark);
    }

    private static List<String> columns(String relation) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection con = DriverManager.getConnection("jdbc:duckdb:"); Statement s = con.createStatement();
             ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM " + relation)) {
            while (r.next()) {
                names.add(r.getString("column_name"));
            }
        }
        return names;
    }

    @Test
    void compareShowsTheSameRows() throws SQLException {
        for (List<String> expected : concat(expectedRows("gap"), expectedRows("never"))) {
            Pattern line = Pattern.compile("(?m)^\\s*" + String.join("\\s+", expected.stream().map(Pattern::quote).toList()) + "$");
            assertTrue(line.matcher(compare).find(), "row " + expected + " in\n" + compare);
        }
    }

    @Test
    void theConclusionCountsTheDecidedStartsAndViolationsOfTheTable() throws SQLException {
        String starts = "read_parquet('" + root + "/search/starts/sweep=gap/*/*.parquet', hive_partitioning = true)";
        double decided = scalar("SELECT count(*) FROM " + starts + " WHERE best_kind = 'DECIDED'");
        double above = scalar("SELECT count(*) FROM " + starts + " WHERE best_kind = 'DECIDED' AND best_value > theorem_value");
        // the gap search's objective is read at t = 0 by the closed form: E'(0)/E(0) = slack at 0 - ρ(0), theorem_sup_rate = -ρ(0)
        double sup = scalar("SELECT max(rate_gap_at_0 + theorem_sup_rate) FROM " + starts + " WHERE best_kind = 'DECIDED'");
        assertEquals(4, decided, "every start of gap is decided");
        assertEquals(0, above, "Theorem 1 holds at t = 0 on these data");
        String conclusion = lineOf(compare, "conclusion:", 0);
        assertTrue(conclusion.startsWith(String.format(Locale.ROOT, "conclusion: E'(0)/E(0) found at the best points (closed form, exact): %.6g (d = 2, at gap-", sup)),
                conclusion);
        assertTrue(conclusion.endsWith("; no violation in 4 decided starts (no best value above the theorem's)"), conclusion);
        assertTrue(html.contains(escape(conclusion)), "the same sentence on the page");
        assertTrue(html.contains(escape("<li>Search gap (max_rate_gap_at_0): " + conclusion).replace("&lt;li&gt;", "<li>")),
                "and in the page's findings");
        String never = lineOf(compare, "conclusion:", 1);
        assertTrue(never.contains("sup E'/E found at the best points: none decided")
                && never.endsWith("no violation in 0 decided starts (no best value above the theorem's); 2 starts not decided, not counted"),
                never);
    }

    @Test
    void theFindingsOfTheSearchEndWithTheSameConclusion() throws IOException {
        List<String> findings = Files.readAllLines(root.resolve("search/findings/gap.txt"));
        assertEquals(lineOf(compare, "conclusion:", 0), findings.get(findings.size() - 1));
        assertTrue(html.contains(escape(findings.get(0))), "the page shows the findings with the re-solves");
    }

    private static double scalar(String sql) throws SQLException {
        try (Connection con = DriverManager.getConnection("jdbc:duckdb:"); Statement s = con.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getDouble(1);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String lineOf(String text, String prefix, int which) {
        return text.lines().filter(l -> l.startsWith(prefix)).skip(which).findFirst().orElseThrow(() -> new AssertionError(text));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
