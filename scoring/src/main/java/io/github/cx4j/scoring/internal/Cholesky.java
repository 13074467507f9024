/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.internal;

import org.jspecify.annotations.Nullable;

/**
 * The one Cholesky decomposition of cx4j-scoring ({@code A = L L'} for a symmetric positive
 * definite matrix, Golub and Van Loan, Matrix Computations, 4th ed., algorithm 4.2.1), with the
 * solves and the inverse built on it. The PLS engine, the key-driver analysis and the
 * customer-value fits (Newton steps and standard errors) all use it. Only the lower triangle of the
 * matrix is read. A pivot at or below the caller's threshold means "not positive definite": the
 * factor is then {@code null}, never NaN.
 */
public final class Cholesky {
  /** The pivot threshold of the customer-value fits (the smallest pivot before the square root). */
  public static final double FIT_PIVOT = 1e-14;

  private Cholesky() {}

  /**
   * The lower-triangular factor of a symmetric positive definite matrix.
   *
   * @param a the matrix (only its lower triangle is read), not modified
   * @param minPivot the threshold: a pivot {@code <= minPivot} (or NaN) fails the decomposition
   * @return {@code L} with {@code L L' = a}, or null if the matrix is not positive definite
   */
  public static double @Nullable [][] factor(double[][] a, double minPivot) {
    int m = a.length;
    double[][] l = new double[m][m];
    return factor(a, null, m, minPivot, l) ? l : null;
  }

  /**
   * Factors the principal sub-matrix {@code a[idx[i]][idx[j]]} of its first {@code k} indices into
   * a caller's array, for loops over many subsets without allocation.
   *
   * @param a the matrix (only the entries of the lower triangle of the sub-matrix are read)
   * @param idx the indices of the sub-matrix, or null for the leading {@code k} rows and columns
   * @param k the size of the sub-matrix
   * @param minPivot the threshold: a pivot {@code <= minPivot} (or NaN) fails the decomposition
   * @param l receives the factor in its leading {@code k x k} lower triangle
   * @return true if the sub-matrix is positive definite (then {@code l} holds its factor)
   */
  public static boolean factor(
      double[][] a, int @Nullable [] idx, int k, double minPivot, double[][] l) {
    for (int i = 0; i < k; i++) {
      int ri = idx == null ? i : idx[i];
      for (int j = 0; j <= i; j++) {
        double s = a[ri][idx == null ? j : idx[j]];
        for (int c = 0; c < j; c++) {
          s -= l[i][c] * l[j][c];
        }
        if (i == j) {
          if (!(s > minPivot)) {
            return false;
          }
          l[i][i] = Math.sqrt(s);
        } else {
          l[i][j] = s / l[j][j];
        }
      }
    }
    return true;
  }

  /**
   * Solves {@code L L' x = b} for a Cholesky factor.
   *
   * @param l the factor
   * @param b the right-hand side, not modified
   * @return {@code x}
   */
  public static double[] solve(double[][] l, double[] b) {
    int m = b.length;
    double[] y = new double[m];
    for (int i = 0; i < m; i++) {
      double s = b[i];
      for (int k = 0; k < i; k++) {
        s -= l[i][k] * y[k];
      }
      y[i] = s / l[i][i];
    }
    double[] x = new double[m];
    for (int i = m - 1; i >= 0; i--) {
      double s = y[i];
      for (int k = i + 1; k < m; k++) {
        s -= l[k][i] * x[k];
      }
      x[i] = s / l[i][i];
    }
    return x;
  }

  /**
   * The inverse {@code (L L')^-1} from a Cholesky factor.
   *
   * @param l the factor
   * @return the symmetric inverse
   */
  public static double[][] inverse(double[][] l) {
    int m = l.length;
    double[][] inv = new double[m][];
    for (int j = 0; j < m; j++) {
      double[] e = new double[m];
      e[j] = 1;
      inv[j] = solve(l, e);
    }
    return inv;
  }
}
