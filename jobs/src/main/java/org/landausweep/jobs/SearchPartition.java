package org.landausweep.jobs;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.landausweep.core.data.GaussianMixture;
import org.landausweep.core.data.InvalidInputException;
import org.landausweep.core.data.MixtureSamplingSpec;
import org.landausweep.core.evolution.SolverSettings;
import org.landausweep.core.io.DatumJson;
import org.landausweep.core.search.DatumFitness;
import org.landausweep.core.search.Evaluation;
import org.landausweep.core.search.HermiteEvaluator;
import org.landausweep.core.search.InitialRateEvaluator;
import org.landausweep.core.search.LocalSearch;
import org.landausweep.core.search.MixtureCoordinates;
import org.landausweep.core.search.PlantedFitness;
import org.landausweep.core.search.SearchConstraints;
import org.landausweep.core.search.SearchFitness;
import org.landausweep.core.search.SearchObjective;
import org.landausweep.core.search.SearchPoint;
import org.landausweep.core.search.SearchStarts;
import org.landausweep.core.search.StartOutcome;
import org.landausweep.sweeps.SearchCell;
import org.landausweep.sweeps.SearchSpec;
import org.landausweep.sweeps.SpecFormat;

/**
 * The executor side of a search: each start index becomes one local search (solver-core's
 * {@link LocalSearch}) from the start datum of (seed, start index), and one row of {@link SearchTables#SOLVED}.
 */
final class SearchPartition implements FlatMapFunction<Iterator<Long>, Row> {
    private static final long serialVersionUID = 1L;
    /** The centre c of the planted objective f(x) = -|x - c|^2. */
    static final double PLANTED_CENTRE = 0.5;

    private final String specText;
    private final SpecFormat specFormat;

    SearchPartition(SearchSource source) {
        this.specText = source.text();
        this.specFormat = source.format();
    }

    @Override
    public Iterator<Row> call(Iterator<Long> starts) {
        SearchSpec spec = SearchSpec.parse(specText, specFormat);
        List<Row> rows = new ArrayList<>();
        while (starts.hasNext()) {
            rows.add(row(spec, starts.next()));
        }
        return rows.iterator();
    }

    /** The local search of start {@code start} of {@code spec}, as a row. */
    static Row row(SearchSpec spec, long start) {
        SearchCell cell = spec.cellOf(start);
        MixtureCoordinates coordinates = new MixtureCoordinates(cell.d(), spec.components());
        GaussianMixture datum;
        try {
            datum = startDatum(spec, cell, start);
        } catch (InvalidInputException e) {
            return row(spec, cell, start, null, null, 0, "no_start", e.getMessage(), null);
        }
        boolean planted = spec.objective().equals(SearchSpec.PLANTED);
        SearchObjective objective = planted ? null : SearchObjective.of(spec.objective());
        SearchFitness fitness = planted ? new PlantedFitness(PLANTED_CENTRE)
                : new DatumFitness(coordinates, new SearchConstraints(cell.lambdaMaxMin(), cell.lambdaMaxMax(),
                        spec.componentVariance().min(), spec.componentVariance().max(), cell.lambdaSecondMin(), cell.lambdaSecondMax()),
                        objective, InitialRateEvaluator.serves(objective) ? new InitialRateEvaluator() : evaluator(cell.settings()));
        StartOutcome outcome = new LocalSearch(spec.sigma(), spec.evaluations(), 0)
                .maximize(fitness, coordinates.encode(datum), SearchStarts.optimizerSeed(spec.seed(), start));
        Evaluation e = outcome.best().evaluation();
        // explicit: a conditional mixing Double and double unboxes, and threw on a start whose best point was never solved
        Double theorem = null;
        if (planted) {
            theorem = PlantedFitness.MAXIMUM;
        } else if (e != null) {
            theorem = objective.theoremValue(e);
        }
        return row(spec, cell, start, DatumJson.toJson(datum), outcome, outcome.evaluations(), outcome.stop(), null, theorem);
    }

    /**
     * The start datum of start {@code start} of {@code spec}, in its cell and inside its componentVariance bounds;
     * InvalidInputException when there is none.
     */
    static GaussianMixture startDatum(SearchSpec spec, SearchCell cell, long start) {
        MixtureSamplingSpec.VarianceBounds variance = new MixtureSamplingSpec.VarianceBounds(spec.componentVariance().min(),
                spec.componentVariance().max());
        return cell.bandsSecond()
                ? SearchStarts.datum(cell.d(), spec.components(), cell.lambdaMaxMin(), cell.lambdaMaxMax(), cell.lambdaSecondMin(),
                        cell.lambdaSecondMax(), variance, spec.seed(), start)
                : SearchStarts.datum(cell.d(), spec.components(), cell.lambdaMaxMin(), cell.lambdaMaxMax(), variance, spec.seed(), start);
    }

    /** The certified solve of a search: every evaluation of the objectives over [0, T], and every cell's re-solve. */
    static HermiteEvaluator evaluator(SolverSettings settings) {
        return new HermiteEvaluator(settings);
    }

    private static Row row(SearchSpec spec, SearchCell cell, long start, String startDatum, StartOutcome outcome, int evaluations,
                           String stop, String message, Double theorem) {
        SearchPoint first = outcome == null ? null : outcome.start();
        SearchPoint best = outcome == null ? null : outcome.best();
        Evaluation e = best == null ? null : best.evaluation();
        List<Row> steps = outcome == null ? List.of()
                : outcome.trajectory().stream().map(s -> RowFactory.create(s.evaluation(), s.fitness(), s.kind().name())).toList();
        return RowFactory.create(spec.name(), startId(spec, start), start, cell.index(), cell.d(), cell.band(),
                cell.lambdaMaxMin(), cell.lambdaMaxMax(), spec.objective(), spec.components(), startDatum,
                first == null ? null : first.fitness(), first == null ? null : first.kind().name(),
                best == null ? null : bestDatum(spec, cell, best), best == null ? null : best.x(),
                best == null ? null : best.fitness(), best == null ? null : best.kind().name(), theorem, evaluations, stop, message,
                e == null ? null : e.supRate(), e == null ? null : e.rateAt0(), e == null ? null : e.latestViolation(),
                e == null ? null : e.c0Ratio(), e == null ? null : e.boundMargin(),
                e == null ? null : e.rateGap().measured(), e == null ? null : e.rateGap().certified(), e == null ? null : e.rateGap().at(),
                e == null ? null : e.rateGapAt0().measured(), e == null ? null : e.rateGapAt0().certified(), e == null ? null : e.theoremSupRate(),
                e == null ? null : e.t0Theorem(), e == null ? null : e.horizon(), e == null ? null : e.decided(),
                spec.fingerprint(), steps.toArray());
    }

    /** The best point's datum as {@code bin/landau datum} JSON, or null when its coordinates decode to no admissible mixture. */
    private static String bestDatum(SearchSpec spec, SearchCell cell, SearchPoint best) {
        try {
            return DatumJson.toJson(new MixtureCoordinates(cell.d(), spec.components()).decode(best.x()));
        } catch (InvalidInputException inadmissible) {
            return null;
        }
    }

    /** {@code NAME-INDEX}, the index zero-padded to the width of the largest. */
    static String startId(SearchSpec spec, long start) {
        int digits = Long.toString(Math.max(spec.startCount() - 1, 0)).length();
        return spec.name() + "-" + String.format("%0" + digits + "d", start);
    }
}
