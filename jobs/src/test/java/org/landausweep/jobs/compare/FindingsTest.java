package org.landausweep.jobs.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.landausweep.jobs.compare.SummaryGroup.Bounded;

/**
 * The findings' template on hand-made summary rows: every number in the expected sentences is worked
 * out here by hand (sums over the groups, min and max of the ranges, 1 - 0.05^{1/n} for no event).
 */
class FindingsTest {

    /**
     * A group whose solved runs are all CERTIFIED, no bound broken, with κ/2(d-1) and c read from E_N and bounded by the
     * enclosure, and the runs where the fourfold rate is proved (none disproved); the smallest min_t -E'/E bounded, and the
     * runs where its fourfold form holds at the grid points (none disproved).
     */
    private static SummaryGroup group(int d, int bin, long runs, long failed, double t0Fraction, long violating, long afterT0,
                                      double rateMin, double rateMax, Bounded kappa, long fourfold, Bounded c, Bounded rateMinimum,
                                      long instantaneous) {
        return new SummaryGroup(d, "random-mixture", bin, new SummaryGroup.StatusCounts(runs, failed, runs - failed, 0, 0), t0Fraction,
                violating, afterT0, 0, rateMin, rateMax, kappa, fourfold, 0, c, rateMinimum, instantaneous, 0);
    }

    private static SummaryGroup group(int d, int bin, SummaryGroup.StatusCounts status, double t0Fraction, long violating, long afterT0,
                                      long bound, double rateMin, double rateMax, double kappa, double c) {
        return new SummaryGroup(d, "random-mixture", bin, status, t0Fraction, violating, afterT0, bound, rateMin, rateMax,
                new Bounded(kappa, kappa - 0.5, null), 1, 3, new Bounded(c, 1.0, c + 0.01),
                new Bounded(kappa - 0.1, Double.NEGATIVE_INFINITY, null), 0, 2);
    }

    @Test
    void aSweepWithoutViolationsNorT0SaysSoAndWarns() {
        // Like quick: 500 + 500 solved runs, all λmax <= (d+1)/2; 1 - 0.05^(1/1000) = 0.0029914 prints as 0.0030.
        Findings findings = new Findings("quick", List.of(
                group(2, 0, 500, 0, 0.0, 0, 0, 4.0001, 4.0049, new Bounded(4.0123, 4.0101, 4.0126), 500, new Bounded(1.0, 0.9999, 1.00004),
                        new Bounded(4.012, 3.9, 4.013), 498),
                group(3, 1, 500, 0, 0.0, 0, 0, 4.0002, 4.0031, new Bounded(4.1812, 3.9, 4.1813), 497, new Bounded(1.0, 1.0, 1.0003),
                        new Bounded(4.05, 4.049, 4.0512), 500)));
        assertEquals(List.of(
                "Sweep quick: 1000 runs: 1000 CERTIFIED, 0 DECIDED, 0 UNRESOLVED, 0 FAILED. The evidence is the 1000 runs whose"
                        + " decisions are certified (CERTIFIED or DECIDED).",
                "No certified violation of Theorem 1: a certified rise of E after t0_theorem in 0 of 1000 runs; probability <= 0.0030"
                        + " (Clopper–Pearson, 95 %). A certified rise at some time (allowed before t0): 0 of 1000. Theorem 1's bound"
                        + " disproved: 0 of 1000 (probability <= 0.0030).",
                "Asymptotic decay rate is 4.000 to 4.005 times Theorem 1's 2(d-1) over the solved runs (1 would mean the theorem's rate is attained).",
                "κ_sharpest, the largest κ with E(t) <= E(0) e^{-κt} for every evidence run and sampled t, is 4.012 to 4.181 times 2(d-1)"
                        + " over the (d, λmax bin) groups on the computed E_N(t).",
                "Certified by the enclosure, in each group κ_sharpest/(2(d-1)) lies between its lower bound, 3.900 to 4.010 over the"
                        + " groups, and its upper bound, 4.013 to 4.181. E(t) <= E(0) e^{-8(d-1)t} (four times Theorem 1's rate) at every"
                        + " sample: proved in 997 of 1000 evidence runs, disproved in 0 (probability <= 0.0030), open in 3.",
                "E'(t) <= -8(d-1) E(t) on [0, T], the fourfold rate at each instant: disproved in 0 of 1000 evidence runs (probability"
                        + " <= 0.0030); holds at every grid point of the certificate in 998 (grid-level: not proved between grid points;"
                        + " as -E'/E tends to 8(d-1), the enclosure's width decides it at late points). The smallest min_t -E'(t)/E(t)"
                        + " of a group, over 2(d-1), is 4.012 to 4.050 over the groups on E_N(t); the"
                        + " certificates bound it above by 4.013 to 4.051 and, at their grid points, below by 3.900 to 4.049.",
                "c_sharpest, the smallest c with E(t) <= c e^{-2(d-1)t} E(0) for every evidence run, is 1.000 over the groups on E_N(t);"
                        + " the enclosure proves c_sharpest <= 1.000 in every group: no constant is needed.",
                "WARNING: t0 is not tested: t0_theorem = 0 in every run (every λmax <= (d+1)/2). "
                        + "Sample larger λmax (as sweeps/theorem1.yaml does) to test Theorem 1's t0."), findings.sentences());
    }

