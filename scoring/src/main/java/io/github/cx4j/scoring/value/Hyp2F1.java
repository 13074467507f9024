/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import org.jspecify.annotations.Nullable;

/**
 * The Gauss hypergeometric function in the forms the customer-base models need, computed as series
 * of positive (or eventually positive) terms with a tail bound, so that the results are accurate
 * and, where a logarithm is asked for, never overflow.
 *
 * <p>Hipparchus has no Gauss 2F1. The Pareto/NBD likelihood (Fader and Hardie 2005, "A note on
 * deriving the Pareto/NBD model and related expressions", eq. 22-24) needs {@code 2F1(a, b; a + 1;
 * z)} for {@code 0 <= z < 1} with {@code a = r + s + x} as large as the purchase count; the Euler
 * transformation {@code 2F1(a, b; a + 1; z) = (1 - z)^(1 - b) 2F1(1, a + 1 - b; a + 1; z)} turns it
 * into a series whose term ratio {@code (a + 1 - b + n) z / (a + 1 + n)} is below {@code z}, so all
 * terms are positive and decreasing and the sum lies in {@code [1, 1 / (1 - z)]}.
 */
final class Hyp2F1 {
  /** Terms summed at most; beyond this the function reports failure with NaN. */
  static final int MAX_TERMS = 2_000_000;

  private Hyp2F1() {}

  /**
   * The series {@code S(p, q, z) = sum_n prod_{k<n} (p + k) / (q + k) z} = {@code 2F1(1, p; q; z)}
   * and its partial derivatives.
   *
   * @param p first parameter, {@code p > 0}
   * @param q second parameter, {@code q > 0}
   * @param z argument in {@code [0, 1)}
   * @param grad if not null and of length 3, receives {@code d log S / dp, d log S / dq, d log S /
   *     dz}
   * @return {@code log S}, or NaN if the series did not converge within {@link #MAX_TERMS}
   */
  static double logOneP(double p, double q, double z, double @Nullable [] grad) {
    return logOneP(p, q, z, grad, MAX_TERMS);
  }

  /**
   * {@link #logOneP(double, double, double, double[])} summing at most {@code maxTerms} terms.
   *
   * @param p first parameter, {@code p > 0}
   * @param q second parameter, {@code q > 0}
   * @param z argument in {@code [0, 1)}
   * @param grad as for the four-argument form
   * @param maxTerms terms summed at most
   * @return {@code log S}, or NaN if the series did not converge within {@code maxTerms}
   */
  static double logOneP(double p, double q, double z, double @Nullable [] grad, int maxTerms) {
    double sum = 1.0;
    double term = 1.0;
    double dp = 0.0;
    double dq = 0.0;
    double dz = 0.0;
    double sp = 0.0; // sum_{k<n} 1/(p+k) for the current term
    double sq = 0.0;
    boolean wantGrad = grad != null;
    for (int n = 0; n < maxTerms; n++) {
      double ratio = (p + n) / (q + n);
      double next = term * ratio * z;
      if (wantGrad) {
        sp += 1.0 / (p + n);
        sq += 1.0 / (q + n);
        // d next / dz = (n + 1) * next / z = (n + 1) * term * ratio
        dz += (n + 1) * term * ratio;
        dp += next * sp;
        dq -= next * sq;
      }
      sum += next;
      term = next;
      // tail bound: when q >= p later ratios are below z; otherwise they decrease towards z
      double r = q >= p ? z : (p + n + 1) / (q + n + 1) * z;
      if (term == 0.0 || (r < 1.0 && term * r / (1.0 - r) <= 1e-17 * sum)) {
        if (grad != null) {
          grad[0] = dp / sum;
          grad[1] = dq / sum;
          grad[2] = dz / sum;
        }
        return Math.log(sum);
      }
    }
    return Double.NaN;
  }

  /**
   * {@code log 2F1(a, b; a + 1; z)} for {@code a > 0}, {@code b > 0}, {@code 0 <= z < 1}, with its
   * gradient, by the Euler transformation described in the class comment.
   *
   * @param a first parameter
   * @param b second parameter
   * @param z argument
   * @param grad if not null, receives {@code d/da, d/db, d/dz} of the logarithm
   * @return the logarithm, or NaN if the series did not converge
   */
  static double logAPlusOne(double a, double b, double z, double @Nullable [] grad) {
    return logAPlusOne(a, b, z, grad, MAX_TERMS);
  }

  /**
   * {@link #logAPlusOne(double, double, double, double[])} summing at most {@code maxTerms} terms.
   *
   * @param a first parameter
   * @param b second parameter
   * @param z argument
   * @param grad if not null, receives {@code d/da, d/db, d/dz} of the logarithm
   * @param maxTerms terms summed at most
   * @return the logarithm, or NaN if the series did not converge within {@code maxTerms}
   */
  static double logAPlusOne(double a, double b, double z, double @Nullable [] grad, int maxTerms) {
    double @Nullable [] g = grad == null ? null : new double[3];
    double logS = logOneP(a + 1.0 - b, a + 1.0, z, g, maxTerms);
    double log1mz = Math.log1p(-z);
    if (grad != null && g != null) {
      // p = a + 1 - b, q = a + 1
      grad[0] = g[0] + g[1];
      grad[1] = -log1mz - g[0];
      grad[2] = -(1.0 - b) / (1.0 - z) + g[2];
    }
    return (1.0 - b) * log1mz + logS;
  }

  /**
   * {@code 2F1(a, b; c; z)} for {@code 0 <= z < 1} and {@code c > 0} by its power series, summing
   * until the terms stop mattering. Used where the parameters are moderate (predictions); terms may
   * change sign a finite number of times when {@code a} or {@code b} is negative.
   *
   * @param a first parameter
   * @param b second parameter
   * @param c third parameter, positive
   * @param z argument in [0, 1)
   * @return the value, or NaN if the series did not converge
   */
  static double series(double a, double b, double c, double z) {
    double sum = 1.0;
    double term = 1.0;
    for (int n = 0; n < MAX_TERMS; n++) {
      double ratio = (a + n) * (b + n) / ((c + n) * (n + 1.0));
      term *= ratio * z;
      sum += term;
      if (term == 0.0) {
        return sum;
      }
      double r = Math.abs((a + n + 1) * (b + n + 1) / ((c + n + 1) * (n + 2.0))) * z;
      if (r < 1.0
          && Math.abs(ratio) * z < 1.0
          && Math.abs(term) * r / (1.0 - r) <= 1e-16 * Math.abs(sum)) {
        return sum;
      }
    }
    return Double.NaN;
  }
}
