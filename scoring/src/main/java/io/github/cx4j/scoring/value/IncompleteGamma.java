/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import org.hipparchus.special.Gamma;

/**
 * Logarithms of the regularized incomplete gamma functions {@code P(a, z)} and {@code Q(a, z) = 1 -
 * P(a, z)}, computed in log space so that far tails stay finite (a gamma survival of {@code
 * e^-1000} is {@code -1000}, not {@code log 0}): the power series of {@code P} below {@code z = a +
 * 1}, Legendre's continued fraction of {@code Q} (modified Lentz) above it (Abramowitz and Stegun
 * 6.5.29 and 6.5.31). The caller passes {@code ln Gamma(a)} so that a sampler that evaluates
 * several functions at one shape computes it once.
 */
final class IncompleteGamma {
  private static final double EPS = 1e-15;
  private static final double TINY = 1e-300;
  private static final int MAX_TERMS = 100_000;

  private IncompleteGamma() {}

  /** {@code ln Gamma(a)}. */
  static double logGamma(double a) {
    return Gamma.logGamma(a);
  }

  /** {@code ln Q(a, z)} for {@code a > 0, z >= 0}, given {@code lga = ln Gamma(a)}. */
  static double logQ(double a, double z, double lga) {
    if (z <= 0) {
      return 0.0;
    }
    double prefix = a * Math.log(z) - z - lga;
    if (z < a + 1) {
      double p = Math.exp(prefix + Math.log(series(a, z)));
      return Math.log1p(-Math.min(p, 1.0));
    }
    return prefix + Math.log(fraction(a, z));
  }

  /** {@code ln P(a, z)} for {@code a > 0, z >= 0}, given {@code lga = ln Gamma(a)}. */
  static double logP(double a, double z, double lga) {
    if (z <= 0) {
      return Double.NEGATIVE_INFINITY;
    }
    double prefix = a * Math.log(z) - z - lga;
    if (z < a + 1) {
      return prefix + Math.log(series(a, z));
    }
    double q = Math.exp(prefix + Math.log(fraction(a, z)));
    return Math.log1p(-Math.min(q, 1.0));
  }

  /** {@code sum_n z^n / (a (a+1) ... (a+n))}, so that {@code P = z^a e^-z / Gamma(a) * sum}. */
  private static double series(double a, double z) {
    double term = 1.0 / a;
    double sum = term;
    double ap = a;
    for (int n = 0; n < MAX_TERMS; n++) {
      ap += 1;
      term *= z / ap;
      sum += term;
      if (term < sum * EPS) {
        break;
      }
    }
    return sum;
  }

  /** The continued fraction with {@code Q = z^a e^-z / Gamma(a) * fraction}. */
  private static double fraction(double a, double z) {
    double b = z + 1 - a;
    double c = 1.0 / TINY;
    double d = 1.0 / b;
    double h = d;
    for (int i = 1; i < MAX_TERMS; i++) {
      double an = -i * (i - a);
      b += 2;
      d = an * d + b;
      if (Math.abs(d) < TINY) {
        d = TINY;
      }
      c = b + an / c;
      if (Math.abs(c) < TINY) {
        c = TINY;
      }
      d = 1.0 / d;
      double delta = d * c;
      h *= delta;
      if (Math.abs(delta - 1) < EPS) {
        break;
      }
    }
    return h;
  }
}
