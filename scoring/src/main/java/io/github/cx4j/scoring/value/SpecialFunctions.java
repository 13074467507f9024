/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import org.hipparchus.special.Gamma;

/**
 * Fast special functions for the hot loops of fitting and prediction.
 *
 * <ul>
 *   <li>{@link #digamma}: the recurrence {@code psi(x) = psi(x + 1) - 1 / x} up to {@code x >= 6},
 *       then the asymptotic series (Abramowitz and Stegun 6.3.18), accurate to about 1e-15
 *       relative. Hipparchus' digamma recurses up to x = 49, which dominates the cost of fitting.
 *   <li>{@link #trigamma}: the recurrence {@code psi1(x) = psi1(x + 1) + 1 / x^2} up to {@code x >=
 *       10}, then the asymptotic series (Abramowitz and Stegun 6.4.12), accurate to about 1e-15
 *       relative; used by the analytic Hessians.
 *   <li>{@link #log1p} and {@link #expm1}: on Java 17 {@code Math.log1p} and {@code Math.expm1}
 *       call native fdlibm code (about 20 ns a call) while {@code Math.log} and {@code Math.exp}
 *       are compiler intrinsics (about 7 ns). The classic corrections of the intrinsics (Goldberg
 *       1991, "What every computer scientist should know about floating-point arithmetic", Theorem
 *       4, for log1p; Kahan's analogue for expm1) are accurate to a few ulps at half the cost.
 *   <li>{@link #scaledExpIntegralE}: {@code e^z E_s(z)} for real {@code s > 0}, the Laplace
 *       transform of the Pareto (Lomax) survival function that the Pareto/NBD DERT needs.
 * </ul>
 */
final class SpecialFunctions {
  /**
   * Above this argument, or above {@link #FRACTION_FROM_S} for the exponent, the continued fraction
   * converges quickly and to full accuracy.
   */
  private static final double FRACTION_FROM_Z = 1.0;

  private static final double FRACTION_FROM_S = 20.0;

  private static final int MAX_FRACTION_TERMS = 100_000;

  private SpecialFunctions() {}

  static double digamma(double x) {
    double result = 0;
    double v = x;
    while (v < 6) {
      result -= 1 / v;
      v += 1;
    }
    double inv = 1 / v;
    double inv2 = inv * inv;
    // ln v - 1/(2v) - sum B_2k / (2k v^2k)
    double series =
        inv2
            * (1.0 / 12
                - inv2
                    * (1.0 / 120
                        - inv2
                            * (1.0 / 252
                                - inv2
                                    * (1.0 / 240 - inv2 * (1.0 / 132 - inv2 * (691.0 / 32760))))));
    return result + Math.log(v) - 0.5 * inv - series;
  }

  static double trigamma(double x) {
    double result = 0;
    double v = x;
    while (v < 10) {
      result += 1 / (v * v);
      v += 1;
    }
    double inv = 1 / v;
    double inv2 = inv * inv;
    // 1/v + 1/(2v^2) + sum B_2k / v^(2k+1)
    double series =
        inv
            * (1
                + inv2
                    * (1.0 / 6
                        - inv2
                            * (1.0 / 30
                                - inv2
                                    * (1.0 / 42
                                        - inv2
                                            * (1.0 / 30
                                                - inv2 * (5.0 / 66 - inv2 * (691.0 / 2730)))))));
    return result + series + 0.5 * inv2;
  }

  /**
   * {@code ln(1 + x)} accurate to a few ulps for {@code x > -1}: {@code ln(u) x / (u - 1)} with
   * {@code u = 1 + x} rounded, which cancels the rounding error of u, below {@code |x| = 1/2};
   * plain {@code ln(u)} from there.
   */
  static double log1p(double x) {
    double u = 1.0 + x;
    if (u == 1.0) {
      return x;
    }
    if (Math.abs(x) >= 0.5) {
      // nothing to correct (and x ln(u) could overflow): ln(u) is already accurate
      return Math.log(u);
    }
    return Math.log(u) * x / (u - 1.0);
  }

  /**
   * {@code e^x - 1} accurate to a few ulps: {@code (u - 1) x / ln(u)} with {@code u = e^x} below
   * {@code |x| = 1/2}, plain {@code u - 1} from there.
   */
  static double expm1(double x) {
    return expm1(x, Math.exp(x));
  }

  /**
   * {@link #expm1(double)} for a caller that needs {@code e^x} as well.
   *
   * @param x the argument
   * @param u {@code Math.exp(x)}
   * @return {@code e^x - 1}
   */
  static double expm1(double x, double u) {
    if (u == 1.0) {
      return x;
    }
    double um1 = u - 1.0;
    if (Math.abs(x) >= 0.5) {
      // nothing to correct (and (u - 1) x could overflow): u - 1 is already accurate
      return um1;
    }
    return um1 * x / Math.log(u);
  }

