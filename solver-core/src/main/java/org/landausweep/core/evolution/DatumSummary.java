package org.landausweep.core.evolution;

import org.landausweep.core.diagnostics.Theorem1;

/**
 * What a solve reports about its initial datum (MATH.md §2). The arrays are copied in and out, so neither the
 * solver nor a caller can change a result after it is made.
 *
 * @param d        velocity dimension
 * @param family   initial-data family
 * @param lambdaIn eigenvalues of P_in = ∫ v⊗v f_in dv, descending (empty when the solve FAILED)
 * @param pIn      P_in, d×d (empty when the solve FAILED)
 * @param e0Closed E(0) in closed form (NaN when the solve FAILED)
 */
public record DatumSummary(int d, String family, double[] lambdaIn, double[][] pIn, double e0Closed) {

    public DatumSummary {
        lambdaIn = lambdaIn.clone();
        pIn = copy(pIn);
    }

    /** What is known of the datum of a FAILED solve: its dimension and family. */
    static DatumSummary unknown(int d, String family) {
        return new DatumSummary(d, family, new double[0], new double[0][], Double.NaN);
    }

    @Override
    public double[] lambdaIn() {
        return lambdaIn.clone();
    }

    @Override
    public double[][] pIn() {
        return copy(pIn);
    }

    /** λmax = λ_1^in, the parameter of Theorem 1 (NaN when the solve FAILED). */
    public double lambdaMax() {
        return lambdaIn.length == 0 ? Double.NaN : lambdaIn[0];
    }

    /** The bounds of Theorem 1 for this datum, Theorem1(d, λmax); null when the solve FAILED. */
    public Theorem1 theorem() {
        return lambdaIn.length == 0 ? null : new Theorem1(d, lambdaIn[0]);
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }
}
