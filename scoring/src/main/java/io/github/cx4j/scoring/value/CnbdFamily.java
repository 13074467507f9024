/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import io.github.cx4j.core.CxValidationException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hipparchus.random.RandomDataGenerator;
import org.hipparchus.random.Well19937c;
import org.hipparchus.special.Beta;
import org.hipparchus.special.Gamma;
import org.jspecify.annotations.Nullable;

/**
 * The BG/CNBD-k (m = 0) and MBG/CNBD-k (m = 1) models of Platzer and Reutterer (2016), "Ticking
 * away the moments: timing regularity helps to better predict customer activity", Marketing Science
 * 35(5): BG/NBD and MBG/NBD with Erlang-k instead of exponential inter-purchase times.
 *
 * <p>A customer's purchases form a renewal process whose intervals are Erlang-k with rate lambda,
 * lambda ~ Gamma(r, alpha) across customers, started at the first purchase; after each repeat
 * purchase (and, for m = 1, also at the first) the customer drops out with probability p ~ Beta(a,
 * b). Given (x, t_x, T) and the sum of the logarithms of the x inter-purchase times {@code litt},
 * the likelihood is
 *
 * <pre>
 *   L = e^((k-1) litt) / ((k-1)!)^x * alpha^r / G(r) * B(a, b+x+m) / B(a, b)
 *       * [ sum_{j<k} G(r+kx+j) / j! (T-t_x)^j / (alpha+T)^(r+kx+j)
 *           + [x+m>0] a / (b+x+m-1) * G(r+kx) / (alpha+t_x)^(r+kx) ]
 * </pre>
 *
 * the first sum the customer alive at T (no renewal in (t_x, T]: the Erlang survival), the second
 * term dropped out right after the last purchase. With k = 1 it is the BG/NBD (Fader, Hardie and
 * Lee 2005, eq. 6) or MBG/NBD (Batislam, Denizel and Filiztekin 2007) likelihood. The litt term
 * does not involve (r, alpha, a, b): it is added only to compare regularities k.
 *
 * <p>Given alive at T, the posterior is a mixture over the Erlang phase j reached since t_x (weight
 * w_j proportional to the j-th term of the first sum) with lambda ~ Gamma(r+kx+j, alpha+T) and p ~
 * Beta(a, b+x+m); the n-th future purchase then falls in (T, T+t] with probability {@code I_z(nk-j,
 * r+kx+j)}, z = t / (alpha+T+t) (a gamma mixture of Erlang times is a beta-prime), and happens only
 * if the customer survived the n-1 before: E[Y(t)] = P(alive) sum_j w_j sum_n B(a, b'+n-1)/B(a, b')
 * I_z(nk-j, R_j). This is exact; BTYDplus approximates it by the BG/NBD formula with alpha scaled
 * by k.
 */
final class CnbdFamily {
  /** The largest number of future purchases summed in an expectation. */
  static final int MAX_TERMS = 100_000;

  private CnbdFamily() {}

  static String type(int m) {
    return m == 0 ? "BgCnbd" : "MbgCnbd";
  }

  static ValueModelKind kind(int m) {
    return m == 0 ? ValueModelKind.BGCNBD : ValueModelKind.MBGCNBD;
  }

  static void requireK(String type, int k) {
    if (k < 1 || k > 1000) {
      throw CxValidationException.of(type + ".k", "be a whole number in 1..1000", k);
    }
  }

  // ---------------------------------------------------------------- likelihood

  /** The weighted negative log-likelihood over patterns for a fixed k, with analytic gradient. */
  static final class Likelihood implements Bfgs.Objective {
    private final Patterns p;
    private final int k;
    private final int m;
    private final double[] logGap;
    private final double[] logJFactorial;

    Likelihood(Patterns p, int k, int m) {
      this.p = p;
      this.k = k;
      this.m = m;
      logGap = new double[p.size];
      for (int i = 0; i < p.size; i++) {
        double gap = p.age[i] - p.tx[i];
        logGap[i] = gap > 0 ? Math.log(gap) : Double.NEGATIVE_INFINITY;
      }
      logJFactorial = new double[k];
      for (int j = 1; j < k; j++) {
        logJFactorial[j] = logJFactorial[j - 1] + Math.log(j);
      }
    }