  /**
   * {@code e^z E_s(z) = int_0^inf e^(-z u) (1 + u)^-s du} for real {@code s > 0} and {@code z > 0}
   * (E_s is the generalised exponential integral). Equal to {@code e^z z^(s-1) Gamma(1-s, z)} and
   * to {@code z^(s-1) U(s, s, z)} (Tricomi's confluent hypergeometric function of the second kind,
   * by Kummer's transformation {@code U(1, 2-s, z) = z^(s-1) U(s, s, z)}), so no incomplete gamma
   * function with a negative first argument is ever evaluated.
   *
   * <ul>
   *   <li>{@code z > 1} or {@code s > 20}: the continued fraction {@code 1/(z+s- 1 s/(z+s+2-
   *       2(s+1)/(z+s+4- ...)))} (the even part of Abramowitz and Stegun 5.1.22, as in Numerical
   *       Recipes' {@code expint}, for real s), by the modified Lentz method.
   *   <li>otherwise: for {@code s' = s - n} in {@code (0, 1.5]} with {@code a = 1 - s'} in {@code
   *       [-0.5, 1)}, {@code e^z [z^-a G1(a) + (z^-a - 1)/a - sum_(k>=1) (-z)^k / (k! (a+k))]} with
   *       {@code G1(a) = (Gamma(1+a) - 1)/a} from Hipparchus' {@code invGamma1pm1}: the series
   *       {@code Gamma(a) - gamma(a, z)} (DLMF 8.7.3) regrouped so that nothing cancels as {@code a
   *       -> 0}, where it becomes {@code e^z E_1(z)}; then at most 19 steps of the recurrence
   *       {@code I(s+1) = (1 - z I(s))/s} (integration by parts), which amplifies errors by at most
   *       {@code z/s' <= 2} because {@code z <= 1} and {@code s' > 0.5}.
   * </ul>
   *
   * @param s the exponent, positive
   * @param z the argument, positive (infinite gives 0)
   * @return the value, positive; infinite only if it overflows ({@code z} near 0 with {@code s <
   *     1})
   */
  static double scaledExpIntegralE(double s, double z) {
    if (z == Double.POSITIVE_INFINITY) {
      return 0.0;
    }
    if (z > FRACTION_FROM_Z || s > FRACTION_FROM_S) {
      return expIntegralFraction(s, z);
    }
    int steps = s > 1.5 ? (int) Math.ceil(s - 1.5) : 0;
    double sp = s - steps;
    double value = expIntegralSeries(sp, z);
    for (int k = 0; k < steps; k++) {
      value = (1.0 - z * value) / sp;
      sp += 1.0;
    }
    return value;
  }

  private static double expIntegralFraction(double s, double z) {
    double tiny = 1e-300;
    double b = z + s;
    double c = 1.0 / tiny;
    double d = 1.0 / b;
    double h = d;
    for (int i = 1; i < MAX_FRACTION_TERMS; i++) {
      double an = -i * (s + i - 1.0);
      b += 2.0;
      d = an * d + b;
      d = 1.0 / (Math.abs(d) < tiny ? tiny : d);
      c = b + an / c;
      if (Math.abs(c) < tiny) {
        c = tiny;
      }
      double del = c * d;
      h *= del;
      if (Math.abs(del - 1.0) <= 4e-16) {
        return h;
      }
    }
    return Double.NaN;
  }

  /** {@code e^z z^-a Gamma(a, z)} with {@code a = 1 - s} in {@code [-0.5, 1)}, {@code z <= 1}. */
  private static double expIntegralSeries(double s, double z) {
    double a = 1.0 - s;
    double lnZ = Math.log(z);
    double g1;
    double powerMinusOne;
    if (a == 0.0) {
      g1 = -Gamma.GAMMA;
      powerMinusOne = -lnZ;
    } else {
      double g = Gamma.invGamma1pm1(a); // 1/Gamma(1+a) - 1
      g1 = -g / ((1.0 + g) * a);
      powerMinusOne = Math.expm1(-a * lnZ) / a;
    }
    double sum = 0.0;
    double term = 1.0;
    for (int k = 1; k < 200; k++) {
      term *= -z / k;
      double add = term / (a + k);
      sum += add;
      if (Math.abs(add) <= 1e-17 * Math.abs(sum)) {
        break;
      }
    }
    return Math.exp(z) * (Math.exp(-a * lnZ) * g1 + powerMinusOne - sum);
  }
}
