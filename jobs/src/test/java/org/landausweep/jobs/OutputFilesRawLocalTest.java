package org.landausweep.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/landau opens local outputs through Hadoop's raw local file system (SparkConfs), whose getScheme()
 * throws: the lease and the marker files must still be written there (a sweep from the command line
 * failed with "Not implemented by the RawLocalFileSystem FileSystem implementation").
 */
class OutputFilesRawLocalTest {
    @TempDir
    Path dir;

    @Test
    void leaseAndReplaceWorkOnTheRawLocalFileSystem() throws IOException {
        try (RawLocalFileSystem fs = new RawLocalFileSystem()) {
            fs.initialize(java.net.URI.create("file:///"), new Configuration());
            org.apache.hadoop.fs.Path lease = new org.apache.hadoop.fs.Path(dir.resolve("lease").toUri());
            assertTrue(OutputFiles.createExclusive(fs, lease, "holder a\n"));
            assertFalse(OutputFiles.createExclusive(fs, lease, "holder b\n"), "a second create is refused");
            assertEquals("holder a\n", Files.readString(dir.resolve("lease")));

            org.apache.hadoop.fs.Path marker = new org.apache.hadoop.fs.Path(dir.resolve("fingerprint").toUri());
            OutputFiles.replace(fs, marker, "one\n");
            OutputFiles.replace(fs, marker, "two\n");
            assertEquals("two\n", OutputFiles.read(fs, marker));
        }
    }
}
