package org.landausweep.jobs;

import java.io.Serializable;
import java.time.Instant;

/**
 * Where a row of {@code runs} comes from: the software that solved it and when. The version and commit
 * are the driver's ({@link SoftwareVersion}), shipped with the tasks, so that executors on other machines
 * report the build that planned the sweep.
 *
 * @param softwareVersion the Maven version of the build
 * @param commit          its git commit ({@code git describe}), or null when unknown
 * @param solvedAt        when the solve ended, or null before it did
 */
public record Provenance(String softwareVersion, String commit, Instant solvedAt) implements Serializable {

    /** The running build, not yet solved. */
    public static Provenance ofThisBuild() {
        return new Provenance(SoftwareVersion.version(), SoftwareVersion.commit(), null);
    }

    /** The same build, solved at {@code instant}. */
    public Provenance solvedAt(Instant instant) {
        return new Provenance(softwareVersion, commit, instant);
    }
}
