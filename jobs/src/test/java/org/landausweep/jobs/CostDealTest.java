package org.landausweep.jobs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Graham's LPT deal, worked by hand, and every run dealt exactly once. */
class CostDealTest {

    @Test
    void costliestFirstEachToTheLeastLoadedPartition() {
        // Sorted: 5 (run 3), 4 (run 0), 3 (runs 1, 2, 4). 5 -> p0; 4 -> p1; 3 -> p1 (4 < 5); 3 -> p0 (5 < 7); 3 -> p1 (7 < 8).
        List<long[]> dealt = CostDeal.deal(new long[] {0, 1, 2, 3, 4}, new double[] {4, 3, 3, 5, 3}, 2);
        assertEquals(2, dealt.size());
        assertArrayEquals(new long[] {3, 2}, dealt.get(0));
        assertArrayEquals(new long[] {0, 1, 4}, dealt.get(1));
    }

    @Test
    void moreTasksThanRunsLeavesSomeEmpty() {
        List<long[]> dealt = CostDeal.deal(new long[] {10, 11}, new double[] {1, 1}, 3);
        assertArrayEquals(new long[] {10}, dealt.get(0));
        assertArrayEquals(new long[] {11}, dealt.get(1));
        assertArrayEquals(new long[] {}, dealt.get(2));
    }
}
