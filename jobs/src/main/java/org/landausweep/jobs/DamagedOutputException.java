package org.landausweep.jobs;

import org.landausweep.core.cli.Cli;

/**
 * An output whose state or files do not match what was committed: a damaged fingerprint, or (for
 * readers) batches that fail verification. Commands map it to exit code 4.
 */
public final class DamagedOutputException extends IllegalArgumentException implements Cli.Damaged {
    private static final long serialVersionUID = 1L;

    public DamagedOutputException(String message) {
        super(message);
    }
}
