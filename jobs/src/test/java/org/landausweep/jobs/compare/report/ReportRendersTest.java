package org.landausweep.jobs.compare.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.landausweep.jobs.compare.Chromium;
import org.landausweep.jobs.compare.TinyOutput;

/** {@code landau report} on the tiny output: a self-contained page that headless Chromium renders with every image loaded. */
class ReportRendersTest {
    /** Sets the title to "images LOADED/TOTAL" once the page has loaded. */
    private static final String PROBE = """
            <script>
            window.addEventListener('load', () => {
              const images = Array.from(document.images);
              const loaded = images.filter(i => i.complete && i.naturalWidth > 0).length;
              document.title = 'images ' + loaded + '/' + images.length;
            });
            </script>
            """;

    private static Path report;

    @BeforeAll
    static void writeReport() throws IOException {
        Path root = TinyOutput.root();
        report = root.resolveSibling("report");
        assertEquals(0, TinyOutput.landau("report", root.toString(), "--out", report.toString()));
    }

    private static List<String> pngs() throws IOException {
        try (Stream<Path> files = Files.list(report)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".png")).sorted().toList();
        }
    }

    @Test
    void pageShowsEverySweepItsFiguresAndTheWorstRunsWithTheirCommands() throws IOException {
        String html = Files.readString(report.resolve("index.html"));
        for (String sweep : List.of("cmp", "cmp3")) {
            assertTrue(html.contains("Sweep " + sweep), sweep);
        }
        assertTrue(html.contains("bin/landau datum SPEC --run "), "re-solve commands");
        // per sweep: one histogram and one t0 figure per d, one envelope per (d, bin) of the summary
        assertTrue(pngs().containsAll(List.of("rate-cmp-d2.png", "t0-cmp-d2.png", "rate-cmp3-d3.png", "t0-cmp3-d3.png",
                "envelope-cmp-d2-bin0.png", "envelope-cmp3-d3-bin0.png")), pngs().toString());
        assertTrue(!html.contains("http://") && !html.contains("https://"), "nothing is loaded from elsewhere");
    }

    @Test
    void headlessChromiumLoadsEveryImage() throws IOException, InterruptedException {
        Path probe = report.resolve("probe.html");
        Files.writeString(probe, Files.readString(report.resolve("index.html")).replace("</body>", PROBE + "</body>"));
        try {
            String dom = Chromium.dumpDom(probe, report.getParent());
            Matcher title = Pattern.compile("<title>images (\\d+)/(\\d+)</title>").matcher(dom);
            assertTrue(title.find(), "the probe ran; DOM starts: " + dom.substring(0, Math.min(300, dom.length())));
            int images = pngs().size();
            assertEquals(images, Integer.parseInt(title.group(2)), "every figure is on the page");
            assertEquals(images, Integer.parseInt(title.group(1)), "every image loaded");
        } finally {
            Files.delete(probe);
        }
    }
}
