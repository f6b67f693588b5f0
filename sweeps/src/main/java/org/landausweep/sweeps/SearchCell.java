package org.landausweep.sweeps;

import org.landausweep.core.evolution.SolverSettings;

/**
 * One cell of a search: a dimension and a λmax band, searched by {@code starts} independent starts.
 *
 * @param index          position in the search's cell order (d outermost, then the bands in file order)
 * @param d              velocity dimension
 * @param lambdaMaxMin   lower end of the λmax band
 * @param lambdaMaxMax   upper end of the λmax band
 * @param lambdaSecondMin lower end of the λ_2 band (0 when the search bands only λmax)
 * @param lambdaSecondMax upper end of the λ_2 band (+∞ when the search bands only λmax)
 * @param band           the band as the file wrote it, e.g. {@code lambdaMax=[1.2, 1.4]}, for tables and reports
 * @param settings       the solver settings of every evaluation
 * @param resolve        the settings of the re-solve of the cell's best point
 */
public record SearchCell(int index, int d, double lambdaMaxMin, double lambdaMaxMax, double lambdaSecondMin, double lambdaSecondMax, String band,
                         SolverSettings settings, SolverSettings resolve) {

    /** Whether the cell bands λ_2 too. */
    public boolean bandsSecond() {
        return lambdaSecondMax < Double.POSITIVE_INFINITY;
    }
}
