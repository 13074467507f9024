/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import java.util.Arrays;
import org.hipparchus.random.RandomDataGenerator;
import org.hipparchus.random.Well19937c;
import org.hipparchus.special.Beta;
import org.hipparchus.special.Gamma;
import org.jspecify.annotations.Nullable;

/**
 * Predictions shared by BG/NBD (m = 0) and MBG/NBD (m = 1): given alive at T, lambda ~ Gamma(r + x,
 * alpha + T) and p ~ Beta(a, b + x + m).
 */
final class NbdFamily {
  private NbdFamily() {}

  /** The model's name in error messages: {@code BgNbd} (m = 0) or {@code MbgNbd} (m = 1). */
  static String type(int m) {
    return m == 0 ? "BgNbd" : "MbgNbd";
  }

  /** Fits BG/NBD (m = 0) or MBG/NBD (m = 1): {@link BgNbd#fit} and {@link MbgNbd#fit}. */
  static ValueFit fit(
      int m,
      int[] frequency,
      double[] recency,
      double[] age,
      double @Nullable [] weights,
      FitOptions options) {
    Patterns p = Patterns.of(type(m), frequency, recency, age, weights, false);
    double rate = p.meanRate();
    ValueFit fit =
        Fits.purchaseModel(
            m == 0 ? ValueModelKind.BGNBD : ValueModelKind.MBGNBD,
            p,
            q -> new NbdLikelihood(q, m == 1),
            Fits.starts(1.0, 1.0 / rate, 1.0, 2.0),
            options);
    return PoissonLimit.atBoundary(fit, p, m, options);
  }

  /**
   * Simulates customers: lambda ~ Gamma(r, alpha), p ~ Beta(a, b), exponential inter-purchase
   * times, and after each purchase (and, for MBG/NBD, also at the first one) the customer drops out
   * with probability p.
   */
  static SimulatedCustomers simulate(
      int m, double r, double alpha, double a, double b, double[] age, long seed) {
    RandomDataGenerator rng = RandomDataGenerator.of(new Well19937c(seed));
    int n = age.length;
    int[] x = new int[n];
    double[] tx = new double[n];
    for (int i = 0; i < n; i++) {
      PurchaseModel.requireTime(type(m) + ".age", age[i]);
      double lambda = rng.nextGamma(r, 1.0 / alpha);
      double p = rng.nextBeta(a, b);
      double t = 0;
      int count = 0;
      double last = 0;
      boolean alive = m == 0 || rng.nextDouble() >= p;
      while (alive) {
        t += rng.nextExponential(1.0 / lambda);
        if (t > age[i]) {
          break;
        }
        count++;
        last = t;
        alive = rng.nextDouble() >= p;
      }
      x[i] = count;
      tx[i] = last;
    }
    return new SimulatedCustomers(x, tx, age.clone());
  }

