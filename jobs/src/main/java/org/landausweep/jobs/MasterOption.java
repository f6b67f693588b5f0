package org.landausweep.jobs;

import picocli.CommandLine.Option;

/** The {@code --master} option of the commands that start Spark ({@code sweep}, {@code compare}, {@code report}), declared once. */
public final class MasterOption {
    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master (default: the one spark-submit gives, else " + SparkConfs.DEFAULT_MASTER + ").")
    String master;

    /** The master given, or null: spark-submit's, else {@link SparkConfs#DEFAULT_MASTER}. */
    public String master() {
        return master;
    }
}
