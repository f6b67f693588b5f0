package org.landausweep.jobs.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's headless Chromium for tests: installed with apt-get when missing and the tests run as root;
 * a test that needs it is skipped, saying why, only when it cannot be had.
 */
public final class Chromium {
    private static final Path BINARY = Path.of("/usr/bin/chromium");
    private static boolean installTried;

    private Chromium() {
    }

    /** The chromium binary, installing it if needed; aborts the calling test when it cannot be installed. */
    public static synchronized Path binary() throws IOException, InterruptedException {
        if (!Files.isExecutable(BINARY) && !installTried) {
            installTried = true;
            if ("root".equals(System.getProperty("user.name"))) {
                if (run(List.of("apt-get", "install", "-y", "--no-install-recommends", "chromium"), 600) != 0) {
                    run(List.of("apt-get", "update"), 300);
                    run(List.of("apt-get", "install", "-y", "--no-install-recommends", "chromium"), 600);
                }
            }
        }
        Assumptions.assumeTrue(Files.isExecutable(BINARY),
                "skipped: " + BINARY + " is missing and 'apt-get install chromium' did not provide it (needs root and Debian's package lists)");
        return BINARY;
    }

    /** Loads {@code page} headless and returns the DOM after its scripts ran (--dump-dom). */
    public static String dumpDom(Path page, Path scratch) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(binary().toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + Files.createTempDirectory(scratch, "chromium-profile"), "--virtual-time-budget=10000",
                "--dump-dom", page.toUri().toString()));
        Path dom = Files.createTempFile(scratch, "dom", ".html");
        Process p = new ProcessBuilder(command).redirectOutput(dom.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("chromium did not finish loading " + page + " in 120 s");
        }
        return Files.readString(dom, StandardCharsets.UTF_8);
    }

    /** Renders {@code page} headless into the PNG {@code png}, {@code width} x {@code height} pixels of the top of the page. */
    public static void screenshot(Path page, Path png, int width, int height, Path scratch) throws IOException, InterruptedException {
        List<String> command = List.of(binary().toString(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + Files.createTempDirectory(scratch, "chromium-profile"), "--window-size=" + width + "," + height,
                "--screenshot=" + png, page.toUri().toString());
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("chromium did not render " + page + " in 120 s");
        }
    }

    private static int run(List<String> command, int seconds) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }
}
