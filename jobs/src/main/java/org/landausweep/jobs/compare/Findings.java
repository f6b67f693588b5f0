package org.landausweep.jobs.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The answer of one sweep in words, from its summary rows alone, so the same sentences appear in
 * {@code landau compare}'s output and at the top of the report:
 * <ul>
 * <li>the runs by status, and which of them are the evidence: those whose decisions are certified (CERTIFIED
 *     or DECIDED); the UNRESOLVED runs are counted apart, never as evidence;</li>
 * <li>certified violations of Theorem 1 (a certified rise of E that starts after t0_theorem) and certified
 *     violations of its bound: k of n evidence runs, with the Clopper–Pearson 95 % upper bound on their
 *     probability;</li>
 * <li>the range of decay_rate_asymptotic / (2(d-1)) over the solved runs;</li>
 * <li>the range of κ_sharpest / (2(d-1)) over the groups, as computed from E_N and as certified by the enclosure (the
 *     ranges of the groups' lower and upper bounds), and the evidence runs where E(t) &lt;= E(0) e^{-8(d-1)t}, four times
 *     Theorem 1's rate, is proved or disproved at every sample;</li>
 * <li>the same rate at each instant, E'(t) &lt;= -8(d-1) E(t) on [0, T]: the evidence runs where the certificate disproves it
 *     (rigorous) and where it holds at every grid point (grid-level), with the range of the groups' smallest min_t -E'/E
 *     over 2(d-1), computed and bounded;</li>
 * <li>the range of c_sharpest, the smallest c with E(t) &lt;= c e^{-2(d-1)t} E(0), computed and with its certified upper
 *     bound; "no constant is needed" only when that bound is 1 to four digits;</li>
 * <li>the (d, λmax bin) groups that test t0 (t0_theorem &gt; 0 in some run), or a warning when none does.</li>
 * </ul>
 *
 * @param sweep  the sweep's name
 * @param groups its summary rows
 */
public record Findings(String sweep, List<SummaryGroup> groups) {

    /** The findings of {@code sweep} from its summary rows. */
    public Findings {
        groups = List.copyOf(groups);
    }

    /** The sentences, in order: counts, violations, rates, κ computed, κ certified, the instantaneous rate, c, t0. */
    public List<String> sentences() {
        long runs = sum(SummaryGroup::runs);
        long evidence = sum(g -> g.status().evidence());
        long unresolved = sum(g -> g.status().unresolved());
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "Sweep %s: %d runs: %d CERTIFIED, %d DECIDED, %d UNRESOLVED, %d FAILED. The evidence is the %d"
                        + " runs whose decisions are certified (CERTIFIED or DECIDED)%s.", sweep, runs, sum(g -> g.status().certified()),
                sum(g -> g.status().decided()), unresolved, sum(g -> g.status().failed()), evidence,
                unresolved == 0 ? "" : "; the UNRESOLVED runs are listed in the report and not counted"));
        lines.add(violations(sum(SummaryGroup::violatingAfterT0), sum(SummaryGroup::violating), sum(SummaryGroup::boundViolating), evidence));
        lines.add(range("Asymptotic decay rate", SummaryGroup::rateRatioMin, SummaryGroup::rateRatioMax,
                "times Theorem 1's 2(d-1) over the solved runs (1 would mean the theorem's rate is attained)"));
        lines.add(range("κ_sharpest, the largest κ with E(t) <= E(0) e^{-κt} for every evidence run and sampled t,", g -> g.kappa().computed(),
                g -> g.kappa().computed(), "times 2(d-1) over the (d, λmax bin) groups on the computed E_N(t)"));
        lines.add(kappaCertified(evidence));
        lines.add(instantaneousFourfold(evidence));
        lines.add(cSharpest());
        lines.add(t0());
        return lines;
    }

    /** The sentences as one block of text, a line each. */
    public String text() {
        return String.join("\n", sentences());
    }

    private String violations(long afterT0, long anywhere, long bound, long evidence) {
        String head = afterT0 == 0
                ? String.format(Locale.ROOT, "No certified violation of Theorem 1: a certified rise of E after t0_theorem in 0 of %d runs",
                        evidence)
                : String.format(Locale.ROOT, "VIOLATION of Theorem 1: a certified rise of E after t0_theorem in %d of %d runs"
                        + " (a bug or a discovery: see the worst runs)", afterT0, evidence);
        return head + "; probability <= " + upper(afterT0, evidence) + " (Clopper–Pearson, 95 %). A certified rise at some time (allowed"
                + " before t0): " + anywhere + " of " + evidence + ". Theorem 1's bound disproved: " + bound + " of " + evidence
                + " (probability <= " + upper(bound, evidence) + ").";
    }

    private static String upper(long k, long n) {
        return n == 0 ? "1 (no evidence)" : String.format(Locale.ROOT, "%.2g", ClopperPearson.upper95(k, n));
    }

    private String range(String what, Function<SummaryGroup, Double> low, Function<SummaryGroup, Double> high, String unit) {
        List<Double> lows = values(low);
        List<Double> highs = values(high);
        if (lows.isEmpty()) {
            return what + ": none (no solved run has it).";
        }
        return String.format(Locale.ROOT, "%s %s %s.", what, interval(min(lows), max(highs), "%.3f"), unit);
    }

    private String kappaCertified(long evidence) {
        List<Double> lower = values(g -> g.kappa().lower());
        if (lower.isEmpty()) {
            return "κ_sharpest certified: none (no evidence run has samples).";
        }
        List<Double> upper = values(g -> g.kappa().upper());
        String upperText = upper.isEmpty() ? "none, E_lower being 0 at every sample"
                : span(min(upper), max(upper), "%.3f");
        long proved = sum(SummaryGroup::fourfoldProved);
        long disproved = sum(SummaryGroup::fourfoldDisproved);
        return String.format(Locale.ROOT, "Certified by the enclosure, in each group κ_sharpest/(2(d-1)) lies between its lower bound, %s over"
                        + " the groups, and its upper bound, %s. E(t) <= E(0) e^{-8(d-1)t} (four times Theorem 1's rate) at every sample:"
                        + " proved in %d of %d evidence runs, disproved in %d (probability <= %s), open in %d.",
                span(min(lower), max(lower), "%.3f"), upperText, proved, evidence, disproved,
                upper(disproved, evidence), evidence - proved - disproved);
    }

    private String instantaneousFourfold(long evidence) {
        long disproved = sum(SummaryGroup::instantaneousFourfoldDisproved);
        String head = String.format(Locale.ROOT, "E'(t) <= -8(d-1) E(t) on [0, T], the fourfold rate at each instant: disproved in %d of %d"
                        + " evidence runs (probability <= %s); holds at every grid point of the certificate in %d (grid-level: not proved"
                        + " between grid points; as -E'/E tends to 8(d-1), the enclosure's width decides it at late points).",
                disproved, evidence, upper(disproved, evidence), sum(SummaryGroup::instantaneousFourfoldGrid));
        List<Double> computed = values(g -> g.rateMin().computed());
        if (computed.isEmpty()) {
            return head;
        }
        List<Double> upper = values(g -> g.rateMin().upper());
        List<Double> lower = values(g -> g.rateMin().lower());
        String above = upper.isEmpty() ? "" : "; the certificates bound it above by " + span(min(upper), max(upper), "%.3f");
        String below = lower.isEmpty() ? "" : " and, at their grid points, below by " + span(min(lower), max(lower), "%.3f");
        return head + " The smallest min_t -E'(t)/E(t) of a group, over 2(d-1), " + interval(min(computed), max(computed), "%.3f")
                + " over the groups on E_N(t)" + above + below + ".";
    }

    private String cSharpest() {
        List<Double> c = values(g -> g.cSharpest().computed());
        if (c.isEmpty()) {
            return "c_sharpest: none (no evidence run).";
        }
        List<Double> upper = values(g -> g.cSharpest().upper());
        String bound = upper.isEmpty() ? "" : String.format(Locale.ROOT, "; the enclosure proves c_sharpest <= %.4g in every group", max(upper));
        boolean one = !upper.isEmpty() && String.format(Locale.ROOT, "%.4g", max(upper)).equals("1.000");
        return "c_sharpest, the smallest c with E(t) <= c e^{-2(d-1)t} E(0) for every evidence run, " + interval(min(c), max(c), "%.4g")
                + " over the groups on E_N(t)" + bound + (one ? ": no constant is needed." : " (Theorem 1: c0 = e^{(λmax-1)/d}).");
    }

    private static double min(List<Double> x) {
        return x.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }

    private static double max(List<Double> x) {
        return x.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    }

    private String t0() {
        List<SummaryGroup> testing = groups.stream().filter(SummaryGroup::testsT0).toList();
        if (testing.isEmpty()) {
            return "WARNING: t0 is not tested: t0_theorem = 0 in every run (every λmax <= (d+1)/2). "
                    + "Sample larger λmax (as sweeps/theorem1.yaml does) to test Theorem 1's t0.";
        }
        return "t0 is tested (t0_theorem > 0) in " + testing.stream()
                .map(g -> String.format(Locale.ROOT, "d = %d, λmax in %s (%.0f %% of %d solved runs)", g.d(), g.binLabel(),
                        100 * g.t0PositiveFraction(), g.solved()))
                .collect(Collectors.joining("; ")) + ".";
    }

    private List<Double> values(Function<SummaryGroup, Double> column) {
        return groups.stream().map(column).filter(Objects::nonNull).filter(x -> !x.isNaN()).toList();
    }

    private long sum(Function<SummaryGroup, Long> column) {
        return groups.stream().mapToLong(column::apply).sum();
    }

    /** "is 4.000" for one value at the format's precision, "is 4.000 to 4.005" for a range. */
    private static String interval(double min, double max, String format) {
        return "is " + span(min, max, format);
    }

    /** x at the format's precision; ±∞ (a bound that bounds nothing) as the sign. */
    private static String number(double x, String format) {
        return Double.isInfinite(x) ? (x > 0 ? "∞" : "-∞") : String.format(Locale.ROOT, format, x);
    }

    /** "4.000" for one value at the format's precision, "4.000 to 4.005" for a range. */
    private static String span(double min, double max, String format) {
        String a = number(min, format);
        String b = number(max, format);
        return a.equals(b) ? a : a + " to " + b;
    }
}
