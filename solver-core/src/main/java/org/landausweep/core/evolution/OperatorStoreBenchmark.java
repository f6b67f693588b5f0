package org.landausweep.core.evolution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A benchmark, not a test (bin/bench-scale): in one JVM, the time to have every operator block of
 * dimension d up to degree N by building them (and storing them, as the first JVM of a machine does)
 * against reading them back from the {@link OperatorBlockStore}, alternating build, load, build, load,
 * each into a cache of its own on one thread. Prints each time and the ratio of the medians; leaves DIR
 * holding the blocks of d (and those of other dimensions untouched), so that the runs that follow start warm.
 *
 * <p>Usage: {@code OperatorStoreBenchmark DIR [D [N [ROUNDS]]]} (defaults 3, 64, 2).
 */
public final class OperatorStoreBenchmark {

    private OperatorStoreBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        int d = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int n = args.length > 2 ? Integer.parseInt(args[2]) : 64;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        OperatorBlockStore store = OperatorBlockStore.at(root);
        double[] built = new double[rounds];
        double[] loaded = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            deleteTree(store.directory().resolve("d" + d)); // this dimension only: the others stay warm
            long before = OperatorCache.blocksBuilt();
            built[r] = seconds(() -> OperatorCache.unshared(d, store).ensureDegree(n));
            long blocks = OperatorCache.blocksBuilt() - before;
            long loadedBefore = OperatorCache.blocksLoaded();
            loaded[r] = seconds(() -> OperatorCache.unshared(d, store).ensureDegree(n));
            if (OperatorCache.blocksLoaded() - loadedBefore != blocks) {
                throw new IllegalStateException("loaded " + (OperatorCache.blocksLoaded() - loadedBefore) + " blocks of " + blocks);
            }
            System.out.printf(Locale.ROOT, "round %d: d = %d, degrees 0-%d, %d blocks: built and stored %.2f s, loaded %.3f s%n",
                    r + 1, d, n, blocks, built[r], loaded[r]);
        }
        System.out.printf(Locale.ROOT, "operator blocks d = %d up to degree %d: built / loaded %.1f (medians of %d rounds; %s)%n",
                d, n, median(built) / median(loaded), rounds, store.directory());
    }

    private static double seconds(Runnable task) {
        long started = System.nanoTime();
        task.run();
        return (System.nanoTime() - started) * 1e-9;
    }

    private static double median(double[] x) {
        double[] s = x.clone();
        java.util.Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
