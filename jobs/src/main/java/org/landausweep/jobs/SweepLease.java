package org.landausweep.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The right of one driver to write one sweep of an output: the file {@code ROOT/_leases/NAME}, created
 * atomically ({@link OutputFiles#createExclusive}), holding the holder's owner, host, pid, start time
 * and a token, and renewed every {@code timeout / 6} while the driver runs. A second driver is refused
 * ({@link LeaseHeldException}) unless the holder is gone: its lease was not renewed for longer than the
 * timeout, or it ran on this host under a pid that no longer lives; or unless it is told to break the
 * lease. A driver whose lease was taken over stops before its next commit ({@link #check()}).
 */
public final class SweepLease implements Closeable {
    /** How long a lease may go unrenewed before another driver takes it over. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private static final Logger LOG = LoggerFactory.getLogger(SweepLease.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SweepLayout layout;
    private final Path file;
    private final ObjectNode content;
    private final ScheduledExecutorService renewer;
    private volatile String lost;

    private SweepLease(SweepLayout layout, ObjectNode content, Duration timeout) {
        this.layout = layout;
        this.file = layout.leaseFile();
        this.content = content;
        this.renewer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "lease " + layout.sweep());
            t.setDaemon(true);
            return t;
        });
        long period = Math.max(1, timeout.toMillis() / 6);
        renewer.scheduleWithFixedDelay(this::renew, period, period, TimeUnit.MILLISECONDS);
    }

    /**
     * Takes the lease of {@code layout}'s sweep, or refuses.
     *
     * @param timeout    how long the lease of a live holder may go unrenewed
     * @param breakLease take the lease even from a holder that looks alive (the user knows it is gone)
     * @param out        receives one line when a lease is taken over
     * @throws LeaseHeldException when another driver holds it
     */
    public static SweepLease acquire(SweepLayout layout, Duration timeout, boolean breakLease, Consumer<String> out) throws IOException {
        ObjectNode mine = JSON.createObjectNode()
                .put("owner", System.getProperty("user.name", "?"))
                .put("host", localHost())
                .put("pid", ProcessHandle.current().pid())
                .put("started", Instant.now().toString())
                .put("token", UUID.randomUUID().toString())
                .put("timeout_seconds", timeout.toSeconds());
        mine.put("renewed", mine.get("started").asText());
        Path file = layout.leaseFile();
        for (int attempt = 0; attempt < 2; attempt++) {
            if (OutputFiles.createExclusive(layout.fs(), file, mine.toString())) {
                return new SweepLease(layout, mine, timeout);
            }
            Holder holder = Holder.read(layout, file);
            if (holder == null) {
                continue; // released between our create and our read: try once more
            }
            Optional<String> gone = breakLease ? Optional.of("--break-lease") : holder.gone(timeout);
            if (gone.isEmpty()) {
                throw new LeaseHeldException("sweep " + layout.sweep() + " in " + layout.root() + " is being written by " + holder
                        + " (lease " + file + "): wait for it to finish, or if that driver is gone, rerun after "
                        + timeout.toSeconds() + " s or with --break-lease");
            }
            out.accept("sweep " + layout.sweep() + ": taking over the lease of " + holder + " (" + gone.get() + ")");
            if (layout.fs().exists(file) && !layout.fs().delete(file, false)) {
                throw new IOException("cannot delete " + file);
            }
        }
        throw new LeaseHeldException("sweep " + layout.sweep() + " in " + layout.root() + ": another driver took the lease "
                + file + " at the same moment; try again");
    }

    /** Throws {@link LeaseHeldException} when another driver has taken this lease over: nothing may be committed then. */
    public void check() throws IOException {
        if (lost == null) {
            Holder holder = Holder.read(layout, file);
            if (holder == null || !holder.token().equals(content.get("token").asText())) {
                lost = holder == null ? "the lease file " + file + " is gone" : "the lease is now held by " + holder;
            }
        }
        if (lost != null) {
            throw new LeaseHeldException("sweep " + layout.sweep() + ": this driver lost its lease (" + lost + "); it stops without committing more");
        }
    }

    /** Stops renewing and deletes the lease, if it is still ours. */
    @Override
    public void close() throws IOException {
        renewer.shutdownNow();
        try {
            // a renewal under way would write the file again after it is deleted
            renewer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (lost == null) {
            Holder holder = Holder.read(layout, file);
            if (holder != null && holder.token().equals(content.get("token").asText())) {
                layout.fs().delete(file, false);
            }
        }
    }

    private void renew() {
        try {
            check();
            content.put("renewed", Instant.now().toString());
            OutputFiles.replace(layout.fs(), file, content.toString());
        } catch (IOException | RuntimeException e) {
            // the next commit's check() stops the sweep if the lease is really gone
            LOG.warn("cannot renew the lease {}: {}", file, e.getMessage());
        }
    }

    private static String localHost() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }

    /** Who holds a lease, as its file says. */
    private record Holder(String owner, String host, long pid, String started, Instant renewed, String token) {

        /**
         * The holder, or null when there is no lease file. A lease being created elsewhere can be read empty
         * for a moment (HDFS shows a file before its content is closed): read again for up to a second; an
         * unreadable lease after that is held by nobody known, renewed at its modification time.
         */
        static Holder read(SweepLayout layout, Path file) throws IOException {
            Holder holder = readOnce(layout, file);
            for (int attempt = 0; attempt < 20 && holder != null && holder.pid() < 0; attempt++) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
                holder = readOnce(layout, file);
            }
            return holder;
        }

        private static Holder readOnce(SweepLayout layout, Path file) throws IOException {
            FileStatus status;
            String text;
            try {
                status = layout.fs().getFileStatus(file);
                text = OutputFiles.read(layout.fs(), file);
            } catch (java.io.FileNotFoundException e) {
                return null;
            } catch (IOException e) {
                if (!layout.fs().exists(file)) {
                    return null;
                }
                throw e;
            }
            try {
                JsonNode n = JSON.readTree(text);
                return new Holder(n.get("owner").asText(), n.get("host").asText(), n.get("pid").asLong(), n.get("started").asText(),
                        Instant.parse(n.get("renewed").asText()), n.get("token").asText());
            } catch (IOException | RuntimeException e) {
                return new Holder("?", "?", -1, "?", Instant.ofEpochMilli(status.getModificationTime()), "damaged");
            }
        }

        /** Why the holder counts as gone, or empty when it may still be running. */
        Optional<String> gone(Duration timeout) {
            Duration silent = Duration.between(renewed, Instant.now());
            if (silent.compareTo(timeout) > 0) {
                return Optional.of("not renewed for " + silent.toSeconds() + " s, more than the timeout of " + timeout.toSeconds() + " s");
            }
            if (host.equals(localHost()) && pid > 0 && ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isEmpty()) {
                return Optional.of("pid " + pid + " no longer runs on this host");
            }
            return Optional.empty();
        }

        @Override
        public String toString() {
            return "the driver of " + owner + " on " + host + " pid " + pid + " started " + started;
        }
    }
}
