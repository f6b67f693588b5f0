package org.landausweep.jobs;

/**
 * The output already holds a sweep of the same name made from another specification. Bad input:
 * commands map it to exit code 2.
 */
public final class SpecMismatchException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    SpecMismatchException(String message) {
        super(message);
    }
}
