package org.landausweep.jobs.compare;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** An in-memory DuckDB over an output root's tables, with the views runs, timeseries and summary as notebooks/lsquery.py makes them. */
final class DuckDb {
    static final List<String> TABLES = List.of("runs", "timeseries", "summary");

    private DuckDb() {
    }

    static Connection open(Path root) throws SQLException {
        Connection con = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement s = con.createStatement()) {
            for (String table : TABLES) {
                s.execute("CREATE VIEW " + table + " AS SELECT * FROM read_parquet('" + root.resolve(table)
                        + "/sweep=*/d=*/*.parquet', hive_partitioning = true, union_by_name = true)");
            }
        }
        return con;
    }
}
