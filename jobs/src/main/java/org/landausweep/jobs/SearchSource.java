package org.landausweep.jobs;

import org.landausweep.sweeps.SearchSpec;
import org.landausweep.sweeps.SpecFormat;

/**
 * A validated search specification with the text it was read from, which executors parse again.
 *
 * @param spec   the specification
 * @param text   the file's text
 * @param format the file's format
 */
public record SearchSource(SearchSpec spec, String text, SpecFormat format) {

    /** Parses and validates {@code text}; throws {@code SweepSpecException} when it is not a valid search. */
    public static SearchSource parse(String text, SpecFormat format) {
        return new SearchSource(SearchSpec.parse(text, format), text, format);
    }

    /** What the search's output is claimed for. */
    SweepState.Identity identity() {
        return new SweepState.Identity(spec.name(), spec.fingerprint(), spec.canonicalJson());
    }
}
