package org.landausweep.jobs.compare.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The report is titled by what its output root holds. */
class ReportTitleTest {

    @Test
    void sweepsSearchesOrBoth() {
        assertEquals("Theorem 1 against the sweeps in /o", ReportJob.title(2, 0, "/o"));
        assertEquals("Theorem 1 against the searches in /o", ReportJob.title(0, 1, "/o"));
        assertEquals("Theorem 1 against the sweeps and searches in /o", ReportJob.title(1, 3, "/o"));
    }
}
