package org.landausweep.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The software's version, from the build ({@code version.properties}, filtered by Maven), and its git
 * commit when known: {@code bin/landau} passes {@code git describe --always --dirty} of its clone in the
 * system property {@value #COMMIT_PROPERTY}.
 */
public final class SoftwareVersion implements IVersionProvider {
    /** System property holding the git commit of the running build. */
    public static final String COMMIT_PROPERTY = "landau.commit";

    /** The Maven version of the build, e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String version() {
        Properties p = new Properties();
        try (InputStream in = SoftwareVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing from the build of " + SoftwareVersion.class.getName());
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version");
    }

    /** The git commit, or null when it is not known (a jar run without bin/landau, a clone without git). */
    public static String commit() {
        String commit = System.getProperty(COMMIT_PROPERTY);
        return commit == null || commit.isBlank() ? null : commit.strip();
    }

    /** {@code landau 0.1.0-SNAPSHOT (commit 2fbc595)}, or {@code (commit unknown)}. */
    @Override
    public String[] getVersion() {
        String commit = commit();
        return new String[] {"landau " + version() + " (commit " + (commit == null ? "unknown" : commit) + ")"};
    }
}
