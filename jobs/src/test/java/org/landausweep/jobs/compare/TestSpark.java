package org.landausweep.jobs.compare;

import java.nio.file.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.landausweep.jobs.SparkConfs;

/**
 * The one Spark session of the test JVM: local[2] with the product's conf/spark-defaults.conf, no UI.
 * getOrCreate, so that the jobs tests' own shared session, when it started first, is the one used.
 */
final class TestSpark {
    private static SparkSession session;

    private TestSpark() {
    }

    static synchronized SparkSession get() {
        if (session == null) {
            SparkConf conf = new SparkConf().setMaster("local[2]").setAppName("compare tests")
                    .set("spark.ui.enabled", "false")
                    .set("spark.ui.showConsoleProgress", "false")
                    .set("spark.sql.shuffle.partitions", "2");
            // Surefire runs in the module directory: the repository's conf/ is one up.
            SparkConfs.addDefaults(conf, Path.of("..", "conf", "spark-defaults.conf"));
            session = SparkSession.builder().config(conf).getOrCreate();
        }
        return session;
    }
}
