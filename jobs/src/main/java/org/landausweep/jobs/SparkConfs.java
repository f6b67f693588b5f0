package org.landausweep.jobs;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.spark.SparkConf;
import scala.Tuple2;

/**
 * The Spark configuration of a sweep. Under spark-submit everything comes from spark-submit (which reads
 * its own spark-defaults.conf and sets the master); {@code bin/landau} names the repository's
 * {@code conf/} directory in the system property {@value #CONF_DIR_PROPERTY}, whose
 * {@code spark-defaults.conf} then fills in what is not set otherwise, and the master defaults to
 * {@value #DEFAULT_MASTER}.
 */
public final class SparkConfs {
    /** System property naming the directory of {@code spark-defaults.conf} for runs without spark-submit. */
    public static final String CONF_DIR_PROPERTY = "landau.conf.dir";
    /** Master when neither {@code --master} nor spark-submit gives one. */
    public static final String DEFAULT_MASTER = "local[*]";

    private SparkConfs() {
    }

    /**
     * The configuration of a sweep: {@code spark.*} system properties (spark-submit's), then the defaults
     * file of {@value #CONF_DIR_PROPERTY} if set, then the master: {@code master} when given, else the one
     * already configured, else {@value #DEFAULT_MASTER}; stage bars only on a terminal, and local files
     * without checksum side files ({@link #plainLocalFiles}).
     */
    public static SparkConf forSweep(String master) {
        SparkConf conf = new SparkConf();
        String confDir = System.getProperty(CONF_DIR_PROPERTY);
        if (confDir != null) {
            addDefaults(conf, Path.of(confDir, "spark-defaults.conf"));
        }
        if (master != null) {
            conf.setMaster(master);
        }
        conf.setIfMissing("spark.master", DEFAULT_MASTER);
        // Stage bars are redrawn with carriage returns: on a terminal only, never in a log (Java 17 has a
        // console exactly when standard input and output are a terminal).
        conf.setIfMissing("spark.ui.showConsoleProgress", String.valueOf(System.console() != null));
        // Running tasks report their runs solved with each heartbeat (RunProgress prints every 10 s).
        conf.setIfMissing("spark.executor.heartbeatInterval", "3s");
        plainLocalFiles(conf);
        return conf;
    }

    /**
     * Makes {@code file:} paths use Hadoop's raw local file system, which writes no {@code .crc} file beside
     * each file: readers that open a table folder as it is (pandas, pyarrow, polars) refuse side files.
     * Uncached, so that a file system made earlier in the JVM with another configuration is not reused.
     */
    public static SparkConf plainLocalFiles(SparkConf conf) {
        conf.setIfMissing("spark.hadoop.fs.file.impl", RawLocalFileSystem.class.getName());
        conf.setIfMissing("spark.hadoop.fs.file.impl.disable.cache", "true");
        return conf;
    }

    /**
     * Adds the entries of a spark-defaults.conf file ({@code key value} lines, # comments; read as Java
     * properties, like spark-submit does) that {@code conf} does not set yet.
     */
    public static SparkConf addDefaults(SparkConf conf, Path file) {
        Properties defaults = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            defaults.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Spark defaults " + file, e);
        }
        defaults.stringPropertyNames().forEach(key -> conf.setIfMissing(key, defaults.getProperty(key).strip()));
        return conf;
    }

    /**
     * The Hadoop configuration Spark will derive from {@code conf} ({@code spark.hadoop.*} entries), for
     * the file operations that run before Spark starts (reading the spec, checking the output).
     */
    public static Configuration hadoopConfiguration(SparkConf conf) {
        Configuration hadoop = new Configuration();
        for (Tuple2<String, String> entry : conf.getAllWithPrefix("spark.hadoop.")) {
            hadoop.set(entry._1(), entry._2());
        }
        return hadoop;
    }
}
