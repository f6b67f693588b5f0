package org.landausweep.jobs.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.landausweep.core.cli.Cli;
import org.landausweep.jobs.Landau;
import org.landausweep.jobs.SharedSpark;

/** {@code landau compare} prints the summary table and the findings, and leaves the findings beside the tables for the notebooks. */
class CompareConsoleTest {

    @Test
    void printsTheTableTheFindingsAndTheNextCommand() throws IOException {
        Path root = TinyOutput.root();
        StringWriter out = new StringWriter();
        assertEquals(0, Cli.execute(new Landau(), new PrintWriter(out), new PrintWriter(new StringWriter()),
                "compare", root.toString(), "--sweep", "cmp"));
        List<SummaryGroup> groups = SharedSpark.get().read().parquet(root.resolve("summary/sweep=cmp").toString())
                .orderBy("d", "family", "lambda_bin").collectAsList().stream().map(SummaryGroup::of).toList();
        assertEquals(4, groups.size(), "cmp's λmax targets [1, 1.9] fill four bins");
        Findings findings = new Findings("cmp", groups);
        String text = out.toString();
        assertTrue(text.contains(SummaryText.table(groups)), text);
        assertTrue(text.contains(findings.text()), text);
        assertTrue(text.contains("t0 is tested (t0_theorem > 0) in d = 2, λmax in [1.50, 1.75)"), text);
        assertTrue(text.strip().endsWith("next: bin/landau report " + root + "   (writes " + root + "/report/index.html)"), text);
        assertEquals(findings.text() + "\n", Files.readString(root.resolve("findings/cmp.txt")));
    }
}
