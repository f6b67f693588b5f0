package org.landausweep.core.grid;

import org.landausweep.core.data.GaussianMixture;

/** Data for the grid solver's tests. */
final class GridTestData {
    private GridTestData() {
    }

    /**
     * Two tilted, unequal components on either side of the origin: P_in full and anisotropic; component
     * variances 0.3 to 0.75 after normalization, so coarse grids resolve them and the cube stays small.
     */
    static GaussianMixture anisotropic(int d) {
        double[][] means = new double[2][d];
        double[][][] cov = new double[2][d][d];
        double[] mean = {1.0, 0.4, 0.2};
        double[][] first = {{0.7, 0.15, 0}, {0.15, 0.5, 0.05}, {0, 0.05, 0.6}};
        double[][] second = {{0.6, -0.1, 0}, {-0.1, 0.55, 0}, {0, 0, 0.5}};
        for (int i = 0; i < d; i++) {
            means[0][i] = mean[i];
            means[1][i] = -mean[i];
            for (int j = 0; j < d; j++) {
                cov[0][i][j] = first[i][j];
                cov[1][i][j] = second[i][j];
            }
        }
        return GaussianMixture.normalize(d, new double[] {0.5, 0.5}, means, cov);
    }
}
