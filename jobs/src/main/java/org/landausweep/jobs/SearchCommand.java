package org.landausweep.jobs;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.landausweep.core.data.InvalidInputException;
import org.landausweep.sweeps.SearchSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code landau search SPEC}: the counterexample search of Theorem 1 on Spark, into the {@code starts} and
 * {@code trajectory} tables under {@code PATH/search}, resuming like a sweep; then the best point of each
 * cell re-solved, and the findings. The file and the options are checked before anything is written.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search for data that come closest to breaking Theorem 1 (seeded CMA-ES starts on Spark);",
            "tables under PATH/search, best data under PATH/search/best, findings in PATH/search/findings/NAME.txt.",
            "Committed starts are kept: run the same command again to finish an interrupted search."})
public final class SearchCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SPEC", description = "The search specification (.yaml, .yml or .json; any Hadoop path).")
    String spec;

    @Option(names = "--output", paramLabel = "PATH", defaultValue = "output",
            description = "Output root, any Hadoop path (default ${DEFAULT-VALUE}); the search writes under PATH/search.")
    String output;

    @Mixin
    MasterOption master;

    @Option(names = "--overwrite", description = "Delete this search's tables and state first, also when its specification changed.")
    boolean overwrite;

    @Option(names = "--break-lease", description = "Take the search's lease even from a driver that looks alive.")
    boolean breakLease;

    @Option(names = "--lease-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Take over the lease of a driver that has not renewed it for this long (default ${DEFAULT-VALUE}).")
    long leaseTimeout;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "20", description = "Starts per committed batch (default ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--partitions", paramLabel = "N", description = "Spark partitions per batch (default: the default parallelism).")
    Integer partitions;

    @Option(names = "--max-batches", paramLabel = "N", hidden = true, description = "Stop after N batches, as if interrupted.")
    Integer maxBatches;

    @Override
    public Integer call() throws IOException {
        SweepOptions options = new SweepOptions(batchSize, partitions, maxBatches == null ? Integer.MAX_VALUE : maxBatches);
        SparkConf conf = SparkConfs.forSweep(master.master());
        Configuration hadoop = SparkConfs.hadoopConfiguration(conf);
        SearchSource source = SpecFiles.readSearch(new Path(spec), hadoop);
        SearchSpec search = source.spec();
        InvalidInputException.require(leaseTimeout >= 1, "--lease-timeout", leaseTimeout, "must be at least 1 second");
        SweepLayout layout = SweepLayout.of(new Path(new Path(output), "search"), hadoop, search.name(), SearchTables.TABLES);
        SweepState state = SweepState.open(layout, source.identity(), overwrite, Duration.ofSeconds(leaseTimeout), breakLease,
                System.out::println);
        conf.setIfMissing("spark.app.name", "landau search " + search.name());
        scala.Option<SparkSession> existing = SparkSession.getDefaultSession();
        boolean ownSession = existing.isEmpty();
        SparkSession spark = ownSession ? SparkSession.builder().config(conf).getOrCreate() : existing.get();
        long started = System.nanoTime();
        try {
            long remaining = new SearchJob(spark, options, System.out::println).run(state, source);
            if (remaining > 0) {
                System.out.println("search " + search.name() + ": " + remaining + " starts left; run the same command again to finish");
                return 0;
            }
            System.out.println("search " + search.name() + ":");
            SearchFindings.write(spark, layout, search, line -> System.out.println("  " + line));
            System.out.printf(java.util.Locale.ROOT, "search %s: wall %.1f s; findings in %s/findings/%s.txt%n", search.name(),
                    (System.nanoTime() - started) * 1e-9, layout.root(), search.name());
        } finally {
            if (ownSession) {
                spark.stop();
            }
            state.close();
        }
        return 0;
    }
}
