package org.landausweep.jobs;

import org.landausweep.sweeps.SpecFormat;
import org.landausweep.sweeps.SweepSpec;

/**
 * A validated sweep specification with the text it was read from. Executors rebuild the runs from the
 * text: the specification's canonical JSON is an identity, not a sweep file (it repeats grid fields in
 * their sections), and Kryo cannot serialize the records of a RunSpec.
 *
 * @param spec   the specification
 * @param text   the file's text
 * @param format the file's format
 */
public record SweepSource(SweepSpec spec, String text, SpecFormat format) {

    /** Parses and validates {@code text}; throws {@code SweepSpecException} when it is not a valid specification. */
    public static SweepSource parse(String text, SpecFormat format) {
        return new SweepSource(SweepSpec.parse(text, format), text, format);
    }
}
