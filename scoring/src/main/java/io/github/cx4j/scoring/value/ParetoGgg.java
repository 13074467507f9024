/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import io.github.cx4j.core.CxValidationException;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The Pareto/GGG of Platzer and Reutterer (2016), "Ticking away the moments: Timing regularity
 * helps to better predict customer activity", Marketing Science 35(5), 779-799, fitted by Markov
 * chain Monte Carlo as in their BTYDplus R package ({@code pggg.mcmc.DrawParameters}): a
 * hierarchical Bayes model whose customers buy with gamma inter-purchase times {@code Gamma(k, k
 * lambda)} until an exponential lifetime {@code tau ~ Exp(mu)} ends, with {@code k ~ Gamma(t,
 * gamma)}, {@code lambda ~ Gamma(r, alpha)} and {@code mu ~ Gamma(s, beta)} across customers
 * ({@link ParetoGggParameters}). Besides frequency x, recency t_x and age T it needs each
 * customer's {@code litt}, the sum of the logarithms of the x inter-purchase times, which carries
 * the regularity. The sampler is Gibbs with slice sampling ({@code ParetoGggChain}); the result,
 * {@link ParetoGggDraws}, gives posterior summaries, P(alive), expected purchases, predictive
 * intervals and simulated futures.
 */
public final class ParetoGgg {
  private static final long MAX_STORED = 100_000_000L;

  private ParetoGgg() {}

  /**
   * Draws from the posterior of the Pareto/GGG given the customers' summaries. Chains start at the
   * Pareto/NBD maximum-likelihood estimates (r, alpha, s, beta) and {@code t = gamma = 1}, as
   * BTYDplus, or at all ones if that fit fails; chain c uses its own random stream derived from the
   * seed, so the same data, options and seed give the same draws.
   *
   * @param frequency repeat purchases x per customer
   * @param recency t_x per customer
   * @param age T per customer
   * @param litt the sum of the logarithms of each customer's inter-purchase times (0 if x = 0)
   * @param options draws, burn-in, thinning, chains and seed
   * @return the draws
   * @throws CxValidationException naming the column and customer of an invalid value, or if the
   *     draws to keep exceed 100,000,000 customer values
   */
  public static ParetoGggDraws fit(
      int[] frequency, double[] recency, double[] age, double[] litt, McmcOptions options) {
    validate(frequency, recency, age, litt);
    int n = frequency.length;
    int kept = options.kept();
    requireStorable(n, kept);
    ParetoGggParameters start = start(frequency, recency, age);
    int perChain = options.keptPerChain();
    double[][] hyper = new double[kept][];
    float[] k = new float[n * kept];
    float[] lambda = new float[n * kept];
    float[] mu = new float[n * kept];
    float[] tau = new float[n * kept];
    int[] x = frequency.clone();
    double[] tx = recency.clone();
    double[] t = age.clone();
    double[] l = litt.clone();
    IntStream.range(0, options.chains())
        .parallel()
        .forEach(
            c -> {
              ParetoGggChain chain = new ParetoGggChain(x, tx, t, l, start);
              SplittableRandom rng =
                  new SplittableRandom(Sampling.mix(options.seed() + 0x632BE59BD9B4E019L * c));
              int total = options.burnIn() + options.draws();
              for (int step = 0; step < total; step++) {
                for (int i = 0; i < n; i++) {
                  chain.updateCustomer(i, rng);
                }
                chain.updateHyper(rng);
                int after = step - options.burnIn();
                if (after >= 0 && after % options.thinning() == 0) {
                  int j = c * perChain + after / options.thinning();
                  hyper[j] = chain.hyper().values();
                  for (int i = 0; i < n; i++) {
                    int at = i * kept + j;
                    k[at] = (float) chain.k[i];
                    lambda[at] = (float) chain.lambda[i];
                    mu[at] = (float) chain.mu[i];
                    tau[at] = (float) chain.tau[i];
                  }
                }
              }
            });
    return new ParetoGggDraws(hyper, k, lambda, mu, tau, x, tx, t);
  }

  /**
   * Customer-level draws for customers given draws of the cohort parameters, for example those
   * stored from a {@link #fit} ({@code cx4j clv predict} scores this way): each customer's k,
   * lambda, mu and tau are sampled by the same Gibbs steps with the cohort parameters of draw j at
   * step j, after {@code burnIn} steps at the first draw. Since customers are independent given the
   * cohort parameters, this samples the posterior of each customer's parameters given the cohort
   * posterior. Each customer has its own random stream derived from the seed.
   *
   * @param cohort draws of the cohort parameters, not empty
   * @param frequency x per customer
   * @param recency t_x per customer
   * @param age T per customer
   * @param litt the sum of the log inter-purchase times per customer
   * @param burnIn steps before the first kept draw, 0..100,000
   * @param seed the random seed
   * @return the draws, with the given cohort draws
   */
  public static ParetoGggDraws drawCustomers(
      List<ParetoGggParameters> cohort,
      int[] frequency,
      double[] recency,
      double[] age,
      double[] litt,
      int burnIn,
      long seed) {
    if (cohort.isEmpty()) {
      throw CxValidationException.of("ParetoGgg.cohort", "hold at least one draw", 0);
    }
    if (burnIn < 0 || burnIn > 100_000) {
      throw CxValidationException.of("ParetoGgg.burnIn", "be within 0..100,000", burnIn);
    }
    validate(frequency, recency, age, litt);
    int n = frequency.length;
    int kept = cohort.size();
    requireStorable(n, kept);
    double[][] hyper = new double[kept][];
    for (int j = 0; j < kept; j++) {
      hyper[j] = cohort.get(j).values();
    }
    float[] k = new float[n * kept];
    float[] lambda = new float[n * kept];
    float[] mu = new float[n * kept];
    float[] tau = new float[n * kept];
    int[] x = frequency.clone();
    double[] tx = recency.clone();
    double[] t = age.clone();
    double[] l = litt.clone();
    IntStream.range(0, n)
        .parallel()
        .forEach(
            i -> {
              ParetoGggChain one =
                  new ParetoGggChain(
                      new int[] {x[i]},
                      new double[] {tx[i]},
                      new double[] {t[i]},
                      new double[] {l[i]},
                      cohort.get(0));
              SplittableRandom rng = Sampling.forRow(seed, i);
              for (int step = 0; step < burnIn; step++) {
                one.updateCustomer(0, rng);
              }
              for (int j = 0; j < kept; j++) {
                one.setHyper(cohort.get(j));
                one.updateCustomer(0, rng);
                int at = i * kept + j;
                k[at] = (float) one.k[0];
                lambda[at] = (float) one.lambda[0];
                mu[at] = (float) one.mu[0];
                tau[at] = (float) one.tau[0];
              }
            });
    return new ParetoGggDraws(hyper, k, lambda, mu, tau, x, tx, t);
  }

