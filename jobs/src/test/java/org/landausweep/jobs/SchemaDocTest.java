package org.landausweep.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** SCHEMA.md documents every column of both tables, in table order, with its Spark SQL type. */
class SchemaDocTest {
    /** A table row of SCHEMA.md: | `column` | type | meaning |. */
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9_]+)` \\| `([^`]+)` \\|");

    @Test
    void schemaDocListsEveryColumn() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("SCHEMA.md"));
        int timeseries = lines.indexOf("## timeseries");
        assertEquals(documented(TableSchemas.RUNS), columns(lines.subList(0, timeseries)));
        assertEquals(documented(TableSchemas.TIMESERIES), columns(lines.subList(timeseries, lines.size())));
    }

    private static List<String> documented(StructType schema) {
        return Stream.concat(Stream.of(schema.fields()).map(SchemaDocTest::entry), Stream.of("sweep string", "d int")).toList();
    }

    private static String entry(StructField field) {
        return field.name() + " " + field.dataType().simpleString();
    }

    private static List<String> columns(List<String> lines) {
        List<String> columns = new ArrayList<>();
        for (String line : lines) {
            Matcher m = ROW.matcher(line);
            if (m.find()) {
                columns.add(m.group(1) + " " + m.group(2));
            }
        }
        return columns;
    }
}
