package org.landausweep.core.search;

/**
 * One evaluated point of a search.
 *
 * @param x          its coordinates
 * @param fitness    what the optimizer maximizes: the objective where {@code kind} is DECIDED, else a penalty
 *                   below every decided value ({@link Kind#penalty})
 * @param kind       how far the point got
 * @param evaluation the solve's quantities, or null when the point was not solved
 */
public record SearchPoint(double[] x, double fitness, Kind kind, Evaluation evaluation) {

    public SearchPoint {
        x = x.clone();
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    /** How far a point got, worst first; each rank's penalty lies below every value of the ranks after it. */
    public enum Kind {
        /** a normalized covariance is not below 2 Id: E(0) = ∞ */
        INADMISSIBLE(-1e15),
        /** outside the λmax band or the component-variance bounds; penalized by the violation */
        CONSTRAINED(-1e12),
        /** the solve failed numerically */
        FAILED(-1e10),
        /** solved, but its decisions are not certified: its numbers are not evidence */
        UNDECIDED(-1e9),
        /** solved and certified: fitness is the objective */
        DECIDED(0);

        private final double penalty;

        Kind(double penalty) {
            this.penalty = penalty;
        }

        /** The fitness of a point of this kind that is {@code excess} beyond the constraints (0 for none). */
        public double penalty(double excess) {
            return penalty * (1 + excess);
        }
    }
}
