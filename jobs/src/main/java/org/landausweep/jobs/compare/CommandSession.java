package org.landausweep.jobs.compare;

import java.io.IOException;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.landausweep.jobs.SparkConfs;

/**
 * The Spark session of a command ({@code compare}, {@code report}): configured like a sweep
 * ({@link SparkConfs#forSweep}); an existing session of the JVM (tests, notebooks) is used and left
 * running, a session the command starts is stopped when it is done.
 */
public final class CommandSession {

    /** Work to do on the session. */
    @FunctionalInterface
    public interface Work<T> {
        T run(SparkSession spark) throws IOException;
    }

    private CommandSession() {
    }

    /** Runs {@code work} on a session of {@code master} (null: spark-submit's, else local[*]) named {@code appName}. */
    public static <T> T run(String master, String appName, Work<T> work) throws IOException {
        SparkConf conf = SparkConfs.forSweep(master);
        conf.setIfMissing("spark.app.name", appName);
        boolean ownSession = SparkSession.getDefaultSession().isEmpty();
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        try {
            return work.run(spark);
        } finally {
            if (ownSession) {
                spark.stop();
            }
        }
    }
}
