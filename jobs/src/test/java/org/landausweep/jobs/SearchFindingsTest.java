package org.landausweep.jobs;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The check that keeps a t = 0 search's best point only when its exact slack lies under the certified bound. No real
 * datum provokes the refusal (the closed form and the certificate agree, SearchJobTest), so it is driven here with numbers.
 */
class SearchFindingsTest {

    @Test
    void aSlackAboveItsCertifiedBoundIsNotKept() {
        String line = SearchFindings.refusal("tol 1.0e-08, nMax 64", -3.0, -3.5);
        assertTrue(line != null && line.contains("not kept") && line.contains("-3.00000000") && line.contains("-3.50000000"), line);
    }

    @Test
    void aSlackUnderItsBoundOrEqualToItWithinRoundingIsKept() {
        assertNull(SearchFindings.refusal("s", -4.0, -3.5));
        assertNull(SearchFindings.refusal("s", -3.5 * (1 - 1e-13), -3.5));
        assertTrue(SearchFindings.refusal("s", -3.5 * (1 - 1e-11), -3.5) != null, "a rise of 1e-11 relative is beyond rounding");
    }
}
