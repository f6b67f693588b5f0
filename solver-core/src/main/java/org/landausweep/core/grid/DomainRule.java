package org.landausweep.core.grid;

import org.landausweep.core.data.InitialDatum;

/**
 * The half-width L of the velocity cube [-L, L]^d for a datum: the smallest L at which everything E(t)
 * integrates, (f/m - 1)^2 m <= 2 f^2/m + 2 m, has fallen below {@code tail} times its peak.
 *
 * <p>m has covariance Id; each family gives the extent of f^2/m and f ({@link InitialDatum#tailRadius}),
 * at r = sqrt(2 log(1/tail)). The cube must contain that ball, not only its axis extents, because the
 * angular diffusion |v|^2 K(v) carries an elongated tail round to every direction. During the evolution
 * the components relax towards m, whose extent is always included.
 */
final class DomainRule {
    private DomainRule() {
    }

    static double halfWidth(InitialDatum datum, double tail) {
        double r = Math.sqrt(2 * Math.log(1 / tail));
        return Math.max(r, datum.tailRadius(r)); // r: m itself
    }
}