    @Override
    public double value(double[] theta, double[] gradient) {
      double r = Math.exp(theta[0]);
      double alpha = Math.exp(theta[1]);
      double a = Math.exp(theta[2]);
      double b = Math.exp(theta[3]);
      double lnAlpha = theta[1];
      double lgR = Gamma.logGamma(r);
      double psiR = Gamma.digamma(r);
      double lbAB = Beta.logBeta(a, b);
      double psiAB = Gamma.digamma(a + b);
      double psiB = Gamma.digamma(b);
      double[] terms = new double[k + 1];
      // the special functions depend on the customer only through x: once per distinct x
      int dx = p.distinctX.length;
      double[] lgRkX = new double[dx];
      double[] psiRkX = new double[dx];
      double[] lbX = new double[dx];
      double[] psiABxX = new double[dx];
      double[] psiBxX = new double[dx];
      for (int u = 0; u < dx; u++) {
        int x = p.distinctX[u];
        double rk = r + (double) k * x;
        double bx = b + x + m;
        lgRkX[u] = Gamma.logGamma(rk);
        psiRkX[u] = Gamma.digamma(rk);
        lbX[u] = Beta.logBeta(a, bx);
        psiABxX[u] = Gamma.digamma(a + bx);
        psiBxX[u] = Gamma.digamma(bx);
      }
      double total = 0;
      double gr = 0;
      double galpha = 0;
      double ga = 0;
      double gb = 0;
      for (int i = 0; i < p.size; i++) {
        int x = p.x[i];
        double w = p.weight[i];
        double age = p.age[i];
        double tx = p.tx[i];
        double rk = r + (double) k * x;
        double bx = b + x + m;
        double lnAT = Math.log(alpha + age);
        int u = p.xIndex[i];
        double lgRk = lgRkX[u];
        double max = Double.NEGATIVE_INFINITY;
        double lg = lgRk;
        for (int j = 0; j < k; j++) {
          if (j > 0) {
            lg += Math.log(rk + j - 1);
          }
          double t =
              j == 0 ? lg - rk * lnAT : lg - logJFactorial[j] + j * logGap[i] - (rk + j) * lnAT;
          terms[j] = t;
          max = Math.max(max, t);
        }
        boolean dead = x + m > 0;
        double lnATx = Math.log(alpha + tx);
        if (dead) {
          terms[k] = Math.log(a) - Math.log(bx - 1) + lgRk - rk * lnATx;
          max = Math.max(max, terms[k]);
        }
        double sum = 0;
        for (int j = 0; j <= k; j++) {
          if (j < k || dead) {
            terms[j] = Math.exp(terms[j] - max);
            sum += terms[j];
          }
        }
        double ll = r * lnAlpha - lgR + lbX[u] - lbAB + max + Math.log(sum);
        total += w * ll;
        // derivatives, the softmax weights of the terms
        double dr = lnAlpha - psiR;
        double dalpha = r / alpha;
        double psiABx = psiABxX[u];
        double da = psiAB - psiABx;
        double db = psiBxX[u] - psiABx - psiB + psiAB;
        double psiRk = psiRkX[u];
        double psiRkj = psiRk;
        for (int j = 0; j < k; j++) {
          if (j > 0) {
            psiRkj += 1.0 / (rk + j - 1);
          }
          double pi = terms[j] / sum;
          dr += pi * (psiRkj - lnAT);
          dalpha -= pi * (rk + j) / (alpha + age);
        }
        if (dead) {
          double pi = terms[k] / sum;
          dr += pi * (psiRk - lnATx);
          dalpha -= pi * rk / (alpha + tx);
          da += pi / a;
          db -= pi / (bx - 1);
        }
        gr += w * dr;
        galpha += w * dalpha;
        ga += w * da;
        gb += w * db;
      }
      gradient[0] = -gr * r;
      gradient[1] = -galpha * alpha;
      gradient[2] = -ga * a;
      gradient[3] = -gb * b;
      return -total;
    }
  }

  /**
   * The log-likelihood of one customer for fixed parameters, without the litt term (see the class
   * comment): finite for every valid summary.
   */
  static double logLikelihood(CnbdParameters q, int x, double tx, double age) {
    Patterns.validate(q.type(), 0, x, tx, age, 1.0, false);
    double[] theta = {Math.log(q.r()), Math.log(q.alpha()), Math.log(q.a()), Math.log(q.b())};
    Patterns one =
        Patterns.of(q.type(), new int[] {x}, new double[] {tx}, new double[] {age}, null, false);
    return -new Likelihood(one, q.k(), q.m()).value(theta, new double[4]);
  }

