package org.landausweep.jobs;

import java.util.Locale;

/**
 * What one invocation of a sweep did.
 *
 * @param sweep       the sweep's name
 * @param total       runs in the sweep
 * @param done        runs solved and committed by this invocation, failed ones included
 * @param failed      of those, runs with status FAILED
 * @param skipped     runs already committed when this invocation started
 * @param wallSeconds wall time of this invocation, from opening the output to the last commit
 */
public record SweepReport(String sweep, long total, long done, long failed, long skipped, double wallSeconds) {

    /** Runs still missing: non-zero when the invocation stopped early. */
    public long remaining() {
        return total - done - skipped;
    }

    /** Solves per second of wall time in this invocation. */
    public double solvesPerSecond() {
        return wallSeconds > 0 ? done / wallSeconds : 0;
    }

    /** {@code sweep <name>: <done> runs done, <failed> failed, <skipped> skipped (already committed), wall <s> s, <x> solves/s}. */
    public String summary() {
        return String.format(Locale.ROOT, "sweep %s: %d runs done, %d failed, %d skipped (already committed), wall %.1f s, %.1f solves/s",
                sweep, done, failed, skipped, wallSeconds, solvesPerSecond());
    }
}
