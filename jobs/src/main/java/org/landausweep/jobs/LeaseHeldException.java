package org.landausweep.jobs;

/**
 * Another driver holds the lease of the sweep ({@link SweepLease}), or took it over from this one.
 * Commands map it to exit code 2: the same command succeeds once the other driver is done or gone.
 */
public final class LeaseHeldException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    LeaseHeldException(String message) {
        super(message);
    }
}
