package io.github.cx4j.scoring.value;

import org.hipparchus.special.Beta;
import org.hipparchus.special.Gamma;

/**
 * Predictions shared by BG/NBD (m = 0) and MBG/NBD (m = 1): given alive at T, lambda ~ Gamma(r + x,
 * alpha + T) and p ~ Beta(a, b + x + m).
 */
final class NbdFamily {
  private NbdFamily() {}

  static double logLikelihood(
      double r, double alpha, double a, double b, int m, int x, double tx, double age) {
    Patterns.validate(m == 0 ? "BgNbd" : "MbgNbd", 0, x, tx, age, 1.0, false);
    double k = r + x;
    double bx = b + x + m;
    double value =
        Gamma.logGamma(k)
            - Gamma.logGamma(r)
            + r * Math.log(alpha)
            + Beta.logBeta(a, bx)
            - Beta.logBeta(a, b)
            - k * Math.log(alpha + age);
    if (m == 1 || x > 0) {
      value += softplus(logOdds(r, alpha, a, b, m, x, tx, age));
    }
    return value;
  }

  /** log of (dead-branch likelihood / alive-branch likelihood). */
  static double logOdds(
      double r, double alpha, double a, double b, int m, int x, double tx, double age) {
    return Math.log(a)
        - Math.log(b + x + m - 1)
        + (r + x) * (Math.log(alpha + age) - Math.log(alpha + tx));
  }

  static double softplus(double d) {
    return d > 0 ? d + SpecialFunctions.log1p(Math.exp(-d)) : SpecialFunctions.log1p(Math.exp(d));
  }

  static double probabilityAlive(
      double r, double alpha, double a, double b, int m, int x, double tx, double age) {
    Patterns.validate(m == 0 ? "BgNbd" : "MbgNbd", 0, x, tx, age, 1.0, false);
    if (m == 0 && x == 0) {
      return 1.0;
    }
    double d = logOdds(r, alpha, a, b, m, x, tx, age);
    return d > 0 ? Math.exp(-d) / (1.0 + Math.exp(-d)) : 1.0 / (1.0 + Math.exp(d));
  }

  /**
   * E[purchases in (T, T + t] | alive at T] = E_p[(1 - (1 + p u)^-k) / p] with u = t / (alpha + T),
   * k = r + x, p ~ Beta(a, b'): FHL (2005) eq. 10 after an Euler transformation of its 2F1 that
   * removes the cancellation at a = 1 (see docs/value.md).
   */
  static double aliveExpectation(double k, double a, double bPrime, double alphaT, double t) {
    if (t == 0) {
      return 0.0;
    }
    double u = t / alphaT;
    double z = u / (1.0 + u);
    double c = a + bPrime - 1.0;
    double logOneMinusZ = -SpecialFunctions.log1p(u);
    double am1 = a - 1.0;
    double first =
        Math.abs(am1) < 1e-12 ? -logOneMinusZ : -SpecialFunctions.expm1(am1 * logOneMinusZ) / am1;
    // H = sum_{n>=1} (c-k)_n (a)_{n-1} z^n / ((c)_n n!)
    double term = (c - k) * z / c;
    double h = term;
    for (int n = 1; n < Hyp2F1.MAX_TERMS && term != 0.0; n++) {
      term *= (c - k + n) * (a + n - 1) * z / ((c + n) * (n + 1.0));
      h += term;
      if (Math.abs(term) <= 1e-17 * Math.abs(h)
          && Math.abs((c - k + n) * (a + n - 1) / ((c + n) * (n + 1.0))) < 1) {
        break;
      }
    }
    double value = c * (first - Math.exp(am1 * logOneMinusZ) * h);
    return Math.max(0.0, value);
  }

  /** E_p[(1 + p u)^-k], p ~ Beta(a, b'), = 2F1(k, a; a + b'; -u) via Pfaff's transformation. */
  static double survivalFactor(double k, double a, double bPrime, double u) {
    if (u == 0) {
      return 1.0;
    }
    double z = u / (1.0 + u);
    double f = Hyp2F1.series(a, a + bPrime - k, a + bPrime, z);
    double value = Math.exp(-a * SpecialFunctions.log1p(u)) * f;
    return Math.min(1.0, Math.max(0.0, value));
  }

