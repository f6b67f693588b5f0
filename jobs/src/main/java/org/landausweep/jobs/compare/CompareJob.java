package org.landausweep.jobs.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.landausweep.jobs.SweepLayout;

/**
 * Writes the summary of one sweep ({@link SummaryQuery}) to {@code ROOT/summary/sweep=NAME/d=D/}. The
 * table is written to {@code ROOT/_staging/summary-NAME} and then moved in place of the sweep's old
 * summary, so other sweeps' summaries are never touched and running again on the same input gives
 * the same rows. The findings in words ({@link Findings}) go to {@code ROOT/findings/NAME.txt}.
 */
public final class CompareJob {
    /** Folder of the output root with one text file of findings per sweep. */
    public static final String FINDINGS = "findings";

    private final OutputTables tables;

    /** @param tables the output root to read from and write to */
    public CompareJob(OutputTables tables) {
        this.tables = tables;
    }

    /**
     * Summarizes sweep {@code sweep} and replaces its summary.
     *
     * @return the summary rows, by d, family and λmax bin
     */
    public List<SummaryGroup> run(String sweep) throws IOException {
        SweepLayout layout = tables.layout(sweep);
        Dataset<Row> summary = SummaryQuery.summarize(tables.spark(),
                tables.read(SweepLayout.RUNS, sweep), tables.read(SweepLayout.TIMESERIES, sweep)).cache();
        try {
            Path staging = new Path(new Path(tables.root(), "_staging"), OutputTables.SUMMARY + "-" + sweep);
            summary.coalesce(1).write().mode(SaveMode.Overwrite).partitionBy("sweep", "d").parquet(staging.toString());
            replace(tables.fs(), new Path(staging, "sweep=" + sweep), layout.tableRoot(OutputTables.SUMMARY));
            tables.fs().delete(staging, true);
            List<SummaryGroup> groups = summary.collectAsList().stream().map(SummaryGroup::of).toList();
            writeFindings(sweep, new Findings(sweep, groups));
            return groups;
        } finally {
            summary.unpersist();
        }
    }

    /** The findings in words, for readers of the output that do not run Java (the notebooks): {@code ROOT/findings/NAME.txt}. */
    private void writeFindings(String sweep, Findings findings) throws IOException {
        try (FSDataOutputStream out = tables.fs().create(findingsFile(tables.root(), sweep), true)) {
            out.write((findings.text() + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Where {@code compare} writes the findings of {@code sweep}. */
    public static Path findingsFile(Path root, String sweep) {
        return new Path(new Path(root, FINDINGS), sweep + ".txt");
    }

    private static void replace(FileSystem fs, Path source, Path target) throws IOException {
        if (fs.exists(target) && !fs.delete(target, true)) {
            throw new IOException("cannot delete the old summary " + target);
        }
        fs.mkdirs(target.getParent());
        if (!fs.rename(source, target)) {
            throw new IOException("cannot move " + source + " to " + target);
        }
    }
}
