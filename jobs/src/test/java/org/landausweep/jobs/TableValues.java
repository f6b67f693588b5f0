package org.landausweep.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.spark.sql.Row;
import scala.jdk.javaapi.CollectionConverters;

/** Values of table rows and of the solve command's JSON in one comparable form: numbers as Double, arrays as Lists. */
final class TableValues {

    private TableValues() {
    }

    /** The value of {@code column} in {@code row}. */
    static Object of(Row row, String column) {
        return plain(row.get(row.fieldIndex(column)));
    }

    /** The row as column -> value, without the columns named in {@code except}. */
    static Map<String, Object> of(Row row, List<String> except) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String column : row.schema().fieldNames()) {
            if (!except.contains(column)) {
                values.put(column, of(row, column));
            }
        }
        return values;
    }

    static Object plain(Object value) {
        if (value instanceof scala.collection.Seq<?> seq) {
            return CollectionConverters.asJava(seq).stream().map(TableValues::plain).toList();
        }
        if (value instanceof scala.collection.Map<?, ?> map) {
            Map<Object, Object> plain = new LinkedHashMap<>();
            CollectionConverters.asJava(map).forEach((k, v) -> plain.put(k, plain(v)));
            return plain;
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        return value;
    }

    static Object plain(JsonNode node) {
        if (node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        List<Object> items = new ArrayList<>();
        StreamSupport.stream(node.spliterator(), false).map(TableValues::plain).forEach(items::add);
        return items;
    }
}