  /** {@code (k-1) litt - x ln (k-1)!} summed over customers with their weights. */
  static double timingTerm(int k, int[] x, double[] litt, double @Nullable [] weights) {
    double lf = Gamma.logGamma(k);
    double total = 0;
    for (int i = 0; i < x.length; i++) {
      double w = weights == null ? 1.0 : weights[i];
      if (w > 0) {
        total += w * ((k - 1) * litt[i] - x[i] * lf);
      }
    }
    return total;
  }

  /**
   * Checks the litt column: one finite value per customer, 0 where x is 0, and at most {@code x
   * ln(t_x / x)} (the logarithms of x positive intervals that add up to t_x).
   */
  /**
   * Whether litt is at most {@code x ln(t_x / x)} (x > 0), the most the logarithms of x positive
   * intervals adding up to t_x allow (the mean of the logs is at most the log of the mean), with a
   * slack for rounding: {@code 1e-9 (1 + |litt|)}, plus {@code 1e-6 (1 + x / t_x)}, what writing
   * t_x and litt with six decimals (as {@code cx4j summarize} does) can move the two sides by. A
   * customer whose intervals are all equal sits on the bound.
   */
  static boolean littWithinBound(int x, double tx, double litt) {
    double slack = 1e-9 * (1 + Math.abs(litt)) + 1e-6 * (1 + x / tx);
    return litt <= x * Math.log(tx / x) + slack;
  }

  static void validateLitt(String type, int[] x, double[] tx, double[] litt) {
    if (litt.length != x.length) {
      throw CxValidationException.of(
          type + ".litt", "have one value per frequency (" + x.length + ")", litt.length);
    }
    for (int i = 0; i < x.length; i++) {
      double v = litt[i];
      if (!Double.isFinite(v)) {
        throw CxValidationException.of(type + ".litt", "be finite (customer index " + i + ")", v);
      }
      if (x[i] == 0 && v != 0) {
        throw CxValidationException.of(
            type + ".litt", "be 0 with frequency 0 (customer index " + i + ")", v);
      }
      if (x[i] > 0 && !littWithinBound(x[i], tx[i], v)) {
        throw CxValidationException.of(
            type + ".litt",
            "be at most x ln(t_x / x) = "
                + x[i] * Math.log(tx[i] / x[i])
                + " (customer index "
                + i
                + ")",
            v);
      }
    }
  }

  // ---------------------------------------------------------------- fitting

  /** Fits for a fixed k; the log-likelihood includes the litt term when litt is given. */
  static ValueFit fit(
      int m,
      int k,
      int[] frequency,
      double[] recency,
      double[] age,
      double @Nullable [] litt,
      double @Nullable [] weights,
      FitOptions options) {
    String type = type(m);
    requireK(type, k);
    Patterns p = Patterns.of(type, frequency, recency, age, weights, false);
    if (litt != null) {
      validateLitt(type, frequency, recency, litt);
    }
    double rate = p.meanRate();
    ValueFit inner =
        Fits.purchaseModel(
            m == 0 ? ValueModelKind.BGNBD : ValueModelKind.MBGNBD,
            p,
            q -> new Likelihood(q, k, m),
            Fits.starts(1.0, 1.0 / (k * rate), 1.0, 2.0),
            options);
    double extra = litt == null ? 0.0 : timingTerm(k, frequency, litt, weights);
    Map<String, Double> params = new LinkedHashMap<>();
    params.put("k", (double) k);
    params.putAll(inner.params());
    String message =
        inner.message()
            + (litt == null
                ? "; log-likelihood without the inter-purchase-time term (no litt given)"
                : "");
    return new ValueFit(
        kind(m),
        params,
        inner.standardErrors(),
        inner.logLikelihood() + extra,
        inner.converged(),
        inner.iterations(),
        inner.customers(),
        inner.patterns(),
        message);
  }

