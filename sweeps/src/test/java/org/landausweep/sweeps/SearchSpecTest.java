package org.landausweep.sweeps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Search files: the shipped ones, their cells and fingerprint, and bad files refused naming the field. */
class SearchSpecTest {
    private static final String MINIMAL = """
            name: s
            seed: 3
            objective: max_rate
            d: [2, 3]
            anisotropy: [[0.0, 0.2], [0.8, 0.95]]
            components: 2
            starts: 5
            evaluations: 20
            """;

    private static SearchSpec shipped(String file) throws IOException {
        return SearchSpec.parse(Files.readString(Path.of("..", "searches", file)), SpecFormat.YAML);
    }

    @Test
    void shippedRateSearchesFiveBandsInTwoAndThreeDimensions() throws IOException {
        SearchSpec rate = shipped("rate.yaml");
        assertEquals("max_rate_gap_at_0", rate.objective());
        assertEquals(10, rate.cells().size());
        assertTrue(rate.startCount() >= 200 && rate.startCount() <= 1000, "starts: " + rate.startCount());
        SearchCell top3 = rate.cells().get(9);
        assertEquals(3, top3.d());
        // a = (λmax - 1)/(d - 1) in [0.8, 0.95] is λmax in [2.6, 2.9] for d = 3
        assertEquals(2.6, top3.lambdaMaxMin(), 1e-12);
        assertEquals(2.9, top3.lambdaMaxMax(), 1e-12);
        SearchSpec quick = shipped("quick.yaml");
        assertTrue(quick.startCount() <= 20, "quick is quick: " + quick.startCount());
    }

    @Test
    void shippedSearchesAtTimeZeroCoverTwoThreeAndFourDimensions() throws IOException {
        SearchSpec rate0 = shipped("rate0.yaml");
        SearchSpec d4 = shipped("rate0-d4.yaml");
        assertEquals("max_rate_at_0", rate0.objective());
        assertEquals("max_rate_at_0", d4.objective());
        assertEquals(10, rate0.cells().size());
        assertEquals(5, d4.cells().size());
        for (SearchCell cell : d4.cells()) {
            assertEquals(4, cell.d());
            assertEquals(20, cell.resolve().nMax(), "the d = 4 re-solve stays at a degree whose blocks are affordable");
        }
        // a = 0.95 is λmax = 1 + 0.95 (d - 1) = 3.85 in d = 4
        assertEquals(3.85, d4.cells().get(4).lambdaMaxMax(), 1e-12);
    }

    @Test
    void shippedTwoLargeSearchStaysWhereTwoEigenvaluesExceedOne() throws IOException {
        SearchSpec two = shipped("two-large.yaml");
        for (SearchCell cell : two.cells()) {
            assertEquals(3, cell.d());
            assertTrue(cell.bandsSecond() && cell.lambdaSecondMin() > 1, cell.band());
            assertTrue(cell.band().contains("lambdaSecond="), cell.band());
        }
        SearchCell plain = SearchSpec.parse(MINIMAL, SpecFormat.YAML).cells().get(0);
        assertTrue(!plain.bandsSecond() && plain.lambdaSecondMin() == 0, "no band on λ_2 unless asked");
        // a band on λ_2 is part of the search's identity
        String three = MINIMAL.replace("d: [2, 3]", "d: [3]").replace("anisotropy: [[0.0, 0.2], [0.8, 0.95]]", "lambdaMax: [[1.2, 1.4]]");
        assertNotEquals(SearchSpec.parse(three, SpecFormat.YAML).fingerprint(),
                SearchSpec.parse(three + "lambdaSecond: [1.05, 1.1]\n", SpecFormat.YAML).fingerprint());
    }

    @Test
    void startsAreNumberedCellByCell() {
        SearchSpec spec = SearchSpec.parse(MINIMAL, SpecFormat.YAML);
        assertEquals(20, spec.startCount());
        assertEquals(0, spec.cellOf(4).index());
        assertEquals(1, spec.cellOf(5).index());
        assertEquals(3, spec.cellOf(19).d());
        // defaults: the re-solve is a hundred times tighter, with a quarter more degrees (d = 3: 64 -> 80)
        SearchCell cell = spec.cells().get(0);
        assertEquals(cell.settings().tol() / 100, cell.resolve().tol(), 0);
        assertEquals(cell.settings().nMax() + cell.settings().nMax() / 4, cell.resolve().nMax());
        assertEquals(80, spec.cells().get(3).resolve().nMax());
    }

