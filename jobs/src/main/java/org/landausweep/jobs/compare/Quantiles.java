package org.landausweep.jobs.compare;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The quantiles the summary reports, and their one definition: exact (not sketched) percentiles with
 * linear interpolation between order statistics (Hyndman–Fan type 7; Spark's {@code percentile},
 * DuckDB's {@code quantile_cont}, numpy's default). For the n non-null values sorted as
 * x_(0) &lt;= ... &lt;= x_(n-1) and a probability p,
 * <pre>
 *   h = (n - 1) p,   q(p) = x_(⌊h⌋) + (h - ⌊h⌋) (x_(⌊h⌋+1) - x_(⌊h⌋)),
 * </pre>
 * so q(0) is the minimum, q(1) the maximum and q(0.5) the usual median. Nulls are left out; a group
 * without values has null quantiles.
 */
public final class Quantiles {
    /** The reported quantiles, in column order. */
    public static final List<Level> LEVELS = List.of(
            new Level("min", 0.0), new Level("p01", 0.01), new Level("p50", 0.5), new Level("p99", 0.99), new Level("max", 1.0));

    /**
     * One reported quantile.
     *
     * @param suffix      the column suffix: column {@code <quantity>_<suffix>}
     * @param probability p
     */
    public record Level(String suffix, double probability) {
    }

    private Quantiles() {
    }

    /** Spark SQL aggregate: the array of the {@link #LEVELS} of {@code expression}, in one exact pass. */
    public static String percentilesSql(String expression) {
        return "percentile(" + expression + ", array("
                + LEVELS.stream().map(l -> Double.toString(l.probability())).collect(Collectors.joining(", ")) + "))";
    }

    /** Spark SQL that spreads the array {@code array} made by {@link #percentilesSql} into the columns {@code name_<suffix>}. */
    public static String columnsSql(String array, String name) {
        return IntStream.range(0, LEVELS.size())
                .mapToObj(i -> array + "[" + i + "] AS " + name + "_" + LEVELS.get(i).suffix())
                .collect(Collectors.joining(", "));
    }
}
