package org.landausweep.jobs;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.AccessDeniedException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.util.Progressable;

/**
 * The local file system under the scheme {@code fulldisk:}, with a disk that fills up: writes fail
 * with "No space left on device" once {@link #BUDGET} bytes are written in all (across the driver and
 * the local executors of the JVM), and every create fails with "Permission denied" while {@link #DENY}
 * is set. Register it with {@code fs.fulldisk.impl}.
 */
public final class FullDiskFileSystem extends RawLocalFileSystem {
    /** Bytes that may still be written; negative for no limit. */
    public static final AtomicLong BUDGET = new AtomicLong(-1);
    /** Whether creating a file is denied. */
    public static volatile boolean DENY = false;

    private static final URI NAME = URI.create("fulldisk:///");

    @Override
    public URI getUri() {
        return NAME;
    }

    @Override
    public String getScheme() {
        return "fulldisk";
    }

    @Override
    public void initialize(URI uri, Configuration conf) throws IOException {
        super.initialize(NAME, conf);
        setConf(conf);
    }

    @Override
    public FSDataOutputStream create(Path f, FsPermission permission, boolean overwrite, int bufferSize, short replication,
                                     long blockSize, Progressable progress) throws IOException {
        deny(f);
        return limited(super.create(f, permission, overwrite, bufferSize, replication, blockSize, progress));
    }

    @Override
    public FSDataOutputStream create(Path f, boolean overwrite, int bufferSize, short replication, long blockSize,
                                     Progressable progress) throws IOException {
        deny(f);
        return limited(super.create(f, overwrite, bufferSize, replication, blockSize, progress));
    }

    @Override
    public FSDataOutputStream createNonRecursive(Path f, FsPermission permission, boolean overwrite, int bufferSize,
                                                 short replication, long blockSize, Progressable progress) throws IOException {
        deny(f);
        return limited(super.createNonRecursive(f, permission, overwrite, bufferSize, replication, blockSize, progress));
    }

    private static void deny(Path f) throws IOException {
        if (DENY) {
            throw new AccessDeniedException(f.toString(), null, "Permission denied");
        }
    }

    private FSDataOutputStream limited(FSDataOutputStream out) throws IOException {
        return new FSDataOutputStream(new FilterOutputStream(out) {
            @Override
            public void write(int b) throws IOException {
                take(1);
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                take(len);
                out.write(b, off, len);
            }
        }, statistics);
    }

    private static void take(long bytes) throws IOException {
        if (BUDGET.get() >= 0 && BUDGET.addAndGet(-bytes) < 0) {
            BUDGET.set(0);
            throw new IOException("No space left on device");
        }
    }

    /** Unlimited space, creates allowed. */
    public static void reset() {
        BUDGET.set(-1);
        DENY = false;
    }
}
