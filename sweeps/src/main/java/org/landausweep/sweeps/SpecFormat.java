package org.landausweep.sweeps;

import java.nio.file.Path;
import java.util.Locale;

/** The text formats a sweep specification can be written in. */
public enum SpecFormat {
    /** YAML, files ending in {@code .yaml} or {@code .yml}. */
    YAML,
    /** JSON, files ending in {@code .json}. */
    JSON;

    /** The format of {@code file}, told by its extension. */
    public static SpecFormat of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return YAML;
        }
        if (name.endsWith(".json")) {
            return JSON;
        }
        throw new SweepSpecException(SweepSpecException.ROOT, file.toString(),
                "unknown file type: a sweep file ends in .yaml, .yml or .json");
    }
}
