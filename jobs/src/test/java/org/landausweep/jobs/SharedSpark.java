package org.landausweep.jobs;

import java.nio.file.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The one Spark session of the test JVM (a session takes seconds to start, its first job much longer):
 * local[2] with the product's conf/spark-defaults.conf (Kryo, zstd), without UI or progress bar.
 */
public final class SharedSpark {
    private static SparkSession session;

    private SharedSpark() {
    }

    public static synchronized SparkSession get() {
        if (session == null) {
            SparkConf conf = new SparkConf().setMaster("local[2]").setAppName("jobs tests")
                    .set("spark.ui.enabled", "false")
                    .set("spark.ui.showConsoleProgress", "false")
                    .set("spark.sql.shuffle.partitions", "2")
                    // running tasks report their counters this often (RunProgressTest)
                    .set("spark.executor.heartbeatInterval", "500ms");
            // Surefire runs in the module directory: the repository's conf/ is one up.
            SparkConfs.addDefaults(conf, Path.of("..", "conf", "spark-defaults.conf"));
            SparkConfs.plainLocalFiles(conf);
            session = SparkSession.builder().config(conf).getOrCreate();
        }
        return session;
    }
}
