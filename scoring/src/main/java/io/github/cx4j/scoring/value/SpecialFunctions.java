package io.github.cx4j.scoring.value;

/**
 * A fast digamma function: the recurrence {@code psi(x) = psi(x + 1) - 1 / x} up to {@code x >= 6},
 * then the asymptotic series (Abramowitz and Stegun 6.3.18), accurate to about 1e-15 relative.
 * Hipparchus' digamma recurses up to x = 49, which dominates the cost of fitting.
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
}
