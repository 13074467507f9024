/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import org.hipparchus.special.Beta;

/**
 * {@code E[g(p)]} for {@code p ~ Beta(a, b)} by double-exponential (tanh-sinh) quadrature, for
 * shapes anywhere in {@code [1e-300, 1e300]}: the BG/NBD-family predictions when their
 * hypergeometric series fail, which happens at extreme dropout shapes (a or b near 1e-8 or 1e8).
 *
 * <p>The interval is split at the mean {@code a / (a + b)} (so that a density concentrated there
 * sits at an end of both halves, where the nodes cluster), every node is carried as its distances
 * to both ends of {@code [0, 1]} (so {@code ln p} and {@code ln(1 - p)} are exact near either end),
 * and where a shape is below 1 the integrable singularity is taken out analytically: {@code int_0^m
 * g p^(a-1) (1-p)^(b-1) dp = g(0) m^a / a + int_0^m (g(p) (1-p)^(b-1) - g(0)) p^(a-1) dp}, and the
 * same at 1. The double-exponential rule is that of Takahasi and Mori (1974), "Double exponential
 * formulas for numerical integration", Publ. RIMS Kyoto Univ. 9(3).
 */
final class BetaExpectation {
  /** A function of p given as p and 1 - p, both accurate. */
  interface Integrand {
    double at(double p, double oneMinusP);
  }

  /** Levels of step halving at most; level L has step 2^-L. */
  private static final int MAX_LEVEL = 9;

  /** The truncation of the double-exponential variable: nodes at |t| up to this. */
  private static final double T_MAX = 4.0;

  private BetaExpectation() {}

  /**
   * {@code E[g(p)]}, p ~ Beta(a, b).
   *
   * @param g the function, finite on (0, 1) and with finite limits at both ends
   * @param atZero the limit of g at 0
   * @param atOne the limit of g at 1
   * @param a first shape, positive
   * @param b second shape, positive
   * @return the expectation
   */
  static double of(Integrand g, double atZero, double atOne, double a, double b) {
    double m = a / (a + b);
    double oneMinusM = b / (a + b);
    if (!(m > 0)) {
      return atZero;
    }
    if (!(oneMinusM > 0)) {
      return atOne;
    }
    if (a >= 1 && b >= 1) {
      return bounded(g, a, b, m, oneMinusM);
    }
    double logBeta = Beta.logBeta(a, b);
    double am1 = a - 1.0;
    double bm1 = b - 1.0;
    Integrand density = (p, q) -> Math.exp(am1 * lnP(p, q) + bm1 * lnQ(p, q) - logBeta);
    double left;
    if (a < 1) {
      // g(0) m^a / a + int_0^m (g(p) (1-p)^(b-1) - g(0)) p^(a-1) dp, over B(a, b)
      double mass = Math.exp(a * lnP(m, oneMinusM) - Math.log(a) - logBeta);
      left =
          atZero * mass
              + integral(
                  (p, q) ->
                      (g.at(p, q) * Math.exp(bm1 * lnQ(p, q)) - atZero)
                          * Math.exp(am1 * lnP(p, q) - logBeta),
                  0.0,
                  1.0,
                  m,
                  oneMinusM);
    } else {
      left = integral((p, q) -> g.at(p, q) * density.at(p, q), 0.0, 1.0, m, oneMinusM);
    }
    double right;
    if (b < 1) {
      double mass = Math.exp(b * lnQ(m, oneMinusM) - Math.log(b) - logBeta);
      right =
          atOne * mass
              + integral(
                  (p, q) ->
                      (g.at(p, q) * Math.exp(am1 * lnP(p, q)) - atOne)
                          * Math.exp(bm1 * lnQ(p, q) - logBeta),
                  m,
                  oneMinusM,
                  1.0,
                  0.0);
    } else {
      right = integral((p, q) -> g.at(p, q) * density.at(p, q), m, oneMinusM, 1.0, 0.0);
    }
    return left + right;
  }

