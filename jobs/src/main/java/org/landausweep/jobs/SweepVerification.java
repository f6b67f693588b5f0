package org.landausweep.jobs;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Checks the tables of one sweep against its commit markers ({@link BatchManifest}): every file a marker
 * names exists with its size and SHA-256, and every file in the sweep's table partitions is named by a
 * marker. Reading only; {@link SweepState#repair} acts on the result.
 *
 * @param sweep     the sweep's name
 * @param verified  committed batches whose files all match their marker
 * @param damaged   committed batches that do not, with the reason
 * @param leftovers table files of batches that are not committed (an interrupted commit)
 * @param unnamed   other files in the sweep's table partitions, which no marker names
 */
public record SweepVerification(String sweep, Set<String> verified, List<Damage> damaged, List<Path> leftovers, List<Path> unnamed) {

    /**
     * A committed batch whose files do not match its marker.
     *
     * @param batch  the batch id
     * @param reason what does not match, naming the file
     * @param files  the batch's files that exist (to be moved aside)
     */
    public record Damage(String batch, String reason, List<Path> files) {
    }

    /** True when nothing is damaged, left over or unnamed: readers see exactly the committed runs. */
    public boolean clean() {
        return damaged.isEmpty() && leftovers.isEmpty() && unnamed.isEmpty();
    }

    /** One line per problem. */
    public List<String> problems(SweepLayout layout) {
        List<String> lines = new ArrayList<>();
        damaged.forEach(d -> lines.add("sweep " + sweep + ": batch " + d.batch() + " is damaged: " + d.reason()));
        leftovers.forEach(p -> lines.add("sweep " + sweep + ": " + p + " belongs to no committed batch (an interrupted commit)"));
        unnamed.forEach(p -> lines.add("sweep " + sweep + ": " + p + " is named by no marker (not written by landau sweep)"));
        return lines;
    }

    /** Verifies the sweep of {@code layout}: reads every marker and every byte of the files they name. */
    public static SweepVerification of(SweepLayout layout) throws IOException {
        FileSystem fs = layout.fs();
        Set<String> verified = new TreeSet<>();
        List<Damage> damaged = new ArrayList<>();
        Map<Path, String> named = new HashMap<>();
        for (String batch : markers(layout)) {
            Path marker = new Path(layout.committedDir(), batch);
            BatchManifest manifest;
            try {
                manifest = BatchManifest.parse(batch, OutputFiles.read(fs, marker));
            } catch (IllegalArgumentException e) {
                List<Path> files = existingFilesOf(layout, batch);
                damaged.add(new Damage(batch, "its marker " + marker + " is " + e.getMessage(), files));
                files.forEach(p -> named.put(p, batch));
                continue;
            }
            List<Path> present = new ArrayList<>();
            String problem = null;
            for (BatchManifest.Entry entry : manifest.files()) {
                Path file = fs.makeQualified(new Path(layout.tableRoot(entry.table()), entry.path()));
                named.put(file, batch);
                String mismatch = mismatch(fs, file, entry);
                if (mismatch == null || !mismatch.endsWith("is missing")) {
                    present.add(file);
                }
                if (problem == null) {
                    problem = mismatch;
                }
            }
            if (problem == null) {
                verified.add(batch);
            } else {
                damaged.add(new Damage(batch, problem, present));
            }
        }
        List<Path> leftovers = new ArrayList<>();
        List<Path> unnamed = new ArrayList<>();
        Set<String> committed = markers(layout);
        for (String table : layout.tables()) {
            for (Path file : files(fs, layout.tableRoot(table))) {
                if (named.containsKey(fs.makeQualified(file))) {
                    continue;
                }
                String batch = SweepLayout.batchIdOf(file.getName());
                if (batch != null && !committed.contains(batch) && file.getParent().getName().startsWith("d=")) {
                    leftovers.add(file);
                } else {
                    unnamed.add(file);
                }
            }
        }
        return new SweepVerification(layout.sweep(), verified, damaged, leftovers, unnamed);
    }

    /** The ids of the committed batches: the names in the marker directory that are batch ids. */
    static Set<String> markers(SweepLayout layout) throws IOException {
        Set<String> ids = new TreeSet<>();
        try {
            for (FileStatus marker : layout.fs().listStatus(layout.committedDir())) {
                if (marker.isFile() && Batch.runsOf(marker.getPath().getName()) != null) {
                    ids.add(marker.getPath().getName());
                }
            }
        } catch (FileNotFoundException e) {
            return ids;
        }
        return ids;
    }

    /** Why {@code file} does not match {@code entry}, or null when it does. */
    private static String mismatch(FileSystem fs, Path file, BatchManifest.Entry entry) {
        try {
            if (!fs.exists(file)) {
                return file + " is missing";
            }
            long size = fs.getFileStatus(file).getLen();
            if (size != entry.size()) {
                return file + " has " + size + " bytes, its marker says " + entry.size();
            }
            String sha = BatchManifest.sha256(fs, file);
            return sha.equals(entry.sha256()) ? null : file + " has other content than its marker says (SHA-256 " + sha + ")";
        } catch (IOException e) {
            return file + " cannot be read: " + e.getMessage();
        }
    }

    /** The table files named like batch {@code batch}'s, wherever they are (for a marker that names none). */
    private static List<Path> existingFilesOf(SweepLayout layout, String batch) throws IOException {
        List<Path> found = new ArrayList<>();
        for (String table : layout.tables()) {
            for (Path file : files(layout.fs(), layout.tableRoot(table))) {
                if (batch.equals(SweepLayout.batchIdOf(file.getName()))) {
                    found.add(layout.fs().makeQualified(file));
                }
            }
        }
        return found;
    }

    /** Every file under {@code dir}, recursively; none when it does not exist. (Checksum files are hidden by Hadoop.) */
    static List<Path> files(FileSystem fs, Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        FileStatus[] entries;
        try {
            entries = fs.listStatus(dir);
        } catch (FileNotFoundException e) {
            return files;
        }
        for (FileStatus entry : entries) {
            if (entry.isDirectory()) {
                files.addAll(files(fs, entry.getPath()));
            } else {
                files.add(entry.getPath());
            }
        }
        return files;
    }
}
