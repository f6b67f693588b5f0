package org.landausweep.jobs;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Where one sweep lives under an output root, on any Hadoop file system:
 * <pre>
 * ROOT/runs/sweep=NAME/d=D/part-BATCH.parquet        the runs table
 * ROOT/timeseries/sweep=NAME/d=D/part-BATCH.parquet  the timeseries table
 * ROOT/_sweeps/NAME/spec.json, fingerprint           the specification the tables belong to
 * ROOT/_sweeps/NAME/committed/BATCH                  one marker per committed batch, naming its files
 * ROOT/_leases/NAME                                  the lease of the driver writing the sweep
 * ROOT/_quarantine/NAME/TIME/...                     files moved aside: unnamed, or of a damaged batch
 * ROOT/_staging/NAME/batch-BATCH/{runs,timeseries}/  Spark's output before it is committed
 * </pre>
 *
 * The same layout holds a search's tables ({@code starts}, {@code trajectory}) under {@code PATH/search}.
 *
 * @param fs     the file system of the root
 * @param root   the output root, fully qualified
 * @param sweep  the sweep's name
 * @param tables the tables one batch writes, in commit order
 */
public record SweepLayout(FileSystem fs, Path root, String sweep, List<String> tables) {
    /** Table name of the runs table. */
    public static final String RUNS = "runs";
    /** Table name of the timeseries table. */
    public static final String TIMESERIES = "timeseries";
    /** The tables, in commit order: a runs file is only ever committed next to its timeseries file. */
    public static final List<String> TABLES = List.of(TIMESERIES, RUNS);

    private static final Pattern TABLE_FILE = Pattern.compile("part-(.+)\\.parquet");

    /** The layout of a sweep: its tables are {@link #TABLES}. */
    public SweepLayout(FileSystem fs, Path root, String sweep) {
        this(fs, root, sweep, TABLES);
    }

    /** The layout of sweep {@code sweep} under {@code output}, resolved against the file system's working directory. */
    public static SweepLayout of(Path output, Configuration conf, String sweep) throws IOException {
        return of(output, conf, sweep, TABLES);
    }

    /** The layout of {@code sweep} whose batches write {@code tables}, under {@code output}. */
    public static SweepLayout of(Path output, Configuration conf, String sweep, List<String> tables) throws IOException {
        FileSystem fs = output.getFileSystem(conf);
        return new SweepLayout(fs, fs.makeQualified(output), sweep, List.copyOf(tables));
    }

    /** The sweep's partition of {@code table}: {@code ROOT/table/sweep=NAME}. */
    public Path tableRoot(String table) {
        return new Path(new Path(root, table), "sweep=" + sweep);
    }

    /** The file of {@code table} that holds batch {@code batch}. */
    public Path tableFile(String table, Batch batch) {
        return new Path(tableRoot(table), relativeTableFile(batch));
    }

    /** The path of {@code batch}'s file of any table, relative to the sweep's partition of the table: {@code d=D/part-BATCH.parquet}. */
    public static String relativeTableFile(Batch batch) {
        return "d=" + batch.d() + "/part-" + batch.id() + ".parquet";
    }

    /** The batch id of a table file name, or null when the name is not one of ours. */
    public static String batchIdOf(String tableFileName) {
        Matcher m = TABLE_FILE.matcher(tableFileName);
        return m.matches() ? m.group(1) : null;
    }

    /** {@code ROOT/_sweeps/NAME}. */
    public Path stateDir() {
        return new Path(new Path(root, "_sweeps"), sweep);
    }

    /** The canonical JSON of the specification. */
    public Path specFile() {
        return new Path(stateDir(), "spec.json");
    }

    /** The fingerprint of the specification, written after {@link #specFile()}. */
    public Path fingerprintFile() {
        return new Path(stateDir(), "fingerprint");
    }

    /** The directory of commit markers. */
    public Path committedDir() {
        return new Path(stateDir(), "committed");
    }

    /** The commit marker of {@code batch}. */
    public Path marker(Batch batch) {
        return new Path(committedDir(), batch.id());
    }

    /** {@code ROOT/_leases/NAME}: held by the driver that writes the sweep ({@link SweepLease}). */
    public Path leaseFile() {
        return new Path(new Path(root, "_leases"), sweep);
    }

    /** {@code ROOT/_quarantine/NAME}: where files that no marker names, or that fail their marker, are moved. */
    public Path quarantineRoot() {
        return new Path(new Path(root, "_quarantine"), sweep);
    }

    /** {@code ROOT/_staging/NAME}. */
    public Path stagingRoot() {
        return new Path(new Path(root, "_staging"), sweep);
    }

    /** The staging directory of {@code batch}. */
    public Path staging(Batch batch) {
        return new Path(stagingRoot(), "batch-" + batch.id());
    }

    /** Where Spark writes {@code table} of {@code batch} before it is committed. */
    public Path staging(Batch batch, String table) {
        return new Path(staging(batch), table);
    }
}
