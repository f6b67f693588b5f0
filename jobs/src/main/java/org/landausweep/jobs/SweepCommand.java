package org.landausweep.jobs;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSError;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.landausweep.core.data.InvalidInputException;
import org.landausweep.sweeps.SweepSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code landau sweep SPEC}: runs a sweep on Spark into Parquet tables, resuming where an earlier run of
 * the same specification stopped. Everything that can be refused (the specification, the options, an
 * output holding another specification of the same sweep) is checked before Spark starts or anything
 * is written.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Run a parameter sweep on Spark and write the runs and timeseries Parquet tables (see jobs/SCHEMA.md).",
            "Committed batches are kept: run the same command again to finish an interrupted sweep."})
public final class SweepCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SPEC", description = "The sweep specification (.yaml, .yml or .json; any Hadoop path).")
    String spec;

    @Option(names = "--output", paramLabel = "PATH", defaultValue = "output",
            description = "Output root, any Hadoop path: file://, hdfs://, s3a:// (default ${DEFAULT-VALUE}).")
    String output;

    @Mixin
    MasterOption master;

    @Option(names = "--overwrite", description = "Delete this sweep's tables and state in the output first, also when its specification changed.")
    boolean overwrite;

    @Option(names = "--break-lease",
            description = "Take the sweep's lease even from a driver that looks alive (only when you know it is gone).")
    boolean breakLease;

    @Option(names = "--lease-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Take over the lease of a driver that has not renewed it for this long (default ${DEFAULT-VALUE}; it renews every sixth of it).")
    long leaseTimeout;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "" + SweepOptions.DEFAULT_BATCH_SIZE,
            description = "Runs per committed batch (default ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--partitions", paramLabel = "N", description = "Spark partitions per batch (default: the default parallelism).")
    Integer partitions;

    @Option(names = "--batches-in-flight", paramLabel = "N", defaultValue = "" + SweepOptions.DEFAULT_BATCHES_IN_FLIGHT,
            description = "Batches solving, writing or committing at once; 1 runs them one after the other (default ${DEFAULT-VALUE}).")
    int batchesInFlight;

    @Option(names = "--max-batches", paramLabel = "N", hidden = true,
            description = "Stop after N batches, as if interrupted (to exercise resuming).")
    Integer maxBatches;

    @Override
    public Integer call() throws IOException {
        SweepOptions options = new SweepOptions(batchSize, partitions, maxBatches == null ? Integer.MAX_VALUE : maxBatches, batchesInFlight);
        SparkConf conf = SparkConfs.forSweep(master.master());
        Configuration hadoop = SparkConfs.hadoopConfiguration(conf);
        SweepSource source = SpecFiles.read(new Path(spec), hadoop);
        SweepSpec sweep = source.spec();
        InvalidInputException.require(leaseTimeout >= 1, "--lease-timeout", leaseTimeout, "must be at least 1 second");
        SweepState state = SweepState.open(SweepLayout.of(new Path(output), hadoop, sweep.name()), source, overwrite,
                Duration.ofSeconds(leaseTimeout), breakLease, System.out::println);

        conf.setIfMissing("spark.app.name", "landau sweep " + sweep.name());
        // Embedded in a JVM that already has a session (tests, notebooks): use it as it is and leave it running.
        scala.Option<SparkSession> existing = SparkSession.getDefaultSession();
        boolean ownSession = existing.isEmpty();
        SparkSession spark = ownSession ? SparkSession.builder().config(conf).getOrCreate() : existing.get();
        SweepReport report;
        String statuses;
        try {
            report = new SweepJob(spark, RunSolver.LANDAU, options, System.out::println, RunProgress.DEFAULT_PERIOD_SECONDS).run(state);
            statuses = StatusCounts.line(spark, state.layout());
        } catch (FSError e) {
            // Hadoop's local file system reports a full disk as an Error
            throw OutputFiles.failure("cannot write in", new Path(output), e);
        } finally {
            if (ownSession) {
                spark.stop();
            }
            state.close();
        }
        System.out.println(report.summary());
        System.out.println(statuses);
        if (report.remaining() > 0) {
            System.out.println("sweep " + sweep.name() + ": " + report.remaining() + " runs left; run the same command again to finish");
        } else {
            System.out.println("next: bin/landau compare " + output + " --sweep " + sweep.name() + "   (the summary and the findings)");
        }
        return 0;
    }
}
