package org.landausweep.core.evolution;

/**
 * How well a solve keeps the moments of degree <= 2, each the max over the sample times: mass, momentum and
 * energy are conserved by eq. (1), and P(t) = Id + e^{-4dt}(P_in - Id) is known in closed form (eq. (5)).
 * The Hermite solver reads them from its coefficients against the exact values; the grid solver measures
 * drifts from its own initial moments, and P(t) from its grid function against the closed form, which it never uses.
 *
 * @param massError     max |∫ f(t) - 1| (NaN when FAILED)
 * @param momentumError max |∫ v f(t)|
 * @param energyError   max |∫ |v|^2 f(t) - d|
 * @param pErrorMax     max_ij |P_ij(t) - (Id + e^{-4dt}(P_in - Id))_ij|
 */
public record Conservation(double massError, double momentumError, double energyError, double pErrorMax) {
}
