package org.landausweep.jobs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Verifies every sweep of an output root ({@link SweepVerification}): those with state under
 * {@code _sweeps/} and those that only have table partitions (whose files no marker can name). Readers
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
        TreeSet<String> names = new TreeSet<>();
        collect(fs, new Path(qualified, "_sweeps"), "", names);
        for (String table : SweepLayout.TABLES) {
            collect(fs, new Path(qualified, table), "sweep=", names);
        }
        List<SweepVerification> sweeps = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (String name : names) {
            SweepLayout layout = new SweepLayout(fs, qualified, name);
            SweepVerification v = SweepVerification.of(layout);
            sweeps.add(v);
            lines.addAll(v.problems(layout));
        }
        return new OutputVerification(qualified, List.copyOf(sweeps), List.copyOf(lines));
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
