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
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.landausweep.jobs.SharedSpark;

/**
 * Each table folder of an output opens as it is: nothing but Parquet files in it (pandas, pyarrow and
 * polars refuse Hadoop's .crc side files), and DuckDB, pyarrow and pandas read the rows Spark wrote.
 */
class TablesAreFoldersTest {
    private static final Path PYTHON = Path.of("/usr/bin/python3");

    @Test
    void tableFoldersHoldParquetFilesOnly() throws IOException {
        for (String table : DuckDb.TABLES) {
            try (Stream<Path> files = Files.walk(TinyOutput.root().resolve(table))) {
                List<String> other = files.filter(Files::isRegularFile).map(Path::toString).filter(f -> !f.endsWith(".parquet")
                        || Path.of(f).getFileName().toString().startsWith(".")).toList();
                assertEquals(List.of(), other, table);
            }
        }
    }

    @Test
    void duckDbReadsTheRowsSparkWrote() throws IOException, SQLException {
        Path root = TinyOutput.root();
        try (Connection con = DuckDb.open(root); Statement s = con.createStatement()) {
            for (String table : DuckDb.TABLES) {
                long spark = SharedSpark.get().read().parquet(root.resolve(table).toString()).count();
                try (ResultSet rows = s.executeQuery("SELECT count(*) FROM " + table)) {
                    rows.next();
                    assertEquals(spark, rows.getLong(1), table);
                }
            }
        }
    }

    @Test
    void pyarrowAndPandasOpenEachTableFolder() throws IOException, InterruptedException {
        Assumptions.assumeTrue(python("import pyarrow, pandas") == 0,
                "skipped: /usr/bin/python3 has no pyarrow and pandas (Debian 12 packages no python3-pyarrow)");
        Path root = TinyOutput.root();
        for (String table : DuckDb.TABLES) {
            long spark = SharedSpark.get().read().parquet(root.resolve(table).toString()).count();
            String folder = root.resolve(table).toString();
            assertEquals(0, python("import sys, pandas, pyarrow.dataset as ds\n"
                    + "n = ds.dataset('" + folder + "', partitioning='hive').count_rows()\n"
                    + "m = len(pandas.read_parquet('" + folder + "'))\n"
                    + "sys.exit(0 if n == m == " + spark + " else 1)"), table);
        }
    }

    private static int python(String script) throws IOException, InterruptedException {
        if (!Files.isExecutable(PYTHON)) {
            return -1;
        }
        Process p = new ProcessBuilder(PYTHON.toString(), "-c", script).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }
}
