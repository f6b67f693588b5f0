package org.landausweep.core.certify;

/** The certified answer to a yes/no question about E on (0, T]. */
public enum Verdict {
    /** The statement is proved by the enclosure. */
    PROVED,
    /** Its negation is proved by the enclosure. */
    DISPROVED,
    /** The enclosure is too wide to decide. */
    OPEN
}