  /** The chains' start: Pareto/NBD estimates where that fit converges, else all ones. */
  private static ParetoGggParameters start(int[] x, double[] tx, double[] age) {
    try {
      ValueFit fit = ParetoNbd.fit(x, tx, age);
      if (fit.converged()) {
        return new ParetoGggParameters(
            1, 1, fit.param("r"), fit.param("alpha"), fit.param("s"), fit.param("beta"));
      }
    } catch (CxValidationException e) {
      // fall through to the neutral start
    }
    return new ParetoGggParameters(1, 1, 1, 1, 1, 1);
  }

  private static void requireStorable(int customers, int kept) {
    long values = (long) customers * kept;
    if (values > MAX_STORED) {
      throw CxValidationException.of(
          "ParetoGgg.options",
          "keep at most 100,000,000 customer draws (customers x kept draws)",
          values);
    }
  }

  /** Checks the summary columns and litt. */
  static void validate(int[] x, double[] tx, double[] age, double[] litt) {
    int n = x.length;
    if (n == 0) {
      throw CxValidationException.of("ParetoGgg.frequency", "hold at least one customer", 0);
    }
    if (tx.length != n) {
      throw CxValidationException.of(
          "ParetoGgg.recency", "have one value per frequency (" + n + ")", tx.length);
    }
    if (age.length != n) {
      throw CxValidationException.of(
          "ParetoGgg.age", "have one value per frequency (" + n + ")", age.length);
    }
    for (int i = 0; i < n; i++) {
      String at = " (customer index " + i + ")";
      if (x[i] < 0) {
        throw CxValidationException.of("ParetoGgg.frequency", "be non-negative" + at, x[i]);
      }
      if (!(age[i] > 0) || !Double.isFinite(age[i])) {
        throw CxValidationException.of("ParetoGgg.age", "be positive and finite" + at, age[i]);
      }
      if (!(tx[i] >= 0 && tx[i] <= age[i])) {
        throw CxValidationException.of("ParetoGgg.recency", "be within 0..T" + at, tx[i]);
      }
      if (x[i] == 0 && tx[i] != 0) {
        throw CxValidationException.of("ParetoGgg.recency", "be 0 with frequency 0" + at, tx[i]);
      }
      if (x[i] > 0 && tx[i] == 0) {
        throw CxValidationException.of(
            "ParetoGgg.recency", "be positive with a repeat purchase" + at, tx[i]);
      }
    }
    CnbdFamily.validateLitt("ParetoGgg", x, tx, litt);
  }

  /**
   * Simulated customers of known parameters (BTYDplus' {@code pggg.GenerateData}): per customer k,
   * lambda, mu and tau from the model, purchases from the first at time 0 with Gamma(k, k lambda)
   * inter-purchase times while alive, summarised at each customer's age, and the purchases in the
   * following {@code holdout} time units.
   */
  static Sample simulate(ParetoGggParameters p, double[] age, double holdout, long seed) {
    int n = age.length;
    Sample out = new Sample(n);
    for (int i = 0; i < n; i++) {
      SplittableRandom rng = Sampling.forRow(seed, i);
      // a floor on k as in pggg.GenerateData: very small k make inter-purchase times of 0
      double k = Math.max(0.1, Sampling.gamma(rng, p.t(), p.gamma()));
      double lambda = Sampling.gamma(rng, p.r(), p.alpha());
      double mu = Sampling.gamma(rng, p.s(), p.beta());
      double tau = Sampling.exponential(rng, mu);
      double time = 0;
      double last = 0;
      int count = 0;
      double sumLog = 0;
      int later = 0;
      double end = Math.min(tau, age[i] + holdout);
      while (true) {
        double itt = Sampling.gamma(rng, k, k * lambda);
        time += itt;
        if (time > end) {
          break;
        }
        if (time <= age[i]) {
          count++;
          sumLog += Math.log(itt);
          last = time;
        } else {
          later++;
        }
      }
      out.x[i] = count;
      out.tx[i] = last;
      out.age[i] = age[i];
      out.litt[i] = sumLog;
      out.holdout[i] = later;
      out.k[i] = k;
      out.alive[i] = tau > age[i];
    }
    return out;
  }

  /** A simulated data set with the true regularity and alive state of each customer. */
  static final class Sample {
    final int[] x;
    final double[] tx;
    final double[] age;
    final double[] litt;
    final int[] holdout;
    final double[] k;
    final boolean[] alive;

    Sample(int n) {
      x = new int[n];
      tx = new double[n];
      age = new double[n];
      litt = new double[n];
      holdout = new int[n];
      k = new double[n];
      alive = new boolean[n];
    }
  }
}
