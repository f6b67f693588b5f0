package org.landausweep.jobs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.landausweep.jobs.compare.SearchResults;

/**
 * Verifies every sweep of an output root ({@link SweepVerification}): those with state under
 * {@code _sweeps/} and those that only have table partitions (whose files no marker can name), and likewise the
 * searches under {@code search/} ({@code landau search --output ROOT}). Readers
 * ({@code compare}, {@code report}) call {@link #require} before they count anything.
 *
 * @param root   the output root
 * @param sweeps the verification of each sweep, by name
 * @param lines  one line per problem, in sweep order
 */
public record OutputVerification(Path root, List<SweepVerification> sweeps, List<String> lines) {

    /** True when every sweep is clean. */
    public boolean clean() {
        return lines.isEmpty();
    }

    /** The number of verified committed batches over all sweeps. */
    public int verifiedBatches() {
        return sweeps.stream().mapToInt(s -> s.verified().size()).sum();
    }

    /** Verifies the output at {@code root} of {@code fs}: reads every marker and every byte of every committed file. */
    public static OutputVerification of(FileSystem fs, Path root) throws IOException {
        Path qualified = fs.makeQualified(root);
        List<SweepVerification> sweeps = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        verify(fs, qualified, SweepLayout.TABLES, sweeps, lines);
        // the searches of landau search --output ROOT, whose layout is a sweep's with their own tables
        verify(fs, new Path(qualified, SearchResults.FOLDER), SearchTables.TABLES, sweeps, lines);
        return new OutputVerification(qualified, List.copyOf(sweeps), List.copyOf(lines));
    }

    /** Verifies every sweep under {@code root} whose batches write {@code tables}. */
    private static void verify(FileSystem fs, Path root, List<String> tables, List<SweepVerification> sweeps, List<String> lines)
            throws IOException {
        TreeSet<String> names = new TreeSet<>();
        collect(fs, new Path(root, "_sweeps"), "", names);
        for (String table : tables) {
            collect(fs, new Path(root, table), "sweep=", names);
        }
        for (String name : names) {
            SweepLayout layout = new SweepLayout(fs, root, name, tables);
            SweepVerification v = SweepVerification.of(layout);
            sweeps.add(v);
            lines.addAll(v.problems(layout));
        }
    }

    /**
     * Throws a {@link DamagedOutputException} naming the first problem when the output at {@code root} fails
     * verification; {@code unverified} skips the check (the reader is told to go on).
     */
    public static void require(FileSystem fs, Path root, boolean unverified) throws IOException {
        if (unverified) {
            return;
        }
        OutputVerification v = of(fs, root);
        if (!v.clean()) {
            throw new DamagedOutputException("output " + v.root() + " fails verification (" + v.lines().size() + " problems; first: "
                    + v.lines().get(0) + "): run the sweep again to repair it, see landau verify, or pass --unverified to go on");
        }
    }

    private static void collect(FileSystem fs, Path dir, String prefix, TreeSet<String> names) throws IOException {
        if (!fs.exists(dir)) {
            return;
        }
        for (FileStatus entry : fs.listStatus(dir)) {
            String name = entry.getPath().getName();
            if (entry.isDirectory() && name.startsWith(prefix)) {
                names.add(name.substring(prefix.length()));
            }
        }
    }
}
