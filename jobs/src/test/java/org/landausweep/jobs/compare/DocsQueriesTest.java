package org.landausweep.jobs.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.landausweep.jobs.SharedSpark;

/**
 * Every {@code ```sql} block of docs/ANALYSIS.md and of the README runs on the tiny output, in Spark SQL
 * and in DuckDB, and returns rows. The documents name the sweep {@code quick}; here it is sweep cmp.
 */
class DocsQueriesTest {
    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern BLOCK = Pattern.compile("^( *)```sql\\n(.*?)^ *```", Pattern.MULTILINE | Pattern.DOTALL);

    /** The SQL blocks of a Markdown file, their indentation removed. */
    static List<String> sqlBlocks(Path markdown) throws IOException {
        Matcher m = BLOCK.matcher(Files.readString(markdown));
        List<String> blocks = new ArrayList<>();
        while (m.find()) {
            String indent = m.group(1);
            blocks.add(m.group(2).lines().map(l -> l.startsWith(indent) ? l.substring(indent.length()) : l)
                    .reduce("", (a, b) -> a + b + "\n").strip());
        }
        return blocks;
    }

    private static List<String> queries() throws IOException {
        List<String> all = new ArrayList<>(sqlBlocks(REPOSITORY.resolve("docs/ANALYSIS.md")));
        assertEquals(3, all.size(), "docs/ANALYSIS.md has three example queries");
        List<String> readme = sqlBlocks(REPOSITORY.resolve("README.md"));
        assertTrue(!readme.isEmpty(), "the README has a query");
        all.addAll(readme);
        return all.stream().map(q -> q.replace("'quick'", "'cmp'")).toList();
    }

    @Test
    void everyDocumentedQueryReturnsRowsInSparkSql() throws IOException {
        Path root = TinyOutput.root();
        SparkSession spark = SharedSpark.get();
        for (String table : DuckDb.TABLES) {
            spark.read().parquet(root.resolve(table).toString()).createOrReplaceTempView(table);
        }
        for (String query : queries()) {
            assertTrue(spark.sql(query).count() > 0, "no rows from\n" + query);
        }
    }

    @Test
    void everyDocumentedQueryReturnsRowsInDuckDb() throws IOException, SQLException {
        try (Connection con = DuckDb.open(TinyOutput.root()); Statement s = con.createStatement()) {
            for (String query : queries()) {
                try (ResultSet rows = s.executeQuery(query)) {
                    assertTrue(rows.next(), "no rows from\n" + query);
                }
            }
        }
    }
}
