/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.junit.jupiter.api.Test;

class CholeskyTest {
  private static final double[][] A = {{4, 12, -16}, {12, 37, -43}, {-16, -43, 98}};

  @Test
  void factorsTheTextbookExample() {
    // Golub and Van Loan's classic: L = [[2, 0, 0], [6, 1, 0], [-8, 5, 3]]
    double[][] l = Cholesky.factor(A, 0);
    assertNotNull(l);
    assertArrayEquals(new double[] {2, 0, 0}, l[0], 1e-12);
    assertArrayEquals(new double[] {6, 1, 0}, l[1], 1e-12);
    assertArrayEquals(new double[] {-8, 5, 3}, l[2], 1e-12);
    assertArrayEquals(
        new double[] {1, 2, 3}, Cholesky.solve(l, new double[] {-20, -43, 192}), 1e-9);
  }

  @Test
  void inverseAgreesWithHipparchus() {
    double[][] l = Cholesky.factor(A, Cholesky.FIT_PIVOT);
    assertNotNull(l);
    double[][] theirs =
        new CholeskyDecomposition(MatrixUtils.createRealMatrix(A), 1e-12, 1e-14)
            .getSolver()
            .getInverse()
            .getData();
    double[][] ours = Cholesky.inverse(l);
    for (int i = 0; i < 3; i++) {
      assertArrayEquals(theirs[i], ours[i], 1e-9);
    }
  }

  @Test
  void rejectsMatricesThatAreNotPositiveDefinite() {
    assertNull(Cholesky.factor(new double[][] {{1, 2}, {2, 1}}, 0));
    assertNull(Cholesky.factor(new double[][] {{1e-15, 0}, {0, 1}}, Cholesky.FIT_PIVOT));
    assertNull(Cholesky.factor(new double[][] {{Double.NaN, 0}, {0, 1}}, 0));
  }

  @Test
  void factorsPrincipalSubMatricesInPlace() {
    double[][] l = new double[3][3];
    assertFalse(Cholesky.factor(new double[][] {{1, 0}, {0, -1}}, null, 2, 0, l));
    int[] idx = {2, 0};
    assertEquals(true, Cholesky.factor(A, idx, 2, 0, l));
    assertEquals(Math.sqrt(98), l[0][0], 1e-12);
    assertEquals(-16 / Math.sqrt(98), l[1][0], 1e-12);
  }
}
