package org.landausweep.core.columns;

/**
 * The value types of a column, independent of Spark (solver-core is pure Java). Each names the Java
 * value a {@link Column} reads, and the Spark SQL type the sweep tables store it as
 * ({@link #sqlName()}, as {@code DataType.simpleString()} spells it).
 */
public enum ColumnType {
    /** {@link String}. */
    STRING("string"),
    /** {@link Integer}. */
    INT("int"),
    /** {@link Long}. */
    LONG("bigint"),
    /** {@link Double}, null for a number that is not finite. */
    DOUBLE("double"),
    /** {@link Boolean}. */
    BOOLEAN("boolean"),
    /** {@code Double[]}, each entry null when not finite. */
    DOUBLES("array<double>"),
    /** {@code Double[][]}: a list of number lists (e.g. intervals). */
    DOUBLE_LISTS("array<array<double>>"),
    /** {@code java.util.Map<String, String>}. */
    STRING_MAP("map<string,string>"),
    /** {@code java.util.Map<String, Double[]>}: numbers by name, each a list (a number, or the ends of a range). */
    DOUBLES_MAP("map<string,array<double>>"),
    /** {@link java.sql.Timestamp}: an instant, stored in UTC. */
    TIMESTAMP("timestamp");

    private final String sqlName;

    ColumnType(String sqlName) {
        this.sqlName = sqlName;
    }

    /** The Spark SQL type's name, as in {@code jobs/SCHEMA.md}. */
    public String sqlName() {
        return sqlName;
    }
}
