package org.landausweep.jobs.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.landausweep.jobs.SharedSpark;

/** {@code message} in the runs table is null when nothing went wrong, so "IS NULL" finds the clean runs. */
class RunMessageTest {

    @Test
    void certifiedRunsHaveNoMessage() throws IOException {
        var runs = SharedSpark.get().read().parquet(TinyOutput.root().resolve("runs").toString());
        long ok = runs.where("status = 'CERTIFIED'").count();
        assertEquals(TinyOutput.CMP_RUNS + TinyOutput.CMP3_RUNS, ok, "the tiny sweeps solve cleanly");
        assertEquals(ok, runs.where("status = 'CERTIFIED' AND message IS NULL").count());
    }
}