  /** Fits k = 1..maxK and keeps the k of the largest log-likelihood (litt term included). */
  static ValueFit fitChoosingK(
      int m,
      int maxK,
      int[] frequency,
      double[] recency,
      double[] age,
      double[] litt,
      double @Nullable [] weights,
      FitOptions options) {
    String type = type(m);
    requireMaxK(type, maxK);
    ValueFit best = null;
    for (int k = 1; k <= maxK; k++) {
      ValueFit f = fit(m, k, frequency, recency, age, litt, weights, options);
      if (best == null || f.logLikelihood() > best.logLikelihood()) {
        best = f;
      }
    }
    return java.util.Objects.requireNonNull(best);
  }

  /**
   * Fits on the rows the model applies to ({@link Domain}), k chosen in 1..maxK ({@code choose},
   * litt needed) or fixed.
   */
  static ScreenedFit fitApplicable(
      int m,
      boolean choose,
      int k,
      int maxK,
      int[] frequency,
      double[] recency,
      double[] age,
      double @Nullable [] litt,
      double @Nullable [] weights,
      FitOptions options) {
    String type = type(m);
    if (choose) {
      requireMaxK(type, maxK);
      if (litt == null) {
        throw CxValidationException.of(
            type + ".litt",
            "be given to choose the regularity k (log inter-purchase times)",
            "none");
      }
    } else {
      requireK(type, k);
    }
    return Domain.fit(
        kind(m),
        frequency,
        recency,
        age,
        null,
        litt,
        weights,
        (x, tx, t, mm, l, w) ->
            choose
                ? fitChoosingK(m, maxK, x, tx, t, java.util.Objects.requireNonNull(l), w, options)
                : fit(m, k, x, tx, t, l, w, options));
  }

  private static void requireMaxK(String type, int maxK) {
    if (maxK < 1 || maxK > 1000) {
      throw CxValidationException.of(type + ".maxK", "be a whole number in 1..1000", maxK);
    }
  }

  // ---------------------------------------------------------------- predictions

  /**
   * The alive-branch log terms (index j < k) and the dead-branch log term (index k, or -infinity
   * when there is none) of the likelihood, without the common factors.
   */
  private static double[] branchTerms(CnbdParameters q, int x, double tx, double age) {
    int k = q.k();
    double rk = q.r() + (double) k * x;
    double lnAT = Math.log(q.alpha() + age);
    double gap = age - tx;
    double[] t = new double[k + 1];
    double lg = Gamma.logGamma(rk);
    double logJf = 0;
    for (int j = 0; j < k; j++) {
      if (j > 0) {
        lg += Math.log(rk + j - 1);
        logJf += Math.log(j);
      }
      t[j] =
          j == 0
              ? lg - rk * lnAT
              : gap > 0
                  ? lg - logJf + j * Math.log(gap) - (rk + j) * lnAT
                  : Double.NEGATIVE_INFINITY;
    }
    t[k] =
        x + q.m() > 0
            ? Math.log(q.a())
                - Math.log(q.b() + x + q.m() - 1)
                + Gamma.logGamma(rk)
                - rk * Math.log(q.alpha() + tx)
            : Double.NEGATIVE_INFINITY;
    return t;
  }

  /** P(alive at T) and the phase weights w_j given alive, as {w_0..w_(k-1), P(alive)}. */
  private static double[] posterior(CnbdParameters q, int x, double tx, double age) {
    Patterns.validate(q.type(), 0, x, tx, age, 1.0, false);
    double[] t = branchTerms(q, x, tx, age);
    int k = q.k();
    double max = Double.NEGATIVE_INFINITY;
    for (double v : t) {
      max = Math.max(max, v);
    }
    double alive = 0;
    double[] out = new double[k + 1];
    for (int j = 0; j < k; j++) {
      out[j] = Math.exp(t[j] - max);
      alive += out[j];
    }
    double dead = Math.exp(t[k] - max);
    for (int j = 0; j < k; j++) {
      out[j] /= alive;
    }
    out[k] = alive / (alive + dead);
    return out;
  }

  static double probabilityAlive(CnbdParameters q, int x, double tx, double age) {
    return posterior(q, x, tx, age)[q.k()];
  }