  static double conditionalExpected(
      double r, double alpha, double a, double b, int m, double t, int x, double tx, double age) {
    PurchaseModel.requireTime("PurchaseModel.t", t);
    double alive = probabilityAlive(r, alpha, a, b, m, x, tx, age);
    return alive * aliveExpectation(r + x, a, b + x + m, alpha + age, t);
  }

  static double aliveAt(
      double r, double alpha, double a, double b, int m, int x, double tx, double age, double t) {
    PurchaseModel.requireTime("PurchaseModel.t", t);
    double alive = probabilityAlive(r, alpha, a, b, m, x, tx, age);
    return alive * survivalFactor(r + x, a, b + x + m, t / (alpha + age));
  }

  static double probabilityOfPurchases(
      double r, double alpha, double a, double b, int m, int n, double t) {
    PurchaseModel.requireTime("PurchaseModel.t", t);
    if (n < 0) {
      throw io.github.cx4j.core.CxValidationException.of("PurchaseModel.n", "be non-negative", n);
    }
    if (t == 0) {
      return n == 0 ? 1.0 : 0.0;
    }
    double lbab = Beta.logBeta(a, b);
    double q = t / (alpha + t);
    double logNb =
        Gamma.logGamma(r + n)
            - Gamma.logGamma(r)
            - Gamma.logGamma(n + 1.0)
            + r * Math.log(alpha / (alpha + t))
            + n * Math.log(q);
    double alivePart = Math.exp(Beta.logBeta(a, b + n + m) - lbab + logNb);
    double deadPart = 0;
    if (m == 1 || n > 0) {
      double atLeast = n == 0 ? 1.0 : Beta.regularizedBeta(q, n, r);
      deadPart = Math.exp(Beta.logBeta(a + 1, b + n + m - 1) - lbab) * atLeast;
    }
    return Math.min(1.0, alivePart + deadPart);
  }

  /**
   * Discounted expected purchases over periods, with P(alive) computed once and the series of
   * {@link #aliveExpectation} built once (its coefficients do not depend on t) and evaluated by
   * Horner's rule at each period end.
   */
  static double discounted(
      double r,
      double alpha,
      double a,
      double b,
      int m,
      int x,
      double tx,
      double age,
      double horizon,
      double period,
      double rate) {
    PurchaseModel.requireHorizon(horizon, period, rate);
    double alive = probabilityAlive(r, alpha, a, b, m, x, tx, age);
    int periods = (int) Math.ceil(horizon / period - 1e-12);
    if (periods == 0) {
      return 0.0;
    }
    double k = r + x;
    double bPrime = b + x + m;
    double alphaT = alpha + age;
    double c = a + bPrime - 1.0;
    double am1 = a - 1.0;
    double zMax = horizon / (alphaT + horizon);
    // coefficients of H(z) = sum_{n>=1} coef[n-1] z^n, to convergence at the largest z
    double[] coef = new double[64];
    int terms = 0;
    double term = (c - k) / c;
    double partial = 0;
    double zPow = zMax;
    for (int n = 1; n < Hyp2F1.MAX_TERMS; n++) {
      if (terms == coef.length) {
        coef = java.util.Arrays.copyOf(coef, terms * 2);
      }
      coef[terms++] = term;
      partial += term * zPow;
      double ratio = (c - k + n) * (a + n - 1) / ((c + n) * (n + 1.0));
      double next = term * ratio;
      if (next == 0.0
          || (Math.abs(next * zPow * zMax) <= 1e-17 * Math.abs(partial)
              && Math.abs(ratio) * zMax < 1)) {
        break;
      }
      term = next;
      zPow *= zMax;
    }
    double previous = 0;
    double total = 0;
    double factor = 1.0;
    for (int p = 1; p <= periods; p++) {
      double t = Math.min(horizon, p * period);
      double u = t / alphaT;
      double z = u / (1.0 + u);
      double logOneMinusZ = -SpecialFunctions.log1p(u);
      double first =
          Math.abs(am1) < 1e-12 ? -logOneMinusZ : -SpecialFunctions.expm1(am1 * logOneMinusZ) / am1;
      double h = 0;
      for (int i = terms - 1; i >= 0; i--) {
        h = (h + coef[i]) * z;
      }
      double now = Math.max(0.0, c * (first - Math.exp(am1 * logOneMinusZ) * h));
      factor /= 1.0 + rate;
      total += (now - previous) * factor;
      previous = now;
    }
    return alive * total;
  }
}