    @Test
    void violationsAfterT0AndTheBinsThatTestT0AreNamed() {
        // 42 runs: 2 FAILED, 2 UNRESOLVED (not evidence), 40 - 2 = 38 with certified decisions (30 CERTIFIED, 8 DECIDED);
        // 1 certified violation after t0: the Clopper–Pearson bound for 1 in 38 is 0.1189 (Beta(2, 37) at 0.95);
        // 0 bound violations in 38: 1 - 0.05^(1/38) = 0.0758.
        Findings findings = new Findings("t", List.of(
                group(2, 1, new SummaryGroup.StatusCounts(20, 0, 15, 5, 0), 0.0, 3, 0, 0, 1.5, 2.5, 1.2, 1.05),
                group(2, 2, new SummaryGroup.StatusCounts(22, 2, 15, 3, 2), 0.25, 5, 1, 0, 0.98, 1.7, 0.91, 1.3)));
        List<String> s = findings.sentences();
        assertEquals("Sweep t: 42 runs: 30 CERTIFIED, 8 DECIDED, 2 UNRESOLVED, 2 FAILED. The evidence is the 38 runs whose decisions are"
                + " certified (CERTIFIED or DECIDED); the UNRESOLVED runs are listed in the report and not counted.", s.get(0));
        assertEquals("VIOLATION of Theorem 1: a certified rise of E after t0_theorem in 1 of 38 runs (a bug or a discovery: see the worst runs);"
                + " probability <= 0.12 (Clopper–Pearson, 95 %). A certified rise at some time (allowed before t0): 8 of 38. Theorem 1's"
                + " bound disproved: 0 of 38 (probability <= 0.076).", s.get(1));
        assertEquals("Asymptotic decay rate is 0.980 to 2.500 times Theorem 1's 2(d-1) over the solved runs (1 would mean the theorem's rate is attained).",
                s.get(2));
        // κ's upper bound is null in both groups (E_lower = 0 at every sample); 1 + 1 runs proved, 3 + 3 disproved:
        // the Clopper–Pearson bound for 6 in 38 is 0.2880 (Beta(7, 32) at 0.95)
        assertEquals("Certified by the enclosure, in each group κ_sharpest/(2(d-1)) lies between its lower bound, 0.410 to 0.700 over the"
                + " groups, and its upper bound, none, E_lower being 0 at every sample. E(t) <= E(0) e^{-8(d-1)t} (four times Theorem 1's"
                + " rate) at every sample: proved in 2 of 38 evidence runs, disproved in 6 (probability <= 0.29), open in 30.", s.get(4));
        // 2 + 2 runs disproved at each instant, none at the grid points: the Clopper–Pearson bound for 4 in 38 is 0.2249 (Beta(5, 34)
        // at 0.95); no group has an upper bound, and the lower bounds are -∞
        assertEquals("E'(t) <= -8(d-1) E(t) on [0, T], the fourfold rate at each instant: disproved in 4 of 38 evidence runs (probability"
                + " <= 0.22); holds at every grid point of the certificate in 0 (grid-level: not proved between grid points; as -E'/E"
                + " tends to 8(d-1), the enclosure's width decides it at late points). The smallest"
                + " min_t -E'(t)/E(t) of a group, over 2(d-1), is 0.810 to 1.100 over the groups on E_N(t) and, at their grid points,"
                + " below by -∞.", s.get(5));
        assertEquals("c_sharpest, the smallest c with E(t) <= c e^{-2(d-1)t} E(0) for every evidence run, is 1.050 to 1.300 over the"
                + " groups on E_N(t); the enclosure proves c_sharpest <= 1.310 in every group (Theorem 1: c0 = e^{(λmax-1)/d}).", s.get(6));
        assertEquals("t0 is tested (t0_theorem > 0) in d = 2, λmax in [1.50, 1.75) (25 % of 20 solved runs).", s.get(7));
    }

    @Test
    void theConsoleTableHasALinePerGroupUnderItsHeader() {
        String table = SummaryText.table(List.of(group(2, 0, 500, 1, 0.0, 0, 0, 4.0001, 4.0049, new Bounded(4.0123, 4.0101, 4.0126), 499,
                new Bounded(1.0, 0.9999, 1.00004), new Bounded(4.0, 3.99, 4.01), 499)));
        List<String> lines = table.lines().toList();
        assertEquals(2, lines.size());
        assertEquals(lines.get(0).length(), lines.get(1).length(), "columns line up");
        assertEquals(List.of("2", "random-mixture", "[1.00,", "1.25)", "500", "1", "499", "0", "0", "0%", "0", "0", "0", "4.0001", "4.0049",
                        "4.0123", "4.0101", "1.000", "1.000"),
                List.of(lines.get(1).strip().split(" +")));
    }
}
