package org.landausweep.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.landausweep.sweeps.SweepSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The persistent state of one sweep in an output: which specification its tables belong to and which
 * batches are committed. A batch is committed exactly when its marker exists; any table file without
 * one is the leftover of an interrupted commit and is deleted before the sweep goes on.
 */
public final class SweepState {
    private static final Logger LOG = LoggerFactory.getLogger(SweepState.class);

    private final SweepLayout layout;
    private final SweepSource source;

    private SweepState(SweepLayout layout, SweepSource source) {
        this.layout = layout;
        this.source = source;
    }

    /**
     * Opens the sweep's state, claiming it for {@code source}'s specification when it is new. With {@code overwrite} the
     * sweep's partitions and state are deleted first; otherwise a sweep of the same name made from a
     * different specification is refused with a {@link SpecMismatchException}, and nothing is changed.
     */
    public static SweepState open(SweepLayout layout, SweepSource source, boolean overwrite) throws IOException {
        SweepSpec spec = source.spec();
        if (!layout.sweep().equals(spec.name())) {
            throw new IllegalArgumentException("layout of sweep " + layout.sweep() + " used for sweep " + spec.name());
        }
        if (overwrite) {
            for (String table : SweepLayout.TABLES) {
                delete(layout, layout.tableRoot(table));
            }
            delete(layout, layout.stagingRoot());
            delete(layout, layout.stateDir());
        }
        if (layout.fs().exists(layout.fingerprintFile())) {
            String existing = read(layout, layout.fingerprintFile()).strip();
            if (!existing.equals(spec.fingerprint())) {
                throw new SpecMismatchException("output " + layout.root() + " already holds sweep " + spec.name()
                        + " of another specification (fingerprint " + existing + ", see " + layout.specFile()
                        + "; this one is " + spec.fingerprint() + "): rerun with --overwrite to replace it,"
                        + " or choose another --output or sweep name");
            }
        } else {
            // The fingerprint goes last: once it exists, spec.json is complete.
            write(layout, layout.specFile(), spec.canonicalJson() + "\n");
            write(layout, layout.fingerprintFile(), spec.fingerprint() + "\n");
        }
        return new SweepState(layout, source);
    }

    /** Where the sweep lives. */
    public SweepLayout layout() {
        return layout;
    }

    /** The specification the sweep's tables belong to, with its text. */
    public SweepSource source() {
        return source;
    }

    /** The specification the sweep's tables belong to. */
    public SweepSpec spec() {
        return source.spec();
    }

    /** The ids of the committed batches. */
    public Set<String> committed() throws IOException {
        Set<String> ids = new TreeSet<>();
        if (layout.fs().exists(layout.committedDir())) {
            for (FileStatus marker : layout.fs().listStatus(layout.committedDir())) {
                ids.add(marker.getPath().getName());
            }
        }
        return ids;
    }

    /**
     * Deletes what an interrupted run left: the staging directory, and every table file of a batch that
     * is not committed (a crash between the renames of a commit leaves one).
     *
     * @return the number of table files deleted
     */
    public int removeLeftovers() throws IOException {
        clearStaging();
        Set<String> committed = committed();
        int deleted = 0;
        for (String table : SweepLayout.TABLES) {
            Path tableRoot = layout.tableRoot(table);
            if (!layout.fs().exists(tableRoot)) {
                continue;
            }
            for (FileStatus dim : layout.fs().listStatus(tableRoot, p -> p.getName().startsWith("d="))) {
                for (FileStatus file : layout.fs().listStatus(dim.getPath())) {
                    String batch = SweepLayout.batchIdOf(file.getPath().getName());
                    if (batch != null && !committed.contains(batch)) {
                        LOG.info("deleting {}: its batch was never committed", file.getPath());
                        delete(layout, file.getPath());
                        deleted++;
                    }
                }
            }
        }
        return deleted;
    }

    /** Deletes the sweep's staging directory. */
    public void clearStaging() throws IOException {
        delete(layout, layout.stagingRoot());
    }

    private static void delete(SweepLayout layout, Path path) throws IOException {
        if (layout.fs().exists(path) && !layout.fs().delete(path, true)) {
            throw new IOException("cannot delete " + path);
        }
    }

    private static String read(SweepLayout layout, Path file) throws IOException {
        try (InputStream in = layout.fs().open(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void write(SweepLayout layout, Path file, String text) throws IOException {
        try (OutputStream out = layout.fs().create(file, true)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
