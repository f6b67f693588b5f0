package org.landausweep.core.evolution;

import org.landausweep.core.certify.Certificate;

/**
 * The Hermite solver's own report: the truncation of the measured curve and the certified enclosure
 * (docs/CERTIFICATION.md).
 *
 * @param truncationDegree  N of the measured curve: the smallest degree with E(0) - E_N(0) <= tol E(0), at most N_max
 * @param truncationDeficit (E(0) - E_N(0))/E(0) at that N
 * @param e0Hermite         E_N(0) = Σ_{1<=|α|<=N} a_α(0)^2
 * @param termCount         number of exponential terms of the exact solution (a measure of its cost)
 * @param certificate       the certified enclosure of E and E' on [0, T] and the decisions it proves
 * @param enclosure         that enclosure at the sample times
 */
public record HermiteReport(int truncationDegree, double truncationDeficit, double e0Hermite, long termCount,
                            Certificate certificate, SampledEnclosure enclosure) implements MethodReport {
}
