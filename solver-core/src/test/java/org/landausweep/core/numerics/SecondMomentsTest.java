package org.landausweep.core.numerics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.hipparchus.linear.MatrixUtils;
import org.junit.jupiter.api.Test;

class SecondMomentsTest {

    @Test
    void symmetrizationAveragesTheTwoTriangles() {
        double[][] a = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}};
        double[][] expected = {{1, 3, 5}, {3, 5, 7}, {5, 7, 9}};
        double[][] s = SecondMoments.symmetrized(a);
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(expected[i], s[i], 0.0);
        }
        double[] flat = {1, 2, 3, 4, 5, 6, 7, 8, 9};
        assertArrayEquals(new double[] {1, 3, 5, 3, 5, 7, 5, 7, 9}, SecondMoments.symmetrizeInPlace(flat, 3), 0.0);
    }

    @Test
    void eigenvaluesDescend() {
        // [[2, 1], [1, 2]] has eigenvalues 3 and 1.
        assertArrayEquals(new double[] {3, 1}, SecondMoments.eigenvalues(new double[][] {{2, 1}, {1, 2}}), 1e-15);
    }

    @Test
    void errorAgainstTheClosedFormOfP() {
        double[][] pIn = {{1.5, 0.2}, {0.2, 0.5}};
        double t = 0.1;
        double decay = Math.exp(-0.8); // e^{-4dt}, d = 2
        double[][] exact = {{1 + 0.5 * decay, 0.2 * decay}, {0.2 * decay, 1 - 0.5 * decay}};
        assertEquals(0, SecondMoments.errorOf(MatrixUtils.createRealMatrix(exact), pIn, t), 1e-16);
        exact[1][0] += 1e-3;
        assertEquals(1e-3, SecondMoments.errorOf(MatrixUtils.createRealMatrix(exact), pIn, t), 1e-15);
    }
}
