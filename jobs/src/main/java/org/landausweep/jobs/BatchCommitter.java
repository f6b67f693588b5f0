package org.landausweep.jobs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Commits a batch that Spark has written to its staging directory: moves the timeseries file, then the
 * runs file, to their deterministic names in the partition directories, then creates the batch's
 * marker, which names each file with its size, row count and SHA-256 ({@link BatchManifest}). The
 * marker is the commit point; a crash before it leaves files that {@link SweepState} deletes on the
 * next start, so readers never see a run twice once the sweep is finished. Nothing is moved or marked
 * once the driver has lost its lease.
 */
public final class BatchCommitter {
    private final SweepLayout layout;
    private final SweepLease lease;

    public BatchCommitter(SweepLayout layout, SweepLease lease) {
        this.layout = layout;
        this.lease = lease;
    }

    /** Moves the staged files of {@code batch} into the tables and marks it committed. */
    public void commit(Batch batch) throws IOException {
        FileSystem fs = layout.fs();
        lease.check();
        List<BatchManifest.Entry> entries = new ArrayList<>();
        for (String table : layout.tables()) {
            Path staged = stagedFile(layout.staging(batch, table));
            if (staged == null) {
                continue; // an empty table part, e.g. no timeseries when every run of the batch failed
            }
            Path target = layout.tableFile(table, batch);
            if (!fs.mkdirs(target.getParent()) || !fs.rename(staged, target)) {
                throw new IOException("cannot move " + staged + " to " + target + " (does it exist already?)");
            }
            entries.add(BatchManifest.measure(layout, table, SweepLayout.relativeTableFile(batch)));
        }
        lease.check();
        Path marker = layout.marker(batch);
        if (!OutputFiles.createExclusive(fs, marker, new BatchManifest(batch.id(), entries).toJson())) {
            throw new IOException("cannot commit batch " + batch.id() + ": its marker " + marker + " exists already");
        }
        fs.delete(layout.staging(batch), true);
    }

    /** The single data file Spark wrote into {@code dir}, or null when it wrote none. */
    private Path stagedFile(Path dir) throws IOException {
        FileStatus[] parts = layout.fs().listStatus(dir, p -> p.getName().startsWith("part-"));
        if (parts.length > 1) {
            throw new IOException("expected one data file in " + dir + ", found " + parts.length);
        }
        return parts.length == 0 ? null : parts[0].getPath();
    }
}
