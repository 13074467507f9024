/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.index;

import io.github.cx4j.scoring.internal.Cholesky;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.jspecify.annotations.Nullable;

/** Small dense linear algebra on correlation matrices (package-private numerics). */
final class Linear {
  /** Pivots below this are treated as exact linear dependence of correlation-scale variables. */
  static final double SINGULAR = 1e-10;

  private Linear() {}

  /** The sub-matrix of rows {@code r} and columns {@code c}. */
  static double[][] sub(double[][] a, int[] r, int[] c) {
    double[][] out = new double[r.length][c.length];
    for (int i = 0; i < r.length; i++) {
      for (int j = 0; j < c.length; j++) {
        out[i][j] = a[r[i]][c[j]];
      }
    }
    return out;
  }

  /**
   * Cholesky factor of a symmetric positive-definite matrix, or null if a pivot falls below {@link
   * #SINGULAR}.
   */
  static double @Nullable [][] cholesky(double[][] a) {
    return Cholesky.factor(a, SINGULAR);
  }

  /** Solves {@code L L' x = b} for a Cholesky factor. */
  static double[] solve(double[][] l, double[] b) {
    return Cholesky.solve(l, b);
  }

  /** The inverse from a Cholesky factor. */
  static double[][] inverse(double[][] l) {
    return Cholesky.inverse(l);
  }

  /**
   * The positions (into {@code a}) of the variables that take part in an exact linear dependence,
   * found from the eigenvectors of the near-zero eigenvalues; empty if there is none.
   */
  static List<Integer> dependent(double[][] a) {
    List<Integer> out = new ArrayList<>();
    if (cholesky(a) != null) {
      return out;
    }
    EigenDecompositionSymmetric eigen =
        new EigenDecompositionSymmetric(new Array2DRowRealMatrix(a, false));
    double[] values = eigen.getEigenvalues();
    boolean[] involved = new boolean[a.length];
    for (int e = 0; e < values.length; e++) {
      if (values[e] < 1e-8) {
        double[] v = eigen.getEigenvector(e).toArray();
        for (int i = 0; i < v.length; i++) {
          if (Math.abs(v[i]) > 1e-6) {
            involved[i] = true;
          }
        }
      }
    }
    for (int i = 0; i < involved.length; i++) {
      if (involved[i]) {
        out.add(i);
      }
    }
    if (out.isEmpty()) {
      for (int i = 0; i < a.length; i++) {
        out.add(i);
      }
    }
    return out;
  }
}
