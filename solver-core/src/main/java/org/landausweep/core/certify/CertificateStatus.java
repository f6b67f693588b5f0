package org.landausweep.core.certify;

/** How far a certified solve got (issue 10). */
public enum CertificateStatus {
    /** max_t (E_upper - E_lower)/E_lower <= tol on [0, T]. */
    CERTIFIED,
    /** Wider than tol, but every decision of the certificate is PROVED or DISPROVED. */
    DECIDED,
    /** At least one decision is OPEN (the message says which and why). */
    UNRESOLVED
}
