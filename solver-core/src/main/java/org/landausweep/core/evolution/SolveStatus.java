package org.landausweep.core.evolution;

/** The outcome of one solve (issue 10): how far the certified enclosure of E got. */
public enum SolveStatus {
    /** The enclosure's relative width max_t (E_upper - E_lower)/E_lower is at most the certification tol on [0, T]. */
    CERTIFIED,
    /** Wider than that, but the three decisions (monotone, violation, bound) are all certified either way. */
    DECIDED,
    /**
     * A decision is open (the message says which and why); also every grid run, whose solver gives no
     * enclosure.
     */
    UNRESOLVED,
    /** The solve failed; the message says why. */
    FAILED
}
