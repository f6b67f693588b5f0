package org.landausweep.core.grid;

/** A square linear system on padded cell vectors, with a preconditioner, for {@link BiCgStab}. */
interface LinearSystem {

    /** out = M x (x and out padded, ghosts zero; out's ghosts left zero). */
    void multiply(double[] x, double[] out);

    /** z = P^{-1} r for a cheap approximation P of M (ghosts left zero). */
    void precondition(double[] r, double[] z);
}
