package org.landausweep.jobs;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import org.apache.hadoop.fs.FSError;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * The small files of a sweep's state (lease, specification, fingerprint, markers), written so that a
 * reader never sees half of one, on any Hadoop file system:
 * <ul>
 * <li>{@link #createExclusive}: exactly one of several concurrent creators succeeds. On the local file
 *     system through {@code O_CREAT|O_EXCL} (Hadoop's local create checks, then creates); elsewhere
 *     through {@code create(path, overwrite = false)}, atomic on HDFS and on S3A with conditional writes.</li>
 * <li>{@link #replace}: the whole new content or the whole old one, through a temporary name and a rename.</li>
 * </ul>
 * Every failure is an {@link IOException} whose message names the path and the cause (Hadoop's local
 * file system reports a full disk as an {@link FSError}, which is turned into one).
 */
final class OutputFiles {

    private OutputFiles() {
    }

    /** Creates {@code file} holding {@code text}; false, and nothing changed, when it exists already. */
    static boolean createExclusive(FileSystem fs, Path file, String text) throws IOException {
        File local = localFile(fs, file);
        boolean created = false;
        try {
            if (local != null) {
                return createLocal(local.toPath(), text.getBytes(StandardCharsets.UTF_8));
            }
            try (OutputStream out = fs.create(file, false)) {
                created = true;
                out.write(text.getBytes(StandardCharsets.UTF_8));
            } catch (org.apache.hadoop.fs.FileAlreadyExistsException e) {
                return false;
            }
            return true;
        } catch (IOException | FSError e) {
            if (created) {
                // ours and cut short (a full disk): a part of a lease or marker must not stay
                deleteQuietly(fs, file);
            }
            throw failure("cannot create", file, e);
        }
    }

    /**
     * The content is written to a temporary name first and hard-linked into place: the link is created
     * whole or not at all, so a concurrent reader never sees an empty lease. Where the file system has no
     * hard links, an exclusive create and a write.
     */
    private static boolean createLocal(java.nio.file.Path target, byte[] bytes) throws IOException {
        Files.createDirectories(target.getParent());
        java.nio.file.Path temporary = target.resolveSibling("." + target.getFileName() + ".tmp-" + UUID.randomUUID());
        try {
            Files.write(temporary, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.createLink(target, temporary);
                return true;
            } catch (FileAlreadyExistsException e) {
                return false;
            } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
                if (e instanceof java.nio.file.FileSystemException && Files.exists(target)) {
                    return false;
                }
                try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    out.write(bytes);
                    return true;
                } catch (FileAlreadyExistsException again) {
                    return false;
                }
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Sets the content of {@code file} to {@code text} in one step: readers see the old or the new content, never a part. */
    static void replace(FileSystem fs, Path file, String text) throws IOException {
        Path temporary = new Path(file.getParent(), "." + file.getName() + ".tmp-" + UUID.randomUUID());
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try {
            File local = localFile(fs, file);
            if (local != null) {
                // Written without Hadoop's .crc companion, which the move would leave stale.
                Files.createDirectories(local.toPath().getParent());
                Files.write(localFile(fs, temporary).toPath(), bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                Files.deleteIfExists(new File(local.getParentFile(), "." + local.getName() + ".crc").toPath());
                Files.move(localFile(fs, temporary).toPath(), local.toPath(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                return;
            }
            try (OutputStream out = fs.create(temporary, false)) {
                out.write(bytes);
            }
            // HDFS and S3A refuse to rename onto an existing file: the caller holds the lease, so nobody writes in between.
            if (fs.exists(file) && !fs.delete(file, false) || !fs.rename(temporary, file)) {
                throw new IOException("cannot rename " + temporary + " to " + file);
            }
        } catch (IOException | FSError e) {
            deleteQuietly(fs, temporary);
            throw failure("cannot write", file, e);
        }
    }

    /** Deletes a file this process wrote in part; the write's own error is the one to report. */
    private static void deleteQuietly(FileSystem fs, Path file) {
        try {
            fs.delete(file, false);
        } catch (IOException | FSError ignored) {
            // a temporary or cut file is never read as complete: at worst it stays
        }
    }

    /** The content of {@code file}. */
    static String read(FileSystem fs, Path file) throws IOException {
        try (InputStream in = fs.open(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | FSError e) {
            throw failure("cannot read", file, e);
        }
    }

    /** An I/O failure on {@code path} as one line: what was done, where, and the cause. */
    static IOException failure(String what, Path path, Throwable e) {
        Throwable cause = e instanceof FSError && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof IOException io && io.getMessage() != null && io.getMessage().startsWith("cannot ")) {
            return io; // already says where
        }
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new IOException(what + " " + path + ": " + reason, cause);
    }

    /** The java.io file behind {@code path} when {@code fs} is the local file system, else null. */
    private static File localFile(FileSystem fs, Path path) {
        if (!"file".equals(fs.getUri().getScheme())) {
            return null; // also a file system built on the local one under another scheme (a test's stub)
        }
        if (fs instanceof LocalFileSystem local) {
            return local.pathToFile(path);
        }
        return fs instanceof RawLocalFileSystem raw ? raw.pathToFile(path) : null;
    }
}
