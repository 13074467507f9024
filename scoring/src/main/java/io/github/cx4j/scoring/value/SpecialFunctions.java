package io.github.cx4j.scoring.value;

/**
 * Fast special functions for the hot loops of fitting and prediction.
 *
 * <ul>
 *   <li>{@link #digamma}: the recurrence {@code psi(x) = psi(x + 1) - 1 / x} up to {@code x >= 6},
 *       then the asymptotic series (Abramowitz and Stegun 6.3.18), accurate to about 1e-15
 *       relative. Hipparchus' digamma recurses up to x = 49, which dominates the cost of fitting.
 *   <li>{@link #log1p} and {@link #expm1}: on Java 17 {@code Math.log1p} and {@code Math.expm1}
 *       call native fdlibm code (about 20 ns a call) while {@code Math.log} and {@code Math.exp}
 *       are compiler intrinsics (about 7 ns). The classic corrections of the intrinsics (Goldberg
 *       1991, "What every computer scientist should know about floating-point arithmetic", Theorem
 *       4, for log1p; Kahan's analogue for expm1) are accurate to a few ulps at half the cost.
 * </ul>
 */
final class SpecialFunctions {
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

  /**
   * {@code ln(1 + x)} accurate to a few ulps for {@code x > -1}: {@code ln(u) x / (u - 1)} with
   * {@code u = 1 + x} rounded, which cancels the rounding error of u.
   */
  static double log1p(double x) {
    double u = 1.0 + x;
    if (u == 1.0 || u == Double.POSITIVE_INFINITY) {
      return u == 1.0 ? x : u;
    }
    return Math.log(u) * x / (u - 1.0);
  }

  /** {@code e^x - 1} accurate to a few ulps: {@code (u - 1) x / ln(u)} with {@code u = e^x}. */
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
    if (um1 == -1.0) {
      return -1.0;
    }
    if (Double.isInfinite(u)) {
      return u;
    }
    return um1 * x / Math.log(u);
  }
}
