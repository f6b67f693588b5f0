package org.landausweep.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress per run: lines while a batch runs, with counts that only the running task's heartbeats can give. */
class RunProgressTest {
    private static final Pattern TICK = Pattern.compile("solving: (\\d+)/12 runs \\(\\d+\\.\\d %\\), \\d+\\.\\d\\d runs/s, ETA .+");

    /** Each solve takes at least 0.4 s, so the one task of a batch of 6 runs for 2.4 s or more. */
    private static final RunSolver SLOW = run -> {
        try {
            Thread.sleep(400);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return RunSolver.LANDAU.solve(run);
    };

    @Test
    void linesComeWhileTheBatchRunsWithTheRunsOfTheRunningTask(@TempDir Path output) throws IOException {
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        SweepState state = SweepState.open(TinySweeps.layout(output, TinySweeps.tiny()), TinySweeps.tiny(), false);
        SweepOptions oneTask = SweepOptions.defaults().withBatchSize(TinySweeps.RUNS_D2).withPartitions(1).withMaxBatches(1);
        new SweepJob(SharedSpark.get(), SLOW, oneTask, lines::add, 1).run(state);

        List<Integer> counts = new ArrayList<>();
        for (String line : lines) {
            Matcher m = TICK.matcher(line);
            if (m.matches()) {
                counts.add(Integer.parseInt(m.group(1)));
            }
        }
        assertTrue(counts.size() >= 2, "a line a second during a batch of 2.4 s or more: " + lines);
        // one task: a count strictly between 0 and 6 came from its heartbeats, before the task ended
        assertTrue(counts.stream().anyMatch(c -> c > 0 && c < TinySweeps.RUNS_D2), lines.toString());
        List<Integer> sorted = new ArrayList<>(counts);
        Collections.sort(sorted);
        assertEquals(sorted, counts, "counts never go down: " + lines);
        assertEquals("progress: 6/12 runs", lines.get(lines.size() - 1), "the commit's line closes the batch");
    }

    @Test
    void durationsReadLikeAClock() {
        assertEquals("45 s", RunProgress.duration(45.4));
        assertEquals("4 min 07 s", RunProgress.duration(247));
        assertEquals("2 h 05 min", RunProgress.duration(7500));
    }
}
