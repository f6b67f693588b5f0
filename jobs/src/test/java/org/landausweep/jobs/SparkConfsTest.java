package org.landausweep.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** spark-defaults.conf fills in what is not set otherwise; the master comes from --master, spark-submit, or local[*]. */
class SparkConfsTest {

    @TempDir
    Path dir;

    @Test
    void defaultsFileFillsInOnlyWhatIsMissing() throws IOException {
        Path file = Files.writeString(dir.resolve("spark-defaults.conf"), """
                # a comment
                spark.serializer      org.apache.spark.serializer.KryoSerializer
                spark.sql.parquet.compression.codec   zstd\s\s

                spark.ui.showConsoleProgress true
                """);
        SparkConf conf = SparkConfs.addDefaults(new SparkConf(false).set("spark.ui.showConsoleProgress", "false"), file);
        assertEquals("org.apache.spark.serializer.KryoSerializer", conf.get("spark.serializer"));
        assertEquals("zstd", conf.get("spark.sql.parquet.compression.codec"));
        assertEquals("false", conf.get("spark.ui.showConsoleProgress"));
        assertEquals(3, conf.getAll().length);
    }

    @Test
    void theProductDefaultsParse() {
        SparkConf conf = SparkConfs.addDefaults(new SparkConf(false), Path.of("..", "conf", "spark-defaults.conf"));
        assertEquals("org.apache.spark.serializer.KryoSerializer", conf.get("spark.serializer"));
        assertFalse(conf.contains("spark.ui.showConsoleProgress"), "whether a terminal is there decides");
    }

    @Test
    void stageBarsOnlyOnATerminalAndLocalFilesWithoutChecksumFiles() {
        Assumptions.assumeTrue(System.console() == null, "tests run without a terminal");
        SparkConf conf = SparkConfs.forSweep(null);
        assertEquals("false", conf.get("spark.ui.showConsoleProgress"));
        assertEquals("org.apache.hadoop.fs.RawLocalFileSystem", SparkConfs.hadoopConfiguration(conf).get("fs.file.impl"));
        assertEquals("true", SparkConfs.hadoopConfiguration(conf).get("fs.file.impl.disable.cache"));
    }

    @Test
    void masterFromOptionElseConfiguredElseLocal() {
        assertEquals("local[3]", SparkConfs.forSweep("local[3]").get("spark.master"));
        String before = System.getProperty("spark.master");
        try {
            System.setProperty("spark.master", "spark://submitted:7077"); // as spark-submit passes it
            assertEquals("spark://submitted:7077", SparkConfs.forSweep(null).get("spark.master"));
            System.clearProperty("spark.master");
            assertEquals("local[*]", SparkConfs.forSweep(null).get("spark.master"));
        } finally {
            if (before != null) {
                System.setProperty("spark.master", before);
            }
        }
    }

    @Test
    void hadoopSettingsComeFromSparkHadoopEntries() {
        SparkConf conf = new SparkConf(false).set("spark.hadoop.fs.s3a.endpoint", "http://minio:9000").set("spark.other", "x");
        assertEquals("http://minio:9000", SparkConfs.hadoopConfiguration(conf).get("fs.s3a.endpoint"));
    }
}