  /**
   * Both shapes at least 1 (no singularity): the ratio of the integrals of {@code g w} and {@code
   * w} with the density relative to its value at the mean, {@code w = (p / m)^(a-1) ((1 - p) / (1 -
   * m))^(b-1)}, each factor's logarithm computed from {@code p - m}: for shapes near 1e8 the
   * logarithms of p^(a-1), (1-p)^(b-1) and B(a, b) are near 1e8 and their rounding alone (1e-8)
   * would shift the result by as much.
   */
  private static double bounded(Integrand g, double a, double b, double m, double oneMinusM) {
    double am1 = a - 1.0;
    double bm1 = b - 1.0;
    Integrand w =
        (p, q) -> {
          double d = p < 0.5 ? p - m : oneMinusM - q;
          return Math.exp(power(am1, d / m) + power(bm1, -d / oneMinusM));
        };
    Integrand gw = (p, q) -> g.at(p, q) * w.at(p, q);
    double mass = integral(w, 0.0, 1.0, m, oneMinusM) + integral(w, m, oneMinusM, 1.0, 0.0);
    double total = integral(gw, 0.0, 1.0, m, oneMinusM) + integral(gw, m, oneMinusM, 1.0, 0.0);
    return total / mass;
  }

  /** {@code c ln(1 + x)}, zero when c is (whatever x), so that a shape of 1 adds nothing. */
  private static double power(double c, double x) {
    return c == 0 ? 0.0 : c * SpecialFunctions.log1p(Math.max(-1.0, x));
  }

  /** {@code ln p} from the more accurate of p and 1 - p (the smaller one is exact). */
  static double lnP(double p, double q) {
    return q < 0.5 ? SpecialFunctions.log1p(-q) : Math.log(p);
  }

  /** {@code ln(1 - p)}, likewise. */
  static double lnQ(double p, double q) {
    return p < 0.5 ? SpecialFunctions.log1p(-p) : Math.log(q);
  }

  /**
   * The integral of f over {@code [lo, hi]}, given with {@code 1 - lo} and {@code 1 - hi}, by
   * tanh-sinh quadrature, halving the step until two levels agree to 1e-12 (relative) or {@link
   * #MAX_LEVEL} is reached.
   */
  static double integral(Integrand f, double lo, double oneMinusLo, double hi, double oneMinusHi) {
    double width = hi - lo;
    if (!(width > 0)) {
      return 0.0;
    }
    double h = 1.0;
    double sum = node(f, 0.0, lo, oneMinusLo, hi, oneMinusHi, width);
    for (double t = h; t <= T_MAX; t += h) {
      sum += node(f, t, lo, oneMinusLo, hi, oneMinusHi, width);
      sum += node(f, -t, lo, oneMinusLo, hi, oneMinusHi, width);
    }
    double previous = sum * h;
    for (int level = 1; level <= MAX_LEVEL; level++) {
      h /= 2;
      // the new nodes are the odd multiples of the new step
      for (double t = h; t <= T_MAX; t += 2 * h) {
        sum += node(f, t, lo, oneMinusLo, hi, oneMinusHi, width);
        sum += node(f, -t, lo, oneMinusLo, hi, oneMinusHi, width);
      }
      double estimate = sum * h;
      if (level >= 3 && Math.abs(estimate - previous) <= 1e-12 * Math.abs(estimate)) {
        return estimate;
      }
      previous = estimate;
    }
    return previous;
  }

  /** The weighted value of f at the node of {@code t}; zero where the node meets an end. */
  private static double node(
      Integrand f,
      double t,
      double lo,
      double oneMinusLo,
      double hi,
      double oneMinusHi,
      double width) {
    double y = Math.PI / 2 * Math.sinh(t);
    double e = Math.exp(-2 * Math.abs(y));
    // distances to the nearer and the farther end: width / (1 + e^(2|y|)) and width / (1 + e)
    double near = width * e / (1.0 + e);
    double far = width / (1.0 + e);
    if (!(near > 0)) {
      return 0.0;
    }
    double p;
    double q;
    if (y < 0) {
      p = lo + near;
      q = oneMinusLo - near;
    } else {
      p = hi - near;
      q = oneMinusHi + near;
    }
    if (!(p > 0) || !(q > 0) || far <= 0) {
      return 0.0;
    }
    // dx/dt = width * (pi/2) cosh t / (2 cosh^2 y), 1 / cosh^2 y = 4 e / (1 + e)^2
    double weight = width * Math.PI / 2 * Math.cosh(t) * 2 * e / ((1.0 + e) * (1.0 + e));
    return weight * f.at(p, q);
  }
}
