package org.landausweep.core.evolution;

import java.util.Arrays;

/** A growable list of exponential terms c t^p e^{κt}, kept as three parallel arrays (no boxing in the inner loops). */
class TermList {
    int size;
    int[] kappa = new int[64];
    int[] power = new int[64];
    double[] coef = new double[64];

    void add(int k, int p, double c) {
        if (size == coef.length) {
            kappa = Arrays.copyOf(kappa, 2 * size);
            power = Arrays.copyOf(power, 2 * size);
            coef = Arrays.copyOf(coef, 2 * size);
        }
        kappa[size] = k;
        power[size] = p;
        coef[size++] = c;
    }
}
