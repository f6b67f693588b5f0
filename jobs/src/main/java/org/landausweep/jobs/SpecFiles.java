package org.landausweep.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.landausweep.core.data.InvalidInputException;
import org.landausweep.sweeps.SpecFormat;
import org.landausweep.sweeps.SweepSpec;

/** Reads sweep specifications from any Hadoop path (a local file, or hdfs:// or s3a:// under spark-submit). */
public final class SpecFiles {

    private SpecFiles() {
    }

    /**
     * Reads and validates the specification at {@code path}, YAML or JSON by its extension.
     *
     * @throws InvalidInputException when it cannot be read
     * @throws org.landausweep.sweeps.SweepSpecException when it is not a valid specification
     */
    public static SweepSource read(Path path, Configuration conf) {
        return SweepSource.parse(text(path, conf), format(path));
    }

    /** Reads and validates the search specification at {@code path} (see {@link #read}). */
    public static SearchSource readSearch(Path path, Configuration conf) {
        return SearchSource.parse(text(path, conf), format(path));
    }

    private static SpecFormat format(Path path) {
        return SpecFormat.of(java.nio.file.Path.of(path.getName()));
    }

    private static String text(Path path, Configuration conf) {
        try (InputStream in = path.getFileSystem(conf).open(path)) {
            InvalidInputException.require(path.getFileSystem(conf).getFileStatus(path).getLen() <= SweepSpec.MAX_DOCUMENT_CHARS, "SPEC", path,
                    "is larger than " + SweepSpec.MAX_DOCUMENT_CHARS + " bytes, more than any sweep file needs");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException("SPEC", path, "cannot be read: " + e.getMessage());
        }
    }
}