    @Test
    void fingerprintIgnoresLayoutAndDefaultsButNotValues() {
        String fp = SearchSpec.parse(MINIMAL, SpecFormat.YAML).fingerprint();
        assertEquals(fp, SearchSpec.parse("# a comment\n" + MINIMAL + "sigma: 0.3\n", SpecFormat.YAML).fingerprint());
        String json = "{\"name\":\"s\",\"seed\":3,\"objective\":\"max_rate\",\"d\":[2,3],\"anisotropy\":[[0.0,0.2],[0.8,0.95]],"
                + "\"components\":2,\"starts\":5,\"evaluations\":20}";
        assertEquals(fp, SearchSpec.parse(json, SpecFormat.JSON).fingerprint());
        assertNotEquals(fp, SearchSpec.parse(MINIMAL.replace("seed: 3", "seed: 4"), SpecFormat.YAML).fingerprint());
    }

    @Test
    void outputsOfTheEarlierStartDrawAreNotResumed() throws IOException {
        // searches/quick.yaml's fingerprint before starts honoured componentVariance (main at e5be78b): outputs
        // written then hold starts of the old draw, and a resume with the new draw must be refused.
        String firstDraw = "27508cf51a4b348fbcb07f43464bff4d90afd22df1364cd8bea674d6746ea5b1";
        assertNotEquals(firstDraw, shipped("quick.yaml").fingerprint());
    }

    @Test
    void outputsOfTheCertifiedSolveEvaluationAtTimeZeroAreNotResumed() throws IOException {
        // the fingerprints of main at 19c4bf6, before SearchSpec.RATE_AT_0_EVALUATION: those outputs may hold starts
        // evaluated by certified solves (rate.yaml before the closed form) and must not be completed with closed-form values
        assertNotEquals("e0f62458415c3cc74dfecc953d3476cee1b943785670a8522f7a9bb7901c7f49", shipped("rate.yaml").fingerprint());
        assertNotEquals("be70bb80066d289a21ccd4c36cecadff5238d675981fb333e1f176927e2baf40", shipped("rate0.yaml").fingerprint());
        // an objective over [0, T] is evaluated as before: its fingerprint is unchanged
        assertEquals("77a1ba7608287552850dbe1cc86adcdbeec93f5a333a2510d1d54cc35ea0cc49", shipped("quick.yaml").fingerprint());
    }

    @Test
    void badFilesNameTheField() {
        for (List<String> bad : List.of(
                List.of("objective: max_rate", "objective: max_speed", "objective"),
                List.of("components: 2", "components: 0", "components"),
                List.of("starts: 5", "starts: 0", "starts"),
                List.of("evaluations: 20", "evaluations: 1", "evaluations"),
                List.of("seed: 3\n", "", "seed"),
                List.of("components: 2", "components: 2\nlambdaMax: [[1, 1.5]]", "lambdaMax"),
                List.of("anisotropy: [[0.0, 0.2], [0.8, 0.95]]", "anisotropy: [[0.0, 0.2], [0.8, 1.0]]", "anisotropy[1]"),
                List.of("components: 2", "components: 2\nsigma: -1", "sigma"),
                List.of("components: 2", "components: 2\ncomponentVariance: [0.1, 2.0]", "componentVariance"),
                List.of("components: 2", "components: 2\nsolver:\n  tol: -1", "solver.tol"),
                List.of("components: 2", "components: 2\nresolve:\n  tol: 1.0", "resolve.tol"),
                List.of("components: 2", "components: 2\nbudget: 3", "budget"),
                List.of("d: [2, 3]", "d: [1]", "d[0]"),
                List.of("components: 2", "components: 2\nlambdaSecond: [1.1, 1.3]", "lambdaSecond"),
                List.of("d: [2, 3]", "d: [3]\nlambdaSecond: [0.0, 1.3]", "lambdaSecond"),
                List.of("d: [2, 3]", "d: [3]\nlambdaSecond: [1.5, 1.6]", "lambdaSecond"))) {
            String text = MINIMAL.replace(bad.get(0), bad.get(1));
            SweepSpecException e = assertThrows(SweepSpecException.class, () -> SearchSpec.parse(text, SpecFormat.YAML), bad.toString());
            assertEquals(bad.get(2), e.field(), e.getMessage());
        }
    }
}
