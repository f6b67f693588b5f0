package org.landausweep.jobs;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.hadoop.fs.Path;
import org.landausweep.sweeps.SweepSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The persistent state of one sweep in an output, held by one driver at a time ({@link SweepLease}):
 * which specification its tables belong to and which batches are committed. A batch is committed
 * exactly when its marker exists and its files match it ({@link SweepVerification}); anything else in
 * the sweep's table partitions is deleted (the leftover of an interrupted commit) or moved aside
 * before the sweep goes on. Close it to give the lease back.
 */
public final class SweepState implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(SweepState.class);
    private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{64}");

    private final SweepLayout layout;
    private final SweepSource source;
    private final SweepLease lease;

    private SweepState(SweepLayout layout, SweepSource source, SweepLease lease) {
        this.layout = layout;
        this.source = source;
        this.lease = lease;
    }

    /**
     * What an output is claimed for: a sweep's or a search's name, fingerprint and canonical JSON.
     *
     * @param name          the name, that of the layout
     * @param fingerprint   SHA-256 of the canonical JSON, in hex
     * @param canonicalJson the specification with its defaults filled in
     */
    public record Identity(String name, String fingerprint, String canonicalJson) {
    }

    /** {@link #open(SweepLayout, SweepSource, boolean, Duration, boolean, Consumer)} with the default lease timeout, logging its lines. */
    public static SweepState open(SweepLayout layout, SweepSource source, boolean overwrite) throws IOException {
        return open(layout, source, overwrite, SweepLease.DEFAULT_TIMEOUT, false, LOG::info);
    }

    /**
     * Takes the sweep's lease, then opens its state, claiming it for {@code source}'s specification when it
     * is new. With {@code overwrite} the sweep's partitions and state are deleted first; otherwise a sweep of
     * the same name made from a different specification is refused with a {@link SpecMismatchException}, and
     * nothing is changed. A fingerprint that is not one (empty, cut) is damage: claimed anew when no batch
     * is committed, else refused with a {@link DamagedOutputException}.
     *
     * @throws LeaseHeldException when another driver holds the sweep
     */
    public static SweepState open(SweepLayout layout, SweepSource source, boolean overwrite, Duration leaseTimeout,
                                  boolean breakLease, Consumer<String> out) throws IOException {
        SweepSpec spec = source.spec();
        return open(layout, new Identity(spec.name(), spec.fingerprint(), spec.canonicalJson()), source, overwrite, leaseTimeout, breakLease, out);
    }

    /**
     * As {@link #open(SweepLayout, SweepSource, boolean, Duration, boolean, Consumer)} for an output that is not a
     * sweep's (a search's): its {@link #source()} is null.
     */
    public static SweepState open(SweepLayout layout, Identity spec, boolean overwrite, Duration leaseTimeout,
                                  boolean breakLease, Consumer<String> out) throws IOException {
        return open(layout, spec, null, overwrite, leaseTimeout, breakLease, out);
    }

    private static SweepState open(SweepLayout layout, Identity spec, SweepSource source, boolean overwrite, Duration leaseTimeout,
                                   boolean breakLease, Consumer<String> out) throws IOException {
        if (!layout.sweep().equals(spec.name())) {
            throw new IllegalArgumentException("layout of sweep " + layout.sweep() + " used for sweep " + spec.name());
        }
        SweepLease lease = SweepLease.acquire(layout, leaseTimeout, breakLease, out);
        try {
            if (overwrite) {
                for (String table : layout.tables()) {
                    delete(layout, layout.tableRoot(table));
                }
                delete(layout, layout.stagingRoot());
                delete(layout, layout.stateDir());
            }
            claim(layout, spec, out);
            return new SweepState(layout, source, lease);
        } catch (IOException | RuntimeException e) {
            lease.close();
            throw e;
        }
    }

    private static void claim(SweepLayout layout, Identity spec, Consumer<String> out) throws IOException {
        Path fingerprint = layout.fingerprintFile();
        if (layout.fs().exists(fingerprint)) {
            String existing = OutputFiles.read(layout.fs(), fingerprint).strip();
            if (FINGERPRINT.matcher(existing).matches()) {
                if (!existing.equals(spec.fingerprint())) {
                    throw new SpecMismatchException("output " + layout.root() + " already holds sweep " + spec.name()
                            + " of another specification (fingerprint " + existing + ", see " + layout.specFile()
                            + "; this one is " + spec.fingerprint() + "): rerun with --overwrite to replace it,"
                            + " or choose another --output or sweep name");
                }
                return;
            }
            String damage = "the fingerprint " + fingerprint + " is damaged (" + (existing.isEmpty() ? "empty" : "not a SHA-256") + ")";
            if (!SweepVerification.markers(layout).isEmpty()) {
                throw new DamagedOutputException(damage + " and batches are committed: which specification they belong to is"
                        + " unknown; rerun with --overwrite to solve the sweep again");
            }
            out.accept("sweep " + spec.name() + ": " + damage + " and no batch is committed: claiming it for this specification");
        }
        // Each file is whole or absent; the fingerprint goes last: once it exists, spec.json is complete.
        OutputFiles.replace(layout.fs(), layout.specFile(), spec.canonicalJson() + "\n");
        OutputFiles.replace(layout.fs(), fingerprint, spec.fingerprint() + "\n");
    }

    /** Where the sweep lives. */
    public SweepLayout layout() {
        return layout;
    }

    /** The specification the sweep's tables belong to, with its text; null for a search. */
    public SweepSource source() {
        return source;
    }

    /** The specification the sweep's tables belong to. */
    public SweepSpec spec() {
        return source.spec();
    }

    /** The lease this state is held under. */
    public SweepLease lease() {
        return lease;
    }

    /** The ids of the batches with a marker (verified or not: see {@link #repair}). */
    public Set<String> committed() throws IOException {
        return SweepVerification.markers(layout);
    }

    /**
     * Makes the sweep's tables hold exactly its committed batches: verifies every committed batch against its
     * marker; a damaged one is uncommitted (marker deleted first) and its files moved to the quarantine, so that
     * it is solved again; files no marker names are moved there too, and the table files of uncommitted batches
     * (an interrupted commit) and the staging directory are deleted. Says so in one line per batch or file.
     *
     * @return what was found, before the repair
     */
    public SweepVerification repair(Consumer<String> out) throws IOException {
        clearStaging();
        SweepVerification found = SweepVerification.of(layout);
        Path quarantine = new Path(layout.quarantineRoot(), Instant.now().toString().replace(':', '-'));
        for (SweepVerification.Damage damage : found.damaged()) {
            lease.check();
            delete(layout, new Path(layout.committedDir(), damage.batch()));
            for (Path file : damage.files()) {
                moveAside(file, quarantine);
            }
            out.accept("sweep " + layout.sweep() + ": batch " + damage.batch() + " is damaged (" + damage.reason()
                    + "): uncommitted, its files moved to " + quarantine + ", it is solved again");
        }
        for (Path file : found.unnamed()) {
            moveAside(file, quarantine);
            out.accept("sweep " + layout.sweep() + ": " + file + " is named by no marker: moved to " + quarantine + ", never counted");
        }
        for (Path file : found.leftovers()) {
            LOG.info("deleting {}: its batch was never committed", file);
            delete(layout, file);
        }
        return found;
    }

    /** Deletes the sweep's staging directory. */
    public void clearStaging() throws IOException {
        delete(layout, layout.stagingRoot());
    }

    /** Gives the lease back. */
    @Override
    public void close() throws IOException {
        lease.close();
    }

    /** Moves {@code file} from the tables to the same relative place under {@code quarantine}. */
    private void moveAside(Path file, Path quarantine) throws IOException {
        String relative = layout.root().toUri().relativize(layout.fs().makeQualified(file).toUri()).getPath();
        Path target = new Path(quarantine, relative);
        if (!layout.fs().mkdirs(target.getParent()) || !layout.fs().rename(file, target)) {
            throw new IOException("cannot move " + file + " to " + target);
        }
    }

    private static void delete(SweepLayout layout, Path path) throws IOException {
        if (layout.fs().exists(path) && !layout.fs().delete(path, true)) {
            throw new IOException("cannot delete " + path);
        }
    }
}
