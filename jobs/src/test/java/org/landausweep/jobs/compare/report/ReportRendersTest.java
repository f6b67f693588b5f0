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
    void pageOpensWithTheFindingsAndShowsEverySweepItsFiguresAndTheWorstRuns() throws IOException {
        String html = Files.readString(report.resolve("index.html"));
        int findings = html.indexOf("<h2>Findings</h2>");
        assertTrue(findings >= 0 && findings < html.indexOf("<h2>Sweep cmp</h2>"), "the page opens with the findings");
        assertTrue(html.contains("<title>Theorem 1 against the sweeps in "), "titled by what the root holds: sweeps, no search");
        assertTrue(html.indexOf("<li>Sweep cmp: 12 runs") > findings && html.indexOf("<li>Sweep cmp3: 4 runs") > findings, "both sweeps' findings");
        assertTrue(html.contains("WARNING: t0 is not tested"), "cmp3 has no run with t0_theorem > 0 and says so");
        assertTrue(html.contains("No solved run of sweep cmp3 has t0_theorem &gt; 0"), "a sentence instead of an empty t0 figure");
        for (String sweep : List.of("cmp", "cmp3")) {
            assertTrue(html.contains("<h2>Sweep " + sweep + "</h2>"), sweep);
        }
        // per sweep: status counts, rate against λmax; t0 only where t0_theorem > 0; per (d, bin) an envelope and a rate band
        assertTrue(pngs().containsAll(List.of("status-cmp.png", "rate-cmp.png", "t0-cmp.png", "status-cmp3.png", "rate-cmp3.png",
                "envelope-cmp-d2-bin0.png", "rate-cmp-d2-bin0.png", "envelope-cmp-d2-bin3.png", "envelope-cmp3-d3-bin0.png",
                "rate-cmp3-d3-bin0.png")), pngs().toString());
        assertTrue(!pngs().contains("t0-cmp3.png"), pngs().toString());
        assertTrue(!html.contains("http://") && !html.contains("https://"), "nothing is loaded from elsewhere");
        assertTrue(!html.contains("<h2>Search"), "an output without searches has no search section (SearchResultsTest has one)");
    }

    @Test
    void everyReSolveCommandRebuildsItsRunFromTheOutputAlone() throws IOException {
        String html = Files.readString(report.resolve("index.html")).replace("&gt;", ">").replace("&amp;", "&");
        Matcher command = Pattern.compile("bin/landau datum (\\S+) --sweep (\\S+) --run (\\d+) > (\\S+)\\.json && bin/landau solve \\4\\.json --tol")
                .matcher(html);
        int commands = 0;
        while (command.find()) {
            assertEquals(TinyOutput.root().toString(), command.group(1));
            java.io.StringWriter out = new java.io.StringWriter();
            assertEquals(0, org.landausweep.core.cli.Cli.execute(new org.landausweep.jobs.Landau(), new java.io.PrintWriter(out),
                    new java.io.PrintWriter(new java.io.StringWriter()), "datum", command.group(1), "--sweep", command.group(2), "--run",
                    command.group(3)), command.group());
            org.landausweep.core.io.DatumJson.parse(out.toString());
            commands++;
        }
        // ten worst runs of cmp, all four of cmp3, and the runs whose decisions are not certified
        assertTrue(commands >= 14, "commands found: " + commands);
    }

    /** A screenshot of the page's top for a reader to look at (target/compare-tiny/report-screenshot.png): not blank, the findings in view. */
    @Test
    void theRenderedPageIsSavedAsAScreenshot() throws IOException, InterruptedException {
        Path png = report.resolveSibling("report-screenshot.png");
        Files.deleteIfExists(png);
        Chromium.screenshot(report.resolve("index.html"), png, 1280, 1600, report.getParent());
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertEquals(1280, image.getWidth());
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                ink += (image.getRGB(x, y) & 0xffffff) != 0xffffff ? 1 : 0;
            }
        }
        assertTrue(ink > 1000, "the page is not blank: " + ink + " sampled pixels not white");
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
