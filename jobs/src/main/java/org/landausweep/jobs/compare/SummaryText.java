package org.landausweep.jobs.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The summary table of a sweep as fixed-width text for the console: one line per (d, family, λmax bin). The
 * rise, after-t0 and bound columns count certified decisions only (runs CERTIFIED or DECIDED); κ/2(d-1) and c_sharpest
 * are read from E_N(t) over those runs, each followed by the bound the enclosure proves for it (κ from below, c from above).
 */
public final class SummaryText {
    private static final List<String> HEADER = List.of("d", "family", "λmax bin", "runs", "failed", "certified", "decided", "unresolved",
            "t0>0", "rise", "after t0", "bound broken",
            "rate/2(d-1) min", "max", "κ/2(d-1)", "proved >=", "c_sharpest", "proved <=");

    private SummaryText() {
    }

    /** The table of {@code groups}, header first, columns right-aligned. */
    public static String table(List<SummaryGroup> groups) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (SummaryGroup g : groups) {
            rows.add(List.of(Integer.toString(g.d()), g.family(), g.binLabel(), Long.toString(g.runs()),
                    Long.toString(g.status().failed()), Long.toString(g.status().certified()), Long.toString(g.status().decided()),
                    Long.toString(g.status().unresolved()),
                    g.t0PositiveFraction() == null ? "-" : String.format(Locale.ROOT, "%.0f%%", 100 * g.t0PositiveFraction()),
                    Long.toString(g.violating()), Long.toString(g.violatingAfterT0()), Long.toString(g.boundViolating()), number(g.rateRatioMin(), "%.4f"),
                    number(g.rateRatioMax(), "%.4f"), number(g.kappa().computed(), "%.4f"), number(g.kappa().lower(), "%.4f"),
                    number(g.cSharpest().computed(), "%.4g"), number(g.cSharpest().upper(), "%.4g")));
        }
        return columns(rows);
    }

    /** Rows of text (the header first) as fixed-width lines, columns right-aligned. */
    public static String columns(List<List<String>> rows) {
        int[] width = new int[rows.get(0).size()];
        rows.forEach(row -> {
            for (int c = 0; c < width.length; c++) {
                width[c] = Math.max(width[c], row.get(c).length());
            }
        });
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            for (int c = 0; c < width.length; c++) {
                text.append(c == 0 ? "" : "  ").append(" ".repeat(width[c] - row.get(c).length())).append(row.get(c));
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static String number(Double x, String format) {
        return x == null ? "-" : String.format(Locale.ROOT, format, x);
    }
}
