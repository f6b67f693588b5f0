package org.landausweep.jobs.compare.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.landausweep.jobs.compare.SearchResults;

/**
 * The part of the report of one counterexample search ({@code PATH/search}): per cell (d, λmax band) the best
 * value of the objective over the DECIDED starts, its certified upper bound where the objective has one, the
 * theorem's value at that point, the start's id, and the start counts ({@link SearchResults}); then the findings
 * {@code landau search} wrote (with the re-solve of each cell's best) and the commands that solve the kept data.
 *
 * @param results the search's results
 * @param fs      the file system of the output root
 * @param root    the output root, fully qualified
 * @param page    the page to write on
 */
record SearchSection(SearchResults results, FileSystem fs, Path root, HtmlPage page) {

    void write() throws IOException {
        String name = results.search();
        page.heading(2, "Search " + name);
        page.paragraph("Objective " + results.objective() + ", " + results.starts() + " committed starts (table search/starts/sweep=" + name
                + "). Per cell: the largest best value over the starts whose best point is DECIDED (only those are evidence), "
                + (results.hasCertified() ? "its certified upper bound from the solve's enclosure, " : "")
                + "the largest value Theorem 1 allows at that point, and the start it came from; undecided starts were solved but not "
                + "certified, unsolved starts never had a point inside the constraints solved."
                + (results.hasCertified() ? "" : " This objective has no certified upper bound in the table (only max_rate_gap and"
                        + " max_rate_gap_at_0 have one)."));
        page.table(results.header(), results.table());
        page.paragraph(results.conclusion());
        Path findings = new Path(new Path(new Path(root, SearchResults.FOLDER), "findings"), name + ".txt");
        if (fs.exists(findings)) {
            page.paragraph("The findings of landau search, with the re-solve of each cell's best point at tighter settings ("
                    + "search/findings/" + name + ".txt):");
            page.code(read(findings).strip());
        }
        List<String> solves = new ArrayList<>();
        for (SearchResults.Cell cell : results.cells()) {
            Path kept = new Path(new Path(new Path(new Path(root, SearchResults.FOLDER), "best"), name), "cell-" + cell.index() + ".json");
            if (fs.exists(kept)) {
                solves.add("bin/landau solve " + ResolveCommand.outputArgument(kept));
            }
        }
        if (!solves.isEmpty()) {
            page.paragraph("The kept best data (re-solved and decided), one per cell, each solved again by:");
            page.code(String.join("\n", solves));
        }
    }

    private String read(Path file) throws IOException {
        try (var in = fs.open(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
