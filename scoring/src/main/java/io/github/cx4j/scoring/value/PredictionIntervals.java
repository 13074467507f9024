/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import io.github.cx4j.core.CxValidationException;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Per-customer prediction intervals for the purchases in a future period and for the lifetime value
 * over a horizon, from the model's predictive distribution given the customer's history (x, t_x,
 * T).
 *
 * <p><b>Purchases</b> ({@link #purchases}) use the exact conditional distribution {@link
 * #probabilityOfPurchases P(Y(t) = y | x, t_x, T)} = {@code (1 - P(alive)) [y = 0] + P(alive)
 * P_post(X(t) = y)}: a customer alive at T is a new customer of the same model with the posterior
 * parameters, so {@code P_post} is the model's own distribution of purchases in a period (Fader,
 * Hardie and Lee 2005, "Counting your customers the easy way", Marketing Science 24(2), eq. 8, for
 * BG/NBD and MBG/NBD; Fader and Hardie 2005, "A note on deriving the Pareto/NBD model", for
 * Pareto/NBD, its dropout integral by Gauss-Legendre quadrature; Fader, Hardie and Shang 2010,
 * "Customer-base analysis in a discrete-time noncontractual setting", Marketing Science 29(6), for
 * BG/BB, by a finite sum). No simulation is involved.
 *
 * <p><b>Lifetime value</b> ({@link #clv}) has no closed-form distribution; it is simulated with a
 * seed: per draw the customer is alive at T with probability P(alive), the latent rates are drawn
 * from their posterior, purchases are simulated over the horizon and discounted by period as in
 * {@link Clv#of}, and each purchase is worth a Gamma(p, nu) amount with nu drawn from the
 * Gamma-Gamma posterior Gamma(q + p x, gamma + x mbar) (Fader, Hardie and Lee 2005, "RFM and CLV",
 * JMR 42(4); Fader and Hardie 2013, "The Gamma-Gamma model of monetary value"). The mean of the
 * simulated values is {@link Clv#of}'s expectation.
 *
 * <p><b>Parameter uncertainty</b>: both take a {@link ParameterDraws} sample of models (a
 * parametric bootstrap over the fitted Hessian, or refits on resampled customers), and the value
 * intervals also a {@link SpendDraws} sample of Gamma-Gamma models (the same two bootstraps); the
 * interval is then that of the predictive distribution averaged over the samples.
 */
public final class PredictionIntervals {
  private static final int PARALLEL_THRESHOLD = 20_000;
  private static final int CHUNK = 4096;

  /** Slack on the distribution function against rounding when it is compared with a level. */
  private static final double SLACK = 1e-9;

  private PredictionIntervals() {}

  /**
   * P(Y(t) = n | x, t_x, T): the probability that a customer with this history makes exactly n
   * purchases in {@code (T, T + t]}.
   *
   * @param model a BG/NBD, MBG/NBD, Pareto/NBD or BG/BB model
   * @param n the number of purchases, non-negative
   * @param t the future period in the model's time unit (for BG/BB a whole number of opportunities)
   * @param x frequency
   * @param tx recency
   * @param age T
   * @return the probability
   */
  public static double probabilityOfPurchases(
      PurchaseModel model, int n, double t, int x, double tx, double age) {
    requireHorizon(model, t);
    if (n < 0) {
      throw CxValidationException.of("PredictionIntervals.n", "be non-negative", n);
    }
    if (n > FutureCounts.MAX_COUNT) {
      throw CxValidationException.of("PredictionIntervals.n", "be at most 10,000,000", n);
    }
    double alive = model.probabilityAlive(x, tx, age);
    FutureCounts counts = FutureCounts.of(model, t, x, age);
    double p = 0;
    for (int y = 0; y <= n; y++) {
      p = counts.next();
    }
    return Math.min(1.0, alive * p + (n == 0 ? 1.0 - alive : 0.0));
  }

  /**
   * Central prediction intervals for the purchases in {@code (T, T + t]}, exact (see the class
   * comment), at the model's parameters.
   *
   * @param model a BG/NBD, MBG/NBD, Pareto/NBD or BG/BB model
   * @param t the future period in the model's time unit
   * @param level the nominal coverage, in (0, 1)
   * @param frequency x per customer
   * @param recency t_x per customer
   * @param age T per customer
   * @return whole-number ends per customer; {@code P(low <= Y <= high) >= level}
   */
  public static Intervals purchases(
      PurchaseModel model,
      double t,
      double level,
      int[] frequency,
      double[] recency,
      double[] age) {
    return purchases(ParameterDraws.of(model), t, level, frequency, recency, age);
  }

  /**
   * Central prediction intervals for the purchases in {@code (T, T + t]} under parameter
   * uncertainty: the quantiles of the exact predictive distribution averaged over the sample of
   * models.
   *
   * @param draws the models (one for no parameter uncertainty)
   * @param t the future period in the model's time unit
   * @param level the nominal coverage, in (0, 1)
   * @param frequency x per customer
   * @param recency t_x per customer
   * @param age T per customer
   * @return whole-number ends per customer
   */
  public static Intervals purchases(
      ParameterDraws draws,
      double t,
      double level,
      int[] frequency,
      double[] recency,
      double[] age) {
    requireLevel(level);
    List<PurchaseModel> models = draws.models();
    requireHorizon(models.get(0), t);
    int n = requireColumns(frequency, recency, age);
    double lowP = (1 - level) / 2;
    double highP = (1 + level) / 2;
    double[] low = new double[n];
    double[] high = new double[n];
    double[][] alive = new double[models.size()][];
    if (models.size() == 1) {
      // validates every row, naming the first bad one
      alive[0] = Clv.probabilityAlive(models.get(0), frequency, recency, age);
    } else {
      validateRows(models.get(0), frequency, recency, age);
    }
    inChunks(
        n,
        (from, to) -> {
          int b = models.size();
          FutureCounts[] counts = new FutureCounts[b];
          double[] pa = new double[b];
          for (int i = from; i < to; i++) {
            for (int k = 0; k < b; k++) {
              PurchaseModel m = models.get(k);
              pa[k] = b == 1 ? alive[0][i] : m.probabilityAlive(frequency[i], recency[i], age[i]);
              counts[k] = FutureCounts.of(m, t, frequency[i], age[i]);
            }
            interval(i, counts, pa, lowP, highP, low, high);
          }
        });
    return new Intervals(level, low, high);
  }

  /**
   * Central prediction intervals for the purchases in {@code (T, T + t]}, exact, each customer
   * under its own model (a covariate fit's {@link CovariateFit#models}).
   *
   * @param models one model per customer
   * @param t the future period
   * @param level the nominal coverage, in (0, 1)
   * @param frequency x per customer
   * @param recency t_x per customer
   * @param age T per customer
   * @return whole-number ends per customer
   */
  static Intervals perCustomer(
      PurchaseModel[] models,
      double t,
      double level,
      int[] frequency,
      double[] recency,
      double[] age) {
    return perCustomer(new PurchaseModel[][] {models}, t, level, frequency, recency, age);
  }

  /**
   * As {@link #perCustomer(PurchaseModel[], double, double, int[], double[], double[])} under
   * parameter uncertainty: {@code models[k][i]} is customer i's model under draw k, and each
   * customer's interval is that of its predictive distribution averaged over the draws.
   */
  static Intervals perCustomer(
      PurchaseModel[][] models,
      double t,
      double level,
      int[] frequency,
      double[] recency,
      double[] age) {
    requireLevel(level);
    int n = requireColumns(frequency, recency, age);
    for (PurchaseModel[] draw : models) {
      if (draw.length != n) {
        throw CxValidationException.of(
            "PredictionIntervals.models", "have one model per customer (" + n + ")", draw.length);
      }
    }
    for (int i = 0; i < n; i++) {
      PurchaseModel m = models[0][i];
      requireHorizon(m, t);
      Patterns.validate(
          m.kind().id(), i, frequency[i], recency[i], age[i], 1.0, m instanceof BgBbModel);
    }
    return mixture(
        n,
        models.length,
        level,
        (k, i) -> {
          PurchaseModel m = models[k][i];
          return new Future(
              m.probabilityAlive(frequency[i], recency[i], age[i]),
              FutureCounts.of(m, t, frequency[i], age[i]));
        });
  }

  /** A customer's future under one draw: P(alive at T) and the purchases if alive. */
  record Future(double alive, FutureCounts counts) {}

  /** Customer {@code row}'s future under draw {@code draw}. */
  @FunctionalInterface
  interface Futures {
    Future of(int draw, int row);
  }

  /**
   * Central intervals of each customer's predictive distribution averaged over {@code draws} draws,
   * the rows validated by the caller.
   */
  static Intervals mixture(int n, int draws, double level, Futures futures) {
    requireLevel(level);
    double lowP = (1 - level) / 2;
    double highP = (1 + level) / 2;
    double[] low = new double[n];
    double[] high = new double[n];
    inChunks(
        n,
        (from, to) -> {
          FutureCounts[] counts = new FutureCounts[draws];
          double[] pa = new double[draws];
          for (int i = from; i < to; i++) {
            for (int k = 0; k < draws; k++) {
              Future f = futures.of(k, i);
              pa[k] = f.alive();
              counts[k] = f.counts();
            }
            interval(i, counts, pa, lowP, highP, low, high);
          }
        });
    return new Intervals(level, low, high);
  }

  /** The quantiles of the mixture {@code mean_k [(1 - pa_k) [y = 0] + pa_k counts_k(y)]}. */
  private static void interval(
      int row,
      FutureCounts[] counts,
      double[] pa,
      double lowP,
      double highP,
      double[] low,
      double[] high) {
    int b = counts.length;
    double cdf = 0;
    for (int k = 0; k < b; k++) {
      cdf += 1.0 - pa[k];
    }
    boolean lowFound = false;
    for (int y = 0; y <= FutureCounts.MAX_COUNT; y++) {
      double pmf = 0;
      for (int k = 0; k < b; k++) {
        pmf += pa[k] * counts[k].next();
      }
      cdf += pmf;
      double f = cdf / b;
      if (!lowFound && f >= lowP - SLACK) {
        low[row] = y;
        lowFound = true;
      }
      if (f >= highP - SLACK) {
        high[row] = y;
        return;
      }
    }
    throw CxValidationException.of(
        "PredictionIntervals.frequency",
        "give a predictive distribution whose upper quantile is at most 10,000,000 purchases"
            + " (customer index "
            + row
            + ")",
        "more");
  }

  /**
   * Central prediction intervals for each customer's lifetime value over a horizon ({@link
   * Clv#of}'s quantity), by seeded simulation at the models' parameters.
   *
   * @param purchases the purchase model
   * @param spend the Gamma-Gamma spend model
   * @param frequency x per customer
   * @param recency t_x per customer
   * @param age T per customer
   * @param monetary mean repeat-transaction value per customer (ignored where x is 0)
   * @param horizon the horizon, period and discount rate
   * @param margin the share of spend that is margin
   * @param options level, draws per customer and seed
   * @return the ends per customer, in the unit of {@code monetary}
   */
  public static Intervals clv(
      PurchaseModel purchases,
      GammaGammaModel spend,
      int[] frequency,
      double[] recency,
      double[] age,
      double[] monetary,
      ClvHorizon horizon,
      double margin,
      IntervalOptions options) {
    return clv(
        ParameterDraws.of(purchases),
        spend,
        frequency,
        recency,
        age,
        monetary,
        horizon,
        margin,
        options);
  }

  /**
   * Central prediction intervals for each customer's lifetime value under the purchase model's
   * parameter uncertainty: draw j of a customer uses model {@code j mod draws.size()}.
   *
   * @param purchases the sample of purchase models
   * @param spend the Gamma-Gamma spend model
   * @param frequency x per customer
   * @param recency t_x per customer
   * @param age T per customer
   * @param monetary mean repeat-transaction value per customer (ignored where x is 0)
   * @param horizon the horizon, period and discount rate
   * @param margin the share of spend that is margin
   * @param options level, draws per customer and seed
   * @return the ends per customer, in the unit of {@code monetary}
   */
  public static Intervals clv(
      ParameterDraws purchases,
      GammaGammaModel spend,
      int[] frequency,
      double[] recency,
      double[] age,
      double[] monetary,
      ClvHorizon horizon,
      double margin,
      IntervalOptions options) {
    return clv(
        purchases,
        SpendDraws.of(spend),
        frequency,
        recency,
        age,
        monetary,
        horizon,
        margin,
        options);
  }

  /**
   * Central prediction intervals for each customer's lifetime value under the parameter uncertainty
   * of both models: draw j of a customer uses purchase model {@code j mod purchases.size()} and
   * spend model {@code j mod spend.size()} ({@link SpendDraws}), so the interval is that of the
   * predictive distribution averaged over both samples.
   *
   * @param purchases the sample of purchase models
   * @param spend the sample of Gamma-Gamma spend models
   * @param frequency x per customer
   * @param recency t_x per customer
   * @param age T per customer
   * @param monetary mean repeat-transaction value per customer (ignored where x is 0)
   * @param horizon the horizon, period and discount rate
   * @param margin the share of spend that is margin
   * @param options level, draws per customer and seed
   * @return the ends per customer, in the unit of {@code monetary}
   */
  public static Intervals clv(
      ParameterDraws purchases,
      SpendDraws spend,
      int[] frequency,
      double[] recency,
      double[] age,
      double[] monetary,
      ClvHorizon horizon,
      double margin,
      IntervalOptions options) {
    if (!Double.isFinite(margin)) {
      throw CxValidationException.of("Clv.margin", "be finite", margin);
    }
    List<PurchaseModel> models = purchases.models();
    List<GammaGammaModel> spends = spend.models();
    PurchaseModel first = models.get(0);
    requireHorizon(first, horizon.horizon());
    if (first instanceof BgBbModel && horizon.period() != Math.rint(horizon.period())) {
      throw CxValidationException.of(
          "Clv.period", "be a whole number of opportunities for bgbb", horizon.period());
    }
    int n = requireColumns(frequency, recency, age);
    requireMonetary(frequency, monetary);
    validateRows(first, frequency, recency, age);
    double lowP = (1 - options.level()) / 2;
    double highP = (1 + options.level()) / 2;
    int draws = options.draws();
    int lowIndex = Math.max(0, (int) Math.ceil(lowP * draws - 1e-9) - 1);
    int highIndex = Math.min(draws - 1, Math.max(0, (int) Math.ceil(highP * draws - 1e-9) - 1));
    double logDiscount = Math.log1p(horizon.discountRate());
    double[] low = new double[n];
    double[] high = new double[n];
    inChunks(
        n,
        (from, to) -> {
          int b = models.size();
          double[] pa = new double[b];
          double[] values = new double[draws];
          for (int i = from; i < to; i++) {
            int x = frequency[i];
            for (int k = 0; k < b; k++) {
              pa[k] = models.get(k).probabilityAlive(x, recency[i], age[i]);
            }
            clvSamples(
                models,
                pa,
                spends,
                x,
                age[i],
                monetary[i],
                horizon,
                logDiscount,
                margin,
                Sampling.forRow(options.seed(), i),
                values);
            Arrays.sort(values);
            low[i] = values[lowIndex];
            high[i] = values[highIndex];
          }
        });
    return new Intervals(options.level(), low, high);
  }

  /**
   * Simulated lifetime values of one customer, {@code values.length} of them, draw j with model
   * {@code j mod models.size()} (alive at T with probability {@code pa[j mod models.size()]}).
   */
  static void clvSamples(
      List<PurchaseModel> models,
      double[] pa,
      GammaGammaModel spend,
      int x,
      double age,
      double mbar,
      ClvHorizon horizon,
      double logDiscount,
      double margin,
      SplittableRandom rng,
      double[] values) {
    clvSamples(models, pa, List.of(spend), x, age, mbar, horizon, logDiscount, margin, rng, values);
  }

  /**
   * As above, draw j with spend model {@code j mod spends.size()}; with one spend model the draws
   * are those of the overload that takes it.
   */
  static void clvSamples(
      List<PurchaseModel> models,
      double[] pa,
      List<GammaGammaModel> spends,
      int x,
      double age,
      double mbar,
      ClvHorizon horizon,
      double logDiscount,
      double margin,
      SplittableRandom rng,
      double[] values) {
    ValueFuture[] futures = new ValueFuture[models.size()];
    for (int k = 0; k < futures.length; k++) {
      PurchaseModel m = models.get(k);
      futures[k] =
          new ValueFuture(
              pa[k],
              (g, p, nu) ->
                  FutureSimulation.discountedValue(
                      m, g, x, age, horizon.horizon(), horizon.period(), logDiscount, p, nu));
    }
    clvSamples(futures, spends, x, mbar, margin, rng, values);
  }

  /** One simulated discounted value of the purchases of a customer alive at T. */
  @FunctionalInterface
  interface ValueSimulation {
    double discountedValue(SplittableRandom rng, double p, double nu);
  }

  /** A customer's value future under one draw: P(alive at T) and the simulation if alive. */
  record ValueFuture(double alive, ValueSimulation simulation) {}

  /** Customer {@code row}'s value future under draw {@code draw}. */
  @FunctionalInterface
  interface ValueFutures {
    ValueFuture of(int draw, int row);
  }

  /**
   * Simulated lifetime values of one customer, draw d with future {@code d mod futures.length} and
   * spend model {@code d mod spends.size()}.
   */
  static void clvSamples(
      ValueFuture[] futures,
      List<GammaGammaModel> spends,
      int x,
      double mbar,
      double margin,
      SplittableRandom rng,
      double[] values) {
    int b = futures.length;
    int s = spends.size();
    double[] spendShape = new double[s];
    double[] spendRate = new double[s];
    for (int j = 0; j < s; j++) {
      GammaGammaModel g = spends.get(j);
      spendShape[j] = g.q() + g.p() * x;
      spendRate[j] = g.gamma() + (x == 0 ? 0.0 : x * mbar);
    }
    for (int d = 0; d < values.length; d++) {
      int k = d % b;
      int j = d % s;
      double value = 0;
      if (rng.nextDouble() < futures[k].alive()) {
        double nu = Sampling.gamma(rng, spendShape[j], spendRate[j]);
        value = margin * futures[k].simulation().discountedValue(rng, spends.get(j).p(), nu);
      }
      values[d] = value;
    }
  }

  /**
   * Central intervals of each customer's simulated lifetime value, draw d of customer i with future
   * {@code futures.of(d mod draws, i)}; the rows validated by the caller but for the monetary
   * values.
   */
  static Intervals clvMixture(
      int draws,
      SpendDraws spend,
      int[] frequency,
      double[] monetary,
      double margin,
      IntervalOptions options,
      ValueFutures futures) {
    if (!Double.isFinite(margin)) {
      throw CxValidationException.of("Clv.margin", "be finite", margin);
    }
    int n = frequency.length;
    requireMonetary(frequency, monetary);
    List<GammaGammaModel> spends = spend.models();
    double lowP = (1 - options.level()) / 2;
    double highP = (1 + options.level()) / 2;
    int count = options.draws();
    int lowIndex = Math.max(0, (int) Math.ceil(lowP * count - 1e-9) - 1);
    int highIndex = Math.min(count - 1, Math.max(0, (int) Math.ceil(highP * count - 1e-9) - 1));
    double[] low = new double[n];
    double[] high = new double[n];
    inChunks(
        n,
        (from, to) -> {
          double[] values = new double[count];
          ValueFuture[] one = new ValueFuture[draws];
          for (int i = from; i < to; i++) {
            for (int k = 0; k < draws; k++) {
              one[k] = futures.of(k, i);
            }
            clvSamples(
                one,
                spends,
                frequency[i],
                monetary[i],
                margin,
                Sampling.forRow(options.seed(), i),
                values);
            Arrays.sort(values);
            low[i] = values[lowIndex];
            high[i] = values[highIndex];
          }
        });
    return new Intervals(options.level(), low, high);
  }

  /** Checks the monetary column against the frequencies: finite and non-negative where x > 0. */
  static void requireMonetary(int[] frequency, double[] monetary) {
    int n = frequency.length;
    if (monetary.length != n) {
      throw CxValidationException.of(
          "GammaGamma.monetary", "have one value per frequency (" + n + ")", monetary.length);
    }
    for (int i = 0; i < n; i++) {
      if (frequency[i] > 0 && !(monetary[i] >= 0 && Double.isFinite(monetary[i]))) {
        throw CxValidationException.of(
            "GammaGamma.monetary",
            "be non-negative and finite when the frequency is positive (customer index " + i + ")",
            monetary[i]);
      }
    }
  }

  /** Checks a nominal coverage: in (0, 1). */
  static void requireLevel(double level) {
    if (!(level > 0 && level < 1)) {
      throw CxValidationException.of("PredictionIntervals.level", "be within (0, 1)", level);
    }
  }

  static void requireHorizon(PurchaseModel model, double t) {
    PurchaseModel.requireTime("PredictionIntervals.t", t);
    if (model instanceof BgBbModel && (t != Math.rint(t) || t > 1e7)) {
      throw CxValidationException.of(
          "PredictionIntervals.t", "be a whole number of opportunities for bgbb", t);
    }
  }

  static int requireColumns(int[] x, double[] tx, double[] age) {
    int n = x.length;
    if (tx.length != n || age.length != n) {
      throw CxValidationException.of(
          "PredictionIntervals.recency",
          "have as many values as frequency (" + n + ")",
          tx.length != n ? tx.length : age.length);
    }
    return n;
  }

  private static void validateRows(PurchaseModel model, int[] x, double[] tx, double[] age) {
    boolean discrete = model instanceof BgBbModel;
    String type = model.kind().id();
    for (int i = 0; i < x.length; i++) {
      Patterns.validate(type, i, x[i], tx[i], age[i], 1.0, discrete);
    }
  }

  /** Rows {@code from .. to - 1}. */
  @FunctionalInterface
  private interface RowRange {
    void run(int from, int to);
  }

  private static void inChunks(int n, RowRange range) {
    if (n < PARALLEL_THRESHOLD) {
      range.run(0, n);
      return;
    }
    IntStream.range(0, (n + CHUNK - 1) / CHUNK)
        .parallel()
        .forEach(c -> range.run(c * CHUNK, Math.min(n, (c + 1) * CHUNK)));
  }
}
