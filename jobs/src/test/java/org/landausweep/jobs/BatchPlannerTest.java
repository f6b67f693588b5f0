package org.landausweep.jobs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.landausweep.core.data.InvalidInputException;
import org.landausweep.sweeps.SpecFormat;
import org.landausweep.sweeps.SweepPlan;
import org.landausweep.sweeps.SweepSpec;

/** Batches stay within a dimension, are the same for the same state, and cover exactly the uncommitted runs. */
class BatchPlannerTest {
    private static final SweepPlan TINY = new SweepPlan(TinySweeps.tiny().spec());

    @Test
    void cutsEachDimensionFromItsFirstRun() {
        assertEquals(List.of(Batch.of(2, 0, 4, 2), Batch.of(2, 4, 6, 2), Batch.of(3, 6, 10, 2), Batch.of(3, 10, 12, 2)),
                BatchPlanner.pending(TINY, Set.of(), 4));
        assertEquals(List.of(Batch.of(2, 0, 6, 2), Batch.of(3, 6, 12, 2)), BatchPlanner.pending(TINY, Set.of(), 500));
    }

    @Test
    void leavesOutCommittedBatchesAndRecreatesTheOthers() {
        assertEquals(List.of(Batch.of(2, 4, 6, 2), Batch.of(3, 10, 12, 2)), BatchPlanner.pending(TINY, Set.of("00-03", "06-09"), 4));
        assertEquals(List.of(), BatchPlanner.pending(TINY, Set.of("00-03", "04-05", "06-09", "10-11"), 4));
    }

    @Test
    void aNewBatchSizeOnlyCutsTheRunsLeft() {
        assertEquals(List.of(Batch.of(2, 0, 1, 2), Batch.of(2, 4, 6, 2), Batch.of(3, 6, 11, 2), Batch.of(3, 11, 12, 2)),
                BatchPlanner.pending(TINY, Set.of("01-03"), 5));
    }

    @Test
    void refusesMoreBatchesThanTheDriverPlans() {
        SweepPlan large = new SweepPlan(SweepSpec.parse("name: large\nseed: 1\nruns: 50001\nd: [2, 3]\n", SpecFormat.YAML));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> BatchPlanner.pending(large, Set.of(), 1));
        assertTrue(e.getMessage().contains("--batch-size") && e.getMessage().contains("use at least 2"), e.getMessage());
        assertEquals(2 * 25001, BatchPlanner.pending(large, Set.of(), 2).size(), "each dimension cut in pieces of 2");
    }

    @Test
    void ignoresMarkersThatAreNotBatchIds() {
        assertEquals(BatchPlanner.pending(TINY, Set.of(), 4), BatchPlanner.pending(TINY, Set.of(".00-03.crc", "notes"), 4));
    }

    @Test
    void batchIdsNameTheirRuns() {
        Batch batch = Batch.of(3, 500, 1000, 4);
        assertEquals("0500-0999", batch.id());
        assertEquals(500, batch.size());
        assertArrayEquals(new long[] {500, 1000}, Batch.runsOf("0500-0999"));
        assertNull(Batch.runsOf("0999-0500"));
        assertNull(Batch.runsOf("part-1"));
        assertNull(Batch.runsOf("1-2-3"));
        assertEquals("0500-0999", SweepLayout.batchIdOf("part-0500-0999.parquet"));
        assertNull(SweepLayout.batchIdOf(".part-0500-0999.parquet.crc"));
    }
}
