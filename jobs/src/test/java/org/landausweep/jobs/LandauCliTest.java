package org.landausweep.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.landausweep.core.cli.Cli;

/** {@code landau --version} and {@code landau completion}. */
class LandauCliTest {

    private static String landau(String... args) {
        StringWriter out = new StringWriter();
        assertEquals(0, Cli.execute(new Landau(), new PrintWriter(out), new PrintWriter(new StringWriter()), args));
        return out.toString();
    }

    @Test
    void versionNamesTheBuildAndTheCommit() throws IOException {
        Matcher pom = Pattern.compile("<artifactId>landau-sweep</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("..", "pom.xml")));
        assertTrue(pom.find(), "the root pom's version");
        String previous = System.getProperty(SoftwareVersion.COMMIT_PROPERTY);
        try {
            System.setProperty(SoftwareVersion.COMMIT_PROPERTY, "2fbc595");
            assertEquals("landau " + pom.group(1) + " (commit 2fbc595)\n", landau("--version"));
            System.clearProperty(SoftwareVersion.COMMIT_PROPERTY);
            assertEquals("landau " + pom.group(1) + " (commit unknown)\n", landau("--version"));
        } finally {
            if (previous != null) {
                System.setProperty(SoftwareVersion.COMMIT_PROPERTY, previous);
            }
        }
    }

    @Test
    void completionIsABashScriptForEveryCommand() {
        String script = landau("completion");
        assertTrue(script.startsWith("#!/usr/bin/env bash"), script.substring(0, 80));
        assertTrue(script.contains("complete -F _complete_landau"), "registers the completion function");
        for (String command : new String[] {"solve", "sweep", "compare", "report", "datum", "completion"}) {
            assertTrue(script.contains(command), command);
        }
        assertTrue(script.contains("--pretty") && script.contains("--sweep"), "options of the subcommands");
    }
}
