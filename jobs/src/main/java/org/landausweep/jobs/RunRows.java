package org.landausweep.jobs;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.landausweep.core.columns.Column;
import org.landausweep.core.evolution.SolveResult;
import org.landausweep.jobs.SweepColumns.SolvedRun;
import org.landausweep.sweeps.RunSpec;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Turns one run and its solve into a row of {@link TableSchemas#SOLVED}, column by column of
 * {@link SweepColumns}: the values of {@code solve}'s JSON, a non-finite number as null, every solve
 * output of a FAILED run null (its sampled curves are empty).
 */
public final class RunRows {
    private static final List<Column<SolvedRun>> SOLVED = Stream.concat(SweepColumns.RUNS.stream(), SweepColumns.SAMPLES.stream()).toList();

    private RunRows() {
    }

    /**
     * The row of {@code run}, solved as {@code result}, in a sweep whose specification has {@code fingerprint};
     * {@code crossCheck} is the largest relative difference of E to the grid solver, or null; {@code provenance}
     * says by which build and when.
     */
    public static Row of(RunSpec run, SolveResult result, Double crossCheck, String fingerprint, Provenance provenance) {
        SolvedRun solved = new SolvedRun(run, result, crossCheck, fingerprint, provenance);
        return RowFactory.create(SOLVED.stream().map(c -> spark(c.valueOf(solved))).toArray());
    }

    /** Spark's Row encoder takes Scala maps only. */
    private static Object spark(Object value) {
        return value instanceof Map<?, ?> map ? CollectionConverters.asScala(map) : value;
    }
}
