package org.landausweep.core.certify;

/**
 * A certified decision and why.
 *
 * @param verdict PROVED, DISPROVED or OPEN
 * @param detail  what proves it, or why it is open
 */
public record Decision(Verdict verdict, String detail) {

    /** Whether the decision is certified either way. */
    public boolean decided() {
        return verdict != Verdict.OPEN;
    }
}
