/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.internal;

/**
 * Student's t distribution with real degrees of freedom, through the regularised incomplete beta
 * function (continued fraction by the modified Lentz method, Press et al., Numerical Recipes, 3rd
 * ed., section 6.4). Accurate to about 1e-10 for the degrees of freedom that tests use.
 *
 * <p>The one Student-t of cx4j: the complaints module (which does not depend on Hipparchus) and the
 * scoring module both use it. It was kept over Hipparchus' {@code TDistribution} because it is as
 * accurate (closer near the median, where Hipparchus' quantile solver stops at an absolute 1e-9)
 * and not slower (see docs/benchmarks.md, "Student-t").
 */
public final class StudentT {
  private static final double EPS = 1e-15;
  private static final double TINY = 1e-300;

  private StudentT() {}

  /**
   * The cumulative distribution function.
   *
   * @param t the value
   * @param df the degrees of freedom, positive
   * @return P(T &lt;= t)
   */
  public static double cdf(double t, double df) {
    double x = df / (df + t * t);
    double tail = 0.5 * regularizedBeta(x, df / 2.0, 0.5);
    return t >= 0 ? 1.0 - tail : tail;
  }

  /**
   * The two-sided p-value of a t statistic.
   *
   * @param t the statistic
   * @param df the degrees of freedom
   * @return P(|T| &gt;= |t|)
   */
  public static double twoSidedP(double t, double df) {
    return Math.min(1.0, regularizedBeta(df / (df + t * t), df / 2.0, 0.5));
  }

  /**
   * The density.
   *
   * @param t the value
   * @param df the degrees of freedom, positive
   * @return the density at {@code t}
   */
  public static double density(double t, double df) {
    double logC = logGamma((df + 1) / 2.0) - logGamma(df / 2.0) - 0.5 * Math.log(df * Math.PI);
    return Math.exp(logC - (df + 1) / 2.0 * Math.log1p(t * t / df));
  }

  /**
   * The quantile function: Newton steps on the distribution function, safeguarded by a bracket that
   * each step narrows (a step that would leave the bracket bisects it instead). Agrees with
   * Hipparchus' {@code TDistribution} to its solver accuracy (1e-9) and is more accurate near the
   * median; see {@code StudentTTest}.
   *
   * @param p the probability, strictly between 0 and 1
   * @param df the degrees of freedom
   * @return t with P(T &lt;= t) = p
   */
  public static double quantile(double p, double df) {
    if (p == 0.5) {
      return 0.0;
    }
    if (p < 0.5) {
      return -quantile(1.0 - p, df);
    }
    double lo = 0.0;
    double hi = 1.0;
    while (cdf(hi, df) < p && hi < 1e12) {
      lo = hi;
      hi *= 2.0;
    }
    double x = 0.5 * (lo + hi);
    for (int i = 0; i < 200; i++) {
      double f = cdf(x, df) - p;
      if (f == 0) {
        return x;
      }
      if (f < 0) {
        lo = x;
      } else {
        hi = x;
      }
      double next = x - f / density(x, df);
      if (!(next > lo && next < hi)) {
        next = 0.5 * (lo + hi);
      }
      double step = Math.abs(next - x);
      x = next;
      if (step <= 1e-14 * Math.max(1.0, Math.abs(x)) || hi - lo <= 1e-15 * Math.max(1.0, hi)) {
        break;
      }
    }
    return x;
  }

  /**
   * The regularised incomplete beta function I_x(a, b).
   *
   * @param x in [0, 1]
   * @param a positive
   * @param b positive
   * @return the value in [0, 1]
   */
  static double regularizedBeta(double x, double a, double b) {
    if (x <= 0.0) {
      return 0.0;
    }
    if (x >= 1.0) {
      return 1.0;
    }
    double lnFront =
        logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
    double front = Math.exp(lnFront);
    if (x < (a + 1.0) / (a + b + 2.0)) {
      return front * betaFraction(x, a, b) / a;
    }
    return 1.0 - front * betaFraction(1.0 - x, b, a) / b;
  }

  /**
   * The continued fraction of I_x(a, b) by the modified Lentz method: its terms alternate, an even
   * one {@code d_2m = m (b - m) x / ((a + 2m - 1)(a + 2m))} and an odd one {@code d_2m+1 = -(a +
   * m)(a + b + m) x / ((a + 2m)(a + 2m + 1))} (Numerical Recipes, eq. 6.4.6); convergence is tested
   * after each odd term.
   */
  private static double betaFraction(double x, double a, double b) {
    double qab = a + b;
    double qap = a + 1.0;
    double qam = a - 1.0;
    double c = 1.0;
    double d = 1.0 / awayFromZero(1.0 - qab * x / qap);
    double h = d;
    for (int n = 2; n <= 20_001; n++) {
      int m = n / 2;
      int m2 = 2 * m;
      boolean odd = (n & 1) == 1;
      double aa =
          odd
              ? -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
              : m * (b - m) * x / ((qam + m2) * (a + m2));
      d = 1.0 / awayFromZero(1.0 + aa * d);
      c = awayFromZero(1.0 + aa / c);
      double del = d * c;
      h *= del;
      if (odd && Math.abs(del - 1.0) < EPS) {
        break;
      }
    }
    return h;
  }

  /** Lentz's guard: a value closer to zero than {@code TINY} becomes {@code TINY}. */
  private static double awayFromZero(double v) {
    return Math.abs(v) < TINY ? TINY : v;
  }

  /**
   * The natural logarithm of the gamma function (Lanczos approximation, g = 7, n = 9).
   *
   * @param x positive
   * @return ln Γ(x)
   */
  static double logGamma(double x) {
    if (x < 0.5) {
      return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1.0 - x);
    }
    double[] g = {
      0.99999999999980993,
      676.5203681218851,
      -1259.1392167224028,
      771.32342877765313,
      -176.61502916214059,
      12.507343278686905,
      -0.13857109526572012,
      9.9843695780195716e-6,
      1.5056327351493116e-7
    };
    double xx = x - 1.0;
    double a = g[0];
    double t = xx + 7.5;
    for (int i = 1; i < 9; i++) {
      a += g[i] / (xx + i);
    }
    return 0.5 * Math.log(2 * Math.PI) + (xx + 0.5) * Math.log(t) - t + Math.log(a);
  }
}