  static double logLikelihood(
      double r, double alpha, double a, double b, int m, int x, double tx, double age) {
    Patterns.validate(type(m), 0, x, tx, age, 1.0, false);
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

  /**
   * log of (dead-branch likelihood / alive-branch likelihood). The span term {@code (r + x)
   * ln((alpha + T) / (alpha + t_x))} is taken as {@code (r + x) log1p((T - t_x) / (alpha + t_x))},
   * which keeps its digits when alpha is huge (the Poisson limit, {@link PoissonLimit}), where the
   * ratio's rounding would otherwise be multiplied by r.
   */
  static double logOdds(
      double r, double alpha, double a, double b, int m, int x, double tx, double age) {
    return oddsConstant(a, b, m, x) + (r + x) * logSpan(alpha, tx, age);
  }

  /** {@code ln((alpha + T) / (alpha + t_x))}, accurate also where alpha dwarfs T. */
  static double logSpan(double alpha, double tx, double age) {
    return SpecialFunctions.log1p((age - tx) / (alpha + tx));
  }

  /** The part of {@link #logOdds} that depends on the frequency only: ln a - ln(b + x + m - 1). */
  static double oddsConstant(double a, double b, int m, int x) {
    return Math.log(a) - Math.log(b + x + m - 1);
  }

  static double softplus(double d) {
    return d > 0 ? d + SpecialFunctions.log1p(Math.exp(-d)) : SpecialFunctions.log1p(Math.exp(d));
  }

  static double probabilityAlive(
      double r, double alpha, double a, double b, int m, int x, double tx, double age) {
    Patterns.validate(type(m), 0, x, tx, age, 1.0, false);
    if (m == 0 && x == 0) {
      return 1.0;
    }
    return aliveGivenLogOdds(logOdds(r, alpha, a, b, m, x, tx, age));
  }

  /** P(alive) = 1 / (1 + e^d) from the log-odds d of {@link #logOdds}, without overflow. */
  static double aliveGivenLogOdds(double d) {
    double e = Math.exp(-Math.abs(d));
    return (d > 0 ? e : 1.0) / (1.0 + e);
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
    double c = a + bPrime - 1.0;
    return aliveExpectation(Series.of(k, a, c, seriesArgument(alphaT, t)), a, c, alphaT, t);
  }

  /**
   * The alive expectation by quadrature over p ({@link BetaExpectation}): {@code E_p[(1 - (1 + p
   * u)^-k) / p]}, u = t / (alpha + T). Slower than the series, but finite at any shapes; used where
   * the series gives no value within its bounds.
   */
  static double aliveExpectationByQuadrature(
      double k, double a, double bPrime, double alphaT, double t) {
    double u = t / alphaT;
    return BetaExpectation.of(
        (p, q) -> -SpecialFunctions.expm1(-k * SpecialFunctions.log1p(p * u)) / p,
        k * u,
        -SpecialFunctions.expm1(-k * SpecialFunctions.log1p(u)),
        a,
        bPrime);
  }

  /**
   * Beyond this {@code a + b'} the series loses digits (at a = 1, b' = 1e8 it is off by 2e-9
   * relative, which the first-order term in 1 / b' is the size of): the quadrature takes over.
   */
  static final double SERIES_SHAPES = 1e6;

  /**
   * The alive expectation from the given series value: in the limit of a collapsed rate mixing
   * ({@link #poissonLimitHolds}) by {@link #aliveExpectationInPoissonLimit}; else the series value
   * if it is finite and within the bounds every expectation of {@code (1 - (1 + p u)^-k) / p} over
   * p in [0, 1] lies in ({@code 1 - (1 + u)^-k} and {@code k u}, with a margin for rounding) and
   * {@code a + b'} is below {@link #SERIES_SHAPES}; otherwise the value by quadrature. At extreme
   * Beta shapes (a or b' near 1e-8 or 1e8) the series' terms overflow or cancel.
   */
  static double checkedAliveExpectation(
      double value, double k, double a, double bPrime, double alphaT, double t) {
    double u = t / alphaT;
    double upper = k * u;
    double lower = -SpecialFunctions.expm1(-k * SpecialFunctions.log1p(u));
    if (poissonLimitHolds(upper, u)) {
      // the series loses its digits here (k near 1e12); the limit is exact to about 1e-10
      return aliveExpectationInPoissonLimit(upper, a, bPrime);
    }
    double margin = 1e-9 * upper;
    if (a + bPrime < SERIES_SHAPES && value >= lower - margin && value <= upper + margin) {
      return value;
    }
    return aliveExpectationByQuadrature(k, a, bPrime, alphaT, t);
  }

  /** The largest {@code lambda = k u} that {@link #aliveExpectationInPoissonLimit} takes. */
  static final double POISSON_LIMIT_LAMBDA = 1e4;

  /**
   * Whether {@code (1 + p u)^-k} may be replaced by {@code exp(-lambda p)}, {@code lambda = k u}:
   * the exponents differ by at most {@code k p^2 u^2 / 2}, which relative to {@code lambda p} is
   * {@code p u / 2}; with {@code u max(1, lambda) <= 2e-10} the expectation moves by at most about
   * 1e-10 relative.
   */
  static boolean poissonLimitHolds(double lambda, double u) {
    return lambda <= POISSON_LIMIT_LAMBDA && u * Math.max(1.0, lambda) <= 2e-10;
  }

  /**
   * The alive expectation {@code E_p[(1 - exp(-lambda p)) / p]}, p ~ Beta(a, b'), in the limit of a
   * huge shape k = r + x with {@code lambda = k t / (alpha + T)} finite: the case where the gamma
   * mixing of purchase rates has collapsed onto one rate (r and alpha both near infinity, a fit on
   * data with no spread in purchase rates), and where the hypergeometric series loses its digits.
   * With {@code E[exp(-s p)] = M(a, a + b', -s) = e^-s M(b', a + b', s)} (Kummer's transformation;
   * Abramowitz and Stegun 13.1.27) integrated over s from 0 to lambda, the expectation is {@code
   * sum_n (b')_n / (a + b')_n P(n + 1, lambda)}, P the regularized lower incomplete gamma function:
   * every term positive, so no digits cancel, and {@code P(n + 1, lambda) = sum_{j > n} e^-lambda
   * lambda^j / j!} is summed from the top.
   */
  static double aliveExpectationInPoissonLimit(double lambda, double a, double bPrime) {
    // the Poisson weights e^-lambda lambda^j / j! until they are negligible past the mode
    int last = (int) Math.ceil(lambda + 12.0 * Math.sqrt(lambda) + 40.0);
    double[] weight = new double[last + 1];
    if (lambda <= 500) {
      // e^-lambda does not underflow: the weights by their ratio lambda / j
      weight[0] = Math.exp(-lambda);
      for (int j = 1; j <= last; j++) {
        weight[j] = weight[j - 1] * lambda / j;
      }
    } else {
      double logLambda = Math.log(lambda);
      double logWeight = -lambda;
      for (int j = 0; j <= last; j++) {
        if (j > 0) {
          logWeight += logLambda - Math.log(j);
        }
        weight[j] = Math.exp(logWeight);
      }
    }
    // tail[n] = P(n + 1, lambda) = sum_{j > n} weight[j], from the top
    double tail = 0.0;
    double[] tails = new double[last];
    for (int n = last - 1; n >= 0; n--) {
      tail += weight[n + 1];
      tails[n] = tail;
    }
    double sum = 0.0;
    double coefficient = 1.0;
    for (int n = 0; n < last; n++) {
      sum += coefficient * tails[n];
      coefficient *= (bPrime + n) / (a + bPrime + n);
    }
    return sum;
  }

  /** The argument {@code z = u / (1 + u) = t / (alpha + T + t)} of the series H. */
  static double seriesArgument(double alphaT, double t) {
    return t / (alphaT + t);
  }

  /**
   * {@link #aliveExpectation(double, double, double, double, double)} with the coefficients of its
   * series already built, to convergence at an argument at least {@link #seriesArgument}{@code
   * (alphaT, t)}: {@code c ((1 - (1 - z)^(a-1)) / (a - 1) - (1 - z)^(a-1) H(z))} with {@code c = a
   * + b' - 1}.
   */
  static double aliveExpectation(Series series, double a, double c, double alphaT, double t) {
    if (t == 0) {
      return 0.0;
    }
    double logOneMinusZ = logOneMinusZ(alphaT, t);
    double am1 = a - 1.0;
    double power = Math.exp(am1 * logOneMinusZ);
    double first = firstTerm(am1, logOneMinusZ, power);
    return checkedAliveExpectation(
        combine(c, first, power, series.sum(seriesArgument(alphaT, t))),
        series.k,
        a,
        c - a + 1.0,
        alphaT,
        t);
  }

  /** {@code ln(1 - z) = -ln(1 + t / (alpha + T))}. */
  static double logOneMinusZ(double alphaT, double t) {
    return -SpecialFunctions.log1p(t / alphaT);
  }

  /**
   * {@code (1 - (1 - z)^(a-1)) / (a - 1)}, without cancellation near a = 1.
   *
   * @param am1 a - 1
   * @param logOneMinusZ ln(1 - z)
   * @param power {@code (1 - z)^(a-1) = exp(am1 logOneMinusZ)}
   * @return the first term of the transformed eq. 10
   */
  static double firstTerm(double am1, double logOneMinusZ, double power) {
    return Math.abs(am1) < 1e-12
        ? -logOneMinusZ
        : -SpecialFunctions.expm1(am1 * logOneMinusZ, power) / am1;
  }

  /** {@code c (first - (1 - z)^(a-1) H(z))}, floored at zero against rounding (NaN stays NaN). */
  static double combine(double c, double first, double power, double h) {
    double value = c * (first - power * h);
    return value < 0 ? 0.0 : value;
  }

  /**
   * The coefficients of {@code H(z) = sum_{n>=1} (c-k)_n (a)_{n-1} z^n / ((c)_n n!)}, the series of
   * {@link #aliveExpectation}. With {@code k = r + x} and {@code c = a + b + x + m - 1}, {@code c -
   * k} does not depend on x, so the coefficients depend on the customer only through the frequency:
   * built once per frequency (with divisions), they are summed per customer with multiplications
   * only.
   */
  static final class Series {
    /** {@code coef[j]} multiplies {@code z^(j+1)}. */
    private final double[] coef;

    private final int length;

    /** From this index on, every coefficient is smaller in magnitude than the one before it. */
    private final int stable;

    /** {@code k = r + x}, for the quadrature where the series fails. */
    final double k;

    private Series(double[] coef, int length, int stable, double k) {
      this.coef = coef;
      this.length = length;
      this.stable = stable;
      this.k = k;
    }

    /**
     * The coefficients up to where {@link #sum} at {@code zMax} stops; enough for every argument in
     * {@code [0, zMax]} (the terms at a smaller argument are smaller). Coefficients built for one
     * argument and for a larger one give the same sum at the first.
     *
     * @param k r + x
     * @param a the first Beta shape
     * @param c a + b + x + m - 1
     * @param zMax the largest argument the series will be summed at, in [0, 1)
     * @return the coefficients
     */
    static Series of(double k, double a, double c, double zMax) {
      double ck = c - k;
      double[] coef = new double[64];
      int length = 0;
      int stable = 0;
      double coefficient = ck / c;
      int[] stop = new int[1];
      while (true) {
        for (; length < coef.length; length++) {
          coef[length] = coefficient;
          double ratio = (ck + length + 1) * (a + length) / ((c + length + 1) * (length + 2.0));
          if (!(Math.abs(ratio) < 1)) {
            stable = length + 2;
          }
          coefficient *= ratio;
        }
        double h = sum(coef, length, stable, zMax, stop);
        if (stop[0] >= 0 || Double.isNaN(h) || length >= Hyp2F1.MAX_TERMS) {
          return new Series(coef, length, stable, k);
        }
        coef = Arrays.copyOf(coef, length * 2);
      }
    }

    /**
     * H(z), summed forwards with multiplications only.
     *
     * @param z the argument, at most the {@code zMax} the coefficients were built for
     * @return H(z)
     */
    double sum(double z) {
      return sum(coef, length, stable, z, null);
    }

    /**
     * The sum of {@code coef[j] z^(j+1)} over {@code j < length}, eight terms at a time: two blocks
     * {@code (c0 + c1 z) + z^2 (c2 + c3 z)} (Estrin's scheme) joined as {@code lo + z^4 hi} and
     * scaled by the running power {@code z^(j+1)}, so that the dependent chain is one addition per
     * eight terms and there is one convergence test per eight terms. It stops at the first step
     * that adds zero or, from {@code stable} on (where the terms decrease by at least {@code z^4}
     * per four), at the first whose geometric tail bound {@code |z^(j+5) hi| z^4 / (1 - z^4)} is
     * below 1e-17 of the sum.
     *
     * @param stop if not null, receives the number of terms summed, or -1 if the rule never held
     */
    private static double sum(
        double[] coef, int length, int stable, double z, int @Nullable [] stop) {
      double z2 = z * z;
      double z4 = z2 * z2;
      double z8 = z4 * z4;
      double tolerance = 1e-17 * (1.0 - z4);
      double power = z;
      double h = 0;
      int j = 0;
      for (; j + 7 < length; j += 8) {
        double lo = (coef[j] + coef[j + 1] * z) + z2 * (coef[j + 2] + coef[j + 3] * z);
        double hi = (coef[j + 4] + coef[j + 5] * z) + z2 * (coef[j + 6] + coef[j + 7] * z);
        double block = power * (lo + z4 * hi);
        h += block;
        if (block == 0.0
            || (j + 7 >= stable && Math.abs(power * hi) * z8 <= tolerance * Math.abs(h))) {
          if (stop != null) {
            stop[0] = j + 8;
          }
          return h;
        }
        power *= z8;
      }
      for (; j < length; j++) {
        h += coef[j] * power;
        power *= z;
      }
      if (stop != null) {
        stop[0] = -1;
      }
      return h;
    }
  }

  /** E_p[(1 + p u)^-k], p ~ Beta(a, b'), = 2F1(k, a; a + b'; -u) via Pfaff's transformation. */
  static double survivalFactor(double k, double a, double bPrime, double u) {
    if (u == 0) {
      return 1.0;
    }
    double z = u / (1.0 + u);
    double value =
        a + bPrime < SERIES_SHAPES
            ? Math.exp(-a * SpecialFunctions.log1p(u))
                * Hyp2F1.series(a, a + bPrime - k, a + bPrime, z)
            : Double.NaN;
    // E_p[(1 + p u)^-k] lies in [(1 + u)^-k, 1]; outside (or NaN) the series failed
    double lower = Math.exp(-k * SpecialFunctions.log1p(u));
    if (!(value >= lower * (1 - 1e-9) && value <= 1 + 1e-9)) {
      value =
          BetaExpectation.of(
              (p, q) -> Math.exp(-k * SpecialFunctions.log1p(p * u)), 1.0, lower, a, bPrime);
    }
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
   * Discounted expected purchases over periods, with P(alive) computed once and the coefficients of
   * the series of {@link #aliveExpectation} built once (they do not depend on t) and summed at each
   * period end.
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
    double alphaT = alpha + age;
    double c = a + (b + x + m) - 1.0;
    // the coefficients of the series do not depend on t: build them once, for the largest t
    Series series = Series.of(r + x, a, c, seriesArgument(alphaT, horizon));
    return alive * discountedIfAlive(series, a, c, alphaT, periods, horizon, period, rate);
  }

  /**
   * The discounted expected purchases of a customer alive at T: {@code sum_k (E[Y(t_k)] -
   * E[Y(t_(k-1))]) / (1 + rate)^k} over the period ends {@code t_k = min(horizon, k period)}. It
   * depends on the summary only through x (in the series and c) and T, not on t_x.
   */
  static double discountedIfAlive(
      Series series,
      double a,
      double c,
      double alphaT,
      int periods,
      double horizon,
      double period,
      double rate) {
    double previous = 0;
    double total = 0;
    double factor = 1.0;
    for (int p = 1; p <= periods; p++) {
      double now = aliveExpectation(series, a, c, alphaT, Math.min(horizon, p * period));
      factor /= 1.0 + rate;
      total += (now - previous) * factor;
      previous = now;
    }
    return total;
  }
}
