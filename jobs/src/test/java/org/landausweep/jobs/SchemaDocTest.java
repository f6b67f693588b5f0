package org.landausweep.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.landausweep.core.columns.Column;
import org.landausweep.core.columns.ColumnType;
import org.landausweep.jobs.SweepColumns.SolvedRun;

/**
 * SCHEMA.md documents every column of both tables as the registry {@link SweepColumns} declares it: in
 * table order, with its Spark SQL type and its meaning, word for word. On a failure, the expected table
 * rows are in the message: paste them into SCHEMA.md.
 */
class SchemaDocTest {

    @Test
    void schemaDocIsTheRegistry() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("SCHEMA.md"));
        int timeseries = lines.indexOf("## timeseries");
        assertEquals(String.join("\n", rows(SweepColumns.RUNS)), String.join("\n", tableRows(lines.subList(0, timeseries))));
        assertEquals(String.join("\n", rows(SweepColumns.TIMESERIES)), String.join("\n", tableRows(lines.subList(timeseries, lines.size()))));
    }

    @Test
    void sqlNamesAreSparksOwn() {
        for (ColumnType type : ColumnType.values()) {
            assertEquals(TableSchemas.sparkType(type).simpleString(), type.sqlName(), type.name());
        }
    }

    private static List<String> rows(List<Column<SolvedRun>> columns) {
        return Stream.concat(columns.stream(), SweepColumns.PARTITIONS.stream())
                .map(c -> "| `" + c.name() + "` | `" + c.type().sqlName() + "` | " + c.meaning() + " |").toList();
    }

    private static List<String> tableRows(List<String> lines) {
        return lines.stream().filter(line -> line.startsWith("| `")).toList();
    }
}
