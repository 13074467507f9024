/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Posterior draws of the Pareto/GGG (Platzer and Reutterer 2016; BTYDplus' {@code
 * pggg.mcmc.DrawParameters}): the cohort parameters of each kept draw and, for every customer of
 * the data, the customer's regularity k, purchase rate lambda, dropout rate mu and lifetime tau in
 * the same draw; with the predictions that follow from them ({@code mcmc.PAlive}, {@code
 * mcmc.DrawFutureTransactions}). Times are in the unit of the data.
 */
public final class ParetoGggDraws {
  private final double[][] hyper;
  private final int customers;
  private final int draws;
  private final float[] k;
  private final float[] lambda;
  private final float[] mu;
  private final float[] tau;
  private final int[] x;
  private final double[] tx;
  private final double[] age;

  ParetoGggDraws(
      double[][] hyper,
      float[] k,
      float[] lambda,
      float[] mu,
      float[] tau,
      int[] x,
      double[] tx,
      double[] age) {
    this.hyper = hyper;
    this.customers = x.length;
    this.draws = hyper.length;
    this.k = k;
    this.lambda = lambda;
    this.mu = mu;
    this.tau = tau;
    this.x = x;
    this.tx = tx;
    this.age = age;
  }

  /**
   * The number of customers.
   *
   * @return the size of the data the draws belong to
   */
  public int size() {
    return customers;
  }

  /**
   * The number of kept draws (over all chains).
   *
   * @return the count
   */
  public int draws() {
    return draws;
  }

  /**
   * The cohort parameters of each kept draw, chain after chain.
   *
   * @return an immutable list
   */
  public List<ParetoGggParameters> hyperparameters() {
    List<ParetoGggParameters> out = new ArrayList<>(draws);
    for (double[] h : hyper) {
      out.add(ParetoGggParameters.of(h));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Posterior summaries of the six cohort parameters.
   *
   * @return by name, in the order {@code t, gamma, r, alpha, s, beta}
   */
  public Map<String, PosteriorSummary> summary() {
    Map<String, PosteriorSummary> out = new LinkedHashMap<>();
    for (int p = 0; p < 6; p++) {
      double[] column = new double[draws];
      for (int j = 0; j < draws; j++) {
        column[j] = hyper[j][p];
      }
      out.put(ParetoGggParameters.NAMES.get(p), PosteriorSummary.of(column));
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * The posterior mean of each customer's regularity k (1: Poisson-like timing; above 1: more
   * regular than Poisson).
   *
   * @return one value per customer
   */
  public double[] meanRegularity() {
    double[] out = new double[customers];
    for (int i = 0; i < customers; i++) {
      double sum = 0;
      for (int j = 0; j < draws; j++) {
        sum += k[i * draws + j];
      }
      out[i] = sum / draws;
    }
    return out;
  }

  /**
   * P(alive at T): per customer, the mean over the draws of the probability that the customer is
   * alive given that draw's k, lambda and mu and the customer's summary (the Rao-Blackwellised form
   * of BTYDplus' {@code mcmc.PAlive}, which averages the sampled alive indicators).
   *
   * @return a probability in [0, 1] per customer
   */
  public double[] probabilityAlive() {
    double[] out = new double[customers];
    IntStream.range(0, customers)
        .parallel()
        .forEach(
            i -> {
              double sum = 0;
              double d = age[i] - tx[i];
              for (int j = 0; j < draws; j++) {
                int at = i * draws + j;
                sum += ParetoGggChain.probabilityAlive(k[at], lambda[at], mu[at], d);
              }
              out[i] = Math.min(1.0, Math.max(0.0, sum / draws));
            });
    return out;
  }

  /**
   * Simulated purchases in {@code (T, T + horizon]}, one future per customer and draw (BTYDplus'
   * {@code mcmc.DrawFutureTransactions}): nothing if the draw's lifetime ends by T; otherwise the
   * first purchase after T at {@code t_x} plus an inter-purchase time conditioned to exceed {@code
   * T - t_x}, then gamma inter-purchase times until the lifetime or the horizon ends. Each customer
   * and draw has its own random stream derived from the seed, so a longer horizon extends the same
   * futures (counts never fall as the horizon grows) and the result does not depend on threads.
   *
   * @param horizon the length of the future period, finite and non-negative
   * @param seed the random seed
   * @return counts[customer][draw]
   */
  public int[][] futurePurchases(double horizon, long seed) {
    PurchaseModel.requireTime("ParetoGggDraws.horizon", horizon);
    int[][] out = new int[customers][draws];
    IntStream.range(0, customers)
        .parallel()
        .forEach(
            i -> {
              long rowSeed = Sampling.mix(seed + 0x9E3779B97F4A7C15L * (i + 1L));
              for (int j = 0; j < draws; j++) {
                int at = i * draws + j;
                SplittableRandom rng = new SplittableRandom(Sampling.mix(rowSeed + j));
                out[i][j] =
                    ParetoGggFuture.count(k[at], lambda[at], tau[at], tx[i], age[i], horizon, rng);
              }
            });
    return out;
  }

  /**
   * E[Y(horizon) | data]: the mean of {@link #futurePurchases} over the draws.
   *
   * @param horizon the length of the future period
   * @param seed the random seed
   * @return one non-negative expectation per customer, non-decreasing in the horizon
   */
  public double[] expectedPurchases(double horizon, long seed) {
    int[][] counts = futurePurchases(horizon, seed);
    double[] out = new double[customers];
    for (int i = 0; i < customers; i++) {
      long sum = 0;
      for (int c : counts[i]) {
        sum += c;
      }
      out[i] = (double) sum / draws;
    }
    return out;
  }

  /**
   * Central predictive intervals of each customer's purchases in {@code (T, T + horizon]}, from the
   * simulated futures of {@link #futurePurchases} (posterior predictive: parameter uncertainty
   * included): the ends are the smallest counts whose empirical distribution function reaches
   * {@code (1 - level) / 2} and {@code (1 + level) / 2}.
   *
   * @param horizon the length of the future period
   * @param level the coverage, in (0, 1)
   * @param seed the random seed
   * @return the intervals
   */
  public Intervals purchaseIntervals(double horizon, double level, long seed) {
    PredictionIntervals.requireLevel(level);
    int[][] counts = futurePurchases(horizon, seed);
    double[] low = new double[customers];
    double[] high = new double[customers];
    for (int i = 0; i < customers; i++) {
      int[] c = counts[i].clone();
      java.util.Arrays.sort(c);
      low[i] = countQuantile(c, (1 - level) / 2);
      high[i] = countQuantile(c, (1 + level) / 2);
    }
    return new Intervals(level, low, high);
  }

  /** The smallest count whose empirical distribution function reaches p. */
  private static int countQuantile(int[] sorted, double p) {
    int index = (int) Math.ceil(p * sorted.length - 1e-9) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }
}
