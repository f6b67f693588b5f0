package org.landausweep.core.evolution;

import java.util.Arrays;

/** A growable list of exponential terms c t^p e^{κt}, kept as three parallel arrays (no boxing in the inner loops). */
class TermList {
    int size;
    int[] kappa;
    int[] power;
    double[] coef;

    /** @param capacity the terms expected: the arrays grow by doubling past it */
    TermList(int capacity) {
        kappa = new int[capacity];
        power = new int[capacity];
        coef = new double[capacity];
    }

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

    /** Removes the term at {@code at}, keeping the order of the others. */
    void remove(int at) {
        int after = size - 1 - at;
        System.arraycopy(kappa, at + 1, kappa, at, after);
        System.arraycopy(power, at + 1, power, at, after);
        System.arraycopy(coef, at + 1, coef, at, after);
        size--;
    }
}
