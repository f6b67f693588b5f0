package org.landausweep.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.junit.jupiter.api.Test;
import org.landausweep.core.data.GaussianMixture;
import org.landausweep.core.data.InvalidInputException;
import org.landausweep.core.data.MixtureSamplingSpec;
import org.landausweep.core.search.DatumFitness;
import org.landausweep.core.search.MixtureCoordinates;
import org.landausweep.core.search.SearchConstraints;
import org.landausweep.core.search.SearchObjective;
import org.landausweep.core.search.SearchPoint;
import org.landausweep.core.search.SearchStarts;
import org.landausweep.sweeps.SearchCell;
import org.landausweep.sweeps.SearchSpec;
import org.landausweep.sweeps.SpecFormat;

/**
 * Every start datum of a search keeps each eigenvalue of each normalized component covariance inside the
 * search's componentVariance ([0.05, 1.9] when the file omits it), so that a start is a feasible point that is
 * solved, not a constrained one: over every start of the shipped searches, and of a file with narrow bounds.
 */
class SearchStartBoundsTest {

    @Test
    void everyStartOfTheShippedSearchesIsInsideItsComponentVarianceBounds() throws IOException {
        for (String name : List.of("quick", "rate", "two-large")) {
            SearchSpec spec = SearchSpec.parse(Files.readString(Path.of("..", "searches", name + ".yaml")), SpecFormat.YAML);
            assertEquals(List.of(), outside(spec, spec.componentVariance().min(), spec.componentVariance().max()), name);
        }
    }

    /** The bounds are the file's: narrow ones that the benchmark distribution alone often leaves (about a third of its draws). */
    @Test
    void narrowBoundsAndTheDefaultBoundsAreHonoured() {
        String narrow = """
                name: narrow
                seed: 3
                objective: max_rate
                d: [2, 3]
                lambdaMax: [[1.0, 1.3], [1.3, 1.6]]
                components: 2
                starts: 40
                evaluations: 2
                componentVariance: [0.3, 1.2]
                """;
        SearchSpec spec = SearchSpec.parse(narrow, SpecFormat.YAML);
        assertEquals(List.of(), outside(spec, 0.3, 1.2));
        SearchSpec defaults = SearchSpec.parse(narrow.replace("componentVariance: [0.3, 1.2]\n", ""), SpecFormat.YAML);
        assertEquals(List.of(), outside(defaults, 0.05, 1.9), "the default bounds when the file omits them");
    }

    /** A point outside the bounds is never solved: DatumFitness ranks it CONSTRAINED before the solver is called. */
    @Test
    void aPointOutsideTheBoundsIsNotSolved() {
        MixtureSamplingSpec.VarianceBounds any = new MixtureSamplingSpec.VarianceBounds(1e-12, 1.999999);
        MixtureCoordinates coordinates = new MixtureCoordinates(2, 2);
        List<GaussianMixture> solved = new ArrayList<>();
        DatumFitness fitness = new DatumFitness(coordinates, new SearchConstraints(1.0, 1.3, 0.3, 1.2), SearchObjective.MAX_RATE, m -> {
            solved.add(m);
            return null; // a failed solve: the kind says whether the solver was reached
        });
        int outside = 0;
        for (long start = 0; start < 20; start++) {
            GaussianMixture m = SearchStarts.datum(2, 2, 1.0, 1.3, any, 3, start);
            boolean inside = new SearchConstraints(1.0, 1.3, 0.3, 1.2).violation(m) == 0;
            int before = solved.size();
            SearchPoint p = fitness.at(coordinates.encode(m));
            assertEquals(inside ? SearchPoint.Kind.FAILED : SearchPoint.Kind.CONSTRAINED, p.kind(), "start " + start);
            assertEquals(inside ? before + 1 : before, solved.size(), "solved only inside the constraints");
            outside += inside ? 0 : 1;
        }
        assertTrue(outside > 0, "some unbounded draws lie outside [0.3, 1.2]");
    }

    /** The starts of {@code spec} (id and the offending eigenvalue) with a component eigenvalue outside [min, max]. */
    private static List<String> outside(SearchSpec spec, double min, double max) {
        List<String> bad = new ArrayList<>();
        int starts = 0;
        for (long start = 0; start < spec.startCount(); start++) {
            SearchCell cell = spec.cellOf(start);
            GaussianMixture m;
            try {
                m = SearchPartition.startDatum(spec, cell, start);
            } catch (InvalidInputException none) {
                continue; // a start without a datum is a no_start row; none is solved
            }
            starts++;
            double[] lambda = eigenvalues(m.secondMoments());
            assertTrue(lambda[0] >= cell.lambdaMaxMin() - 1e-9 && lambda[0] <= cell.lambdaMaxMax() + 1e-9, "λmax " + lambda[0] + " in its band");
            for (int k = 0; k < m.componentCount(); k++) {
                for (double sigma : eigenvalues(m.covariance(k))) {
                    if (sigma < min || sigma > max) {
                        bad.add(SearchPartition.startId(spec, start) + ": " + sigma);
                    }
                }
            }
        }
        assertTrue(starts >= spec.startCount() / 2, "most starts have a datum: " + starts + " of " + spec.startCount());
        return bad;
    }

    private static double[] eigenvalues(double[][] symmetric) {
        return new EigenDecompositionSymmetric(MatrixUtils.createRealMatrix(symmetric)).getEigenvalues();
    }
}
