package org.landausweep.core.evolution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.landausweep.core.data.Bkw;

/**
 * A result shares no array with its maker or its readers: changing the arrays a solver passed in, or those a
 * caller got out, leaves the result as it was.
 */
class SolveResultImmutabilityTest {

    @Test
    void datumSummaryCopiesInAndOut() {
        double[] lambda = {1.5, 0.5};
        double[][] p = {{1.5, 0.1}, {0.1, 0.5}};
        DatumSummary datum = new DatumSummary(2, "test", lambda, p, 0.25);
        lambda[0] = 9;
        p[0][1] = 9;
        p[1] = new double[] {9, 9};
        datum.lambdaIn()[1] = 9;
        datum.pIn()[1][0] = 9;
        datum.pIn()[0] = new double[] {9, 9};
        assertArrayEquals(new double[] {1.5, 0.5}, datum.lambdaIn(), 0);
        assertArrayEquals(new double[] {1.5, 0.1}, datum.pIn()[0], 0);
        assertArrayEquals(new double[] {0.1, 0.5}, datum.pIn()[1], 0);
        assertEquals(1.5, datum.theorem().lambdaMax(), 0);
    }

    @Test
    void timeseriesCopiesInAndOut() {
        double[][] curves = {{0, 1}, {2, 1}, {-3, -1}, {2, 1.5}, {0, 1e-15}};
        Timeseries samples = new Timeseries(curves[0], curves[1], curves[2], curves[3], curves[4]);
        double[][] expected = new double[curves.length][];
        for (int c = 0; c < curves.length; c++) {
            expected[c] = curves[c].clone();
            curves[c][1] = 9;
        }
        samples.times()[0] = 9;
        samples.e()[0] = 9;
        samples.dedt()[0] = 9;
        samples.bound()[0] = 9;
        samples.pError()[0] = 9;
        assertArrayEquals(expected[0], samples.times(), 0);
        assertArrayEquals(expected[1], samples.e(), 0);
        assertArrayEquals(expected[2], samples.dedt(), 0);
        assertArrayEquals(expected[3], samples.bound(), 0);
        assertArrayEquals(expected[4], samples.pError(), 0);
        assertEquals(2, samples.count());
        assertEquals(1, samples.t(1), 0);
        assertEquals(-1, samples.dedt(1), 0);
    }

    @Test
    void timeseriesNeedsOneValuePerTime() {
        double[] two = {0, 1};
        assertThrows(IllegalArgumentException.class, () -> new Timeseries(two, two, two, new double[1], two));
    }

    @Test
    void aSolvedResultIsNotChangedThroughWhatItReturns() {
        SolveResult r = LandauSolver.solve(Bkw.of(2, 0.6), SolverSettings.defaults(2).withSampleCount(8));
        double e0 = r.samples().e(0);
        double t1 = r.samples().t(1);
        double lambdaMax = r.datum().lambdaMax();
        r.samples().e()[0] = -1;
        r.samples().times()[1] = -1;
        r.datum().lambdaIn()[0] = -1;
        assertEquals(e0, r.samples().e(0), 0);
        assertEquals(t1, r.samples().t(1), 0);
        assertEquals(lambdaMax, r.datum().lambdaIn()[0], 0);
        assertEquals(lambdaMax, r.theorem().lambdaMax(), 0);
    }

    @Test
    void aFailedResultHasTheDatumsNameAndNothingMeasured() {
        SolveResult f = SolveResult.failed(3, "bkw", "boom", 0.5);
        assertTrue(f.failed());
        assertEquals(3, f.datum().d());
        assertEquals("bkw", f.datum().family());
        assertEquals(0, f.samples().count());
        assertEquals(0, f.datum().lambdaIn().length);
        assertTrue(Double.isNaN(f.datum().e0Closed()) && Double.isNaN(f.horizon().end()) && Double.isNaN(f.conservation().massError()));
        assertNull(f.theorem());
        assertNull(f.diagnostics());
        assertNull(f.report());
    }
}
