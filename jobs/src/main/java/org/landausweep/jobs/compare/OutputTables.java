package org.landausweep.jobs.compare;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.landausweep.jobs.SweepLayout;

/**
 * The tables of an output root ({@code ROOT/<table>/sweep=<name>/d=<d>/*.parquet}), read one sweep at a
 * time with their partition columns {@code sweep} and {@code d}.
 *
 * @param spark the session that reads
 * @param fs    the file system of the root
 * @param root  the output root, fully qualified
 */
public record OutputTables(SparkSession spark, FileSystem fs, Path root) {
    /** Table name of the summary table. */
    public static final String SUMMARY = "summary";

    private static final String SWEEP_PREFIX = "sweep=";

    /** The tables under {@code output}, on the file system Spark's Hadoop configuration gives. */
    public static OutputTables of(SparkSession spark, String output) throws IOException {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        Path path = new Path(output);
        FileSystem fs = path.getFileSystem(conf);
        return new OutputTables(spark, fs, fs.makeQualified(path));
    }

    /** Where sweep {@code sweep} lives under the root. */
    public SweepLayout layout(String sweep) {
        return new SweepLayout(fs, root, sweep);
    }

    /** The names of the sweeps that have a partition in {@code table}, sorted; empty when the table does not exist. */
    public List<String> sweeps(String table) throws IOException {
        List<String> names = new ArrayList<>();
        try {
            for (FileStatus dir : fs.listStatus(new Path(root, table), p -> p.getName().startsWith(SWEEP_PREFIX))) {
                names.add(dir.getPath().getName().substring(SWEEP_PREFIX.length()));
            }
        } catch (FileNotFoundException e) {
            return List.of();
        }
        return names.stream().sorted().toList();
    }

    /** Sweep {@code sweep}'s rows of {@code table}, with the columns {@code sweep} and {@code d}. */
    public Dataset<Row> read(String table, String sweep) throws IOException {
        Path partition = layout(sweep).tableRoot(table);
        if (!fs.exists(partition)) {
            throw new FileNotFoundException("no " + table + " table of sweep " + sweep + " in " + root + " (" + partition + " is missing)");
        }
        return spark.read().option("basePath", new Path(root, table).toString()).parquet(partition.toString());
    }
}