  /**
   * {@code sum_j w_j sum_{n>=1} c_n I_z(nk - j, r + kx + j)} with {@code c_n = B(a, b'+n-1) / B(a,
   * b')} (future purchases, {@code dropout = false}) or {@code c_n = B(a+1, b'+n-1) / B(a, b')}
   * (dropout by the n-th future purchase, {@code dropout = true}).
   */
  private static double futureSum(
      CnbdParameters q, double[] post, int x, double age, double t, boolean dropout) {
    if (t == 0) {
      return 0.0;
    }
    int k = q.k();
    double a = q.a();
    double bPrime = q.b() + x + q.m();
    double z = t / (q.alpha() + age + t);
    double total = 0;
    for (int j = 0; j < k; j++) {
      if (post[j] == 0) {
        continue;
      }
      double shapeR = q.r() + (double) k * x + j;
      double ratio = 1.0;
      double sum = 0;
      for (int n = 1; n <= MAX_TERMS; n++) {
        double c = dropout ? ratio * a / (a + bPrime + n - 1) : ratio;
        double term = c * Beta.regularizedBeta(z, (double) n * k - j, shapeR);
        sum += term;
        if (term <= 1e-16 * sum || term == 0) {
          break;
        }
        ratio *= (bPrime + n - 1) / (a + bPrime + n - 1);
      }
      total += post[j] * sum;
    }
    return total;
  }

  static double conditionalExpected(CnbdParameters q, double t, int x, double tx, double age) {
    PurchaseModel.requireTime("PurchaseModel.t", t);
    double[] post = posterior(q, x, tx, age);
    return post[q.k()] * futureSum(q, post, x, age, t, false);
  }

  static double aliveAt(CnbdParameters q, int x, double tx, double age, double t) {
    PurchaseModel.requireTime("PurchaseModel.t", t);
    double[] post = posterior(q, x, tx, age);
    double dropped = futureSum(q, post, x, age, t, true);
    return post[q.k()] * Math.min(1.0, Math.max(0.0, 1.0 - dropped));
  }

  static double probabilityOfPurchases(CnbdParameters q, int n, double t) {
    PurchaseModel.requireTime("PurchaseModel.t", t);
    if (n < 0) {
      throw CxValidationException.of("PurchaseModel.n", "be non-negative", n);
    }
    if (t == 0) {
      return n == 0 ? 1.0 : 0.0;
    }
    int k = q.k();
    int m = q.m();
    double a = q.a();
    double b = q.b();
    double z = t / (q.alpha() + t);
    double atLeastN = n == 0 ? 1.0 : Beta.regularizedBeta(z, (double) n * k, q.r());
    double atLeastNext = Beta.regularizedBeta(z, (double) (n + 1) * k, q.r());
    double lbab = Beta.logBeta(a, b);
    double alive = Math.exp(Beta.logBeta(a, b + n + m) - lbab) * (atLeastN - atLeastNext);
    double dead = n + m > 0 ? Math.exp(Beta.logBeta(a + 1, b + n + m - 1) - lbab) * atLeastN : 0.0;
    return Math.min(1.0, Math.max(0.0, alive + dead));
  }

  // ---------------------------------------------------------------- simulation

  /**
   * Simulates customers: lambda ~ Gamma(r, alpha), p ~ Beta(a, b), Erlang-k inter-purchase times
   * with rate lambda from the first purchase at 0, and after each repeat purchase (for MBG/CNBD-k
   * also at the first) a dropout with probability p; records x, t_x and litt up to T.
   */
  static CnbdSimulation simulate(CnbdParameters q, double[] age, long seed) {
    RandomDataGenerator rng = RandomDataGenerator.of(new Well19937c(seed));
    int n = age.length;
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] litt = new double[n];
    for (int i = 0; i < n; i++) {
      PurchaseModel.requireTime(q.type() + ".age", age[i]);
      double lambda = rng.nextGamma(q.r(), 1.0 / q.alpha());
      double p = rng.nextBeta(q.a(), q.b());
      double t = 0;
      int count = 0;
      double sumLog = 0;
      boolean alive = q.m() == 0 || rng.nextDouble() >= p;
      while (alive) {
        double gap = rng.nextGamma(q.k(), 1.0 / lambda);
        if (t + gap > age[i]) {
          break;
        }
        t += gap;
        count++;
        sumLog += Math.log(gap);
        alive = rng.nextDouble() >= p;
      }
      x[i] = count;
      tx[i] = count == 0 ? 0.0 : t;
      litt[i] = sumLog;
    }
    return new CnbdSimulation(new SimulatedCustomers(x, tx, age.clone()), litt);
  }
}
