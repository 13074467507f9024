/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import java.util.SplittableRandom;

/**
 * One Markov chain of the Pareto/GGG Gibbs sampler (Platzer and Reutterer 2016, section 3.3 and
 * appendix; BTYDplus' {@code pggg.mcmc.DrawParameters}). The state is each customer's regularity k,
 * purchase rate lambda, dropout rate mu and lifetime tau, and the six cohort parameters. One step
 * updates, for every customer, k and lambda by slice sampling (Neal 2003) on the log scale (lambda
 * first by rejection from its conjugate part), mu by slice sampling with tau integrated out ({@link
 * #logLifetimeLikelihood}), and tau given mu exactly: alive at T with the probability {@link
 * #probabilityAlive}, then {@code T + Exp(mu)}, or else a time of death in {@code (t_x, T]} by
 * rejection sampling (BTYDplus draws mu from its conjugate gamma given tau instead); then each
 * shape/rate pair by slice sampling the shape with the mean {@code shape / rate} held fixed and
 * drawing the rate from its conjugate gamma, under Gamma(0.001, 0.001) priors as BTYDplus.
 *
 * <p>The likelihood of one customer given (k, lambda, tau) is the product of the x gamma densities
 * of the inter-purchase times, {@code (k lambda)^(k x) e^((k-1) litt - k lambda t_x) / Gamma(k)^x},
 * times the gamma survival {@code Q(k, k lambda (min(T, tau) - t_x))} of the open interval.
 */
final class ParetoGggChain {
  static final double PRIOR = 1e-3;
  private static final double LOG_K_MIN = Math.log(1e-3);
  private static final double LOG_K_MAX = Math.log(1e3);
  private static final double LOG_RATE_MIN = -30;
  private static final double LOG_RATE_MAX = 30;
  private static final double LOG_SHAPE_MIN = Math.log(1e-4);
  private static final double LOG_SHAPE_MAX = Math.log(1e4);
  private static final int STEP_OUT = 20;

  final int n;
  final int[] x;
  final double[] tx;
  final double[] age;
  final double[] litt;
  final double[] k;
  final double[] lambda;
  final double[] mu;
  final double[] tau;
  double t;
  double gamma;
  double r;
  double alpha;
  double s;
  double beta;

  ParetoGggChain(int[] x, double[] tx, double[] age, double[] litt, ParetoGggParameters start) {
    this.n = x.length;
    this.x = x;
    this.tx = tx;
    this.age = age;
    this.litt = litt;
    k = new double[n];
    lambda = new double[n];
    mu = new double[n];
    tau = new double[n];
    setHyper(start);
    double meanX = 0;
    double meanT = 0;
    for (int i = 0; i < n; i++) {
      meanX += x[i];
      meanT += tx[i] > 0 ? tx[i] : age[i];
    }
    double rate = Math.max(meanX, 0.1 * n) / Math.max(meanT, 1e-9);
    for (int i = 0; i < n; i++) {
      k[i] = 1.0;
      lambda[i] = rate;
      tau[i] = tx[i] + 0.5 / rate;
      mu[i] = 1.0 / tau[i];
    }
  }

  void setHyper(ParetoGggParameters p) {
    t = p.t();
    gamma = p.gamma();
    r = p.r();
    alpha = p.alpha();
    s = p.s();
    beta = p.beta();
  }

  ParetoGggParameters hyper() {
    return new ParetoGggParameters(t, gamma, r, alpha, s, beta);
  }

  /** One Gibbs step for customer i. */
  void updateCustomer(int i, SplittableRandom rng) {
    // the width of the slice: about two posterior standard deviations of ln k (prior shape t, x
    // inter-purchase times)
    double width = Math.min(1.0, 2.0 / Math.sqrt(t + x[i] + 1.0));
    k[i] = Math.exp(slice(0, i, Math.log(k[i]), width, LOG_K_MIN, LOG_K_MAX, rng));
    updateLambda(i, rng);
    // mu and tau as one block: mu with tau integrated out, then tau given mu (the data augmentation
    // mu | tau, tau | mu mixes slowly for customers who may still be alive)
    mu[i] = Math.exp(slice(2, i, Math.log(mu[i]), 1.0, LOG_RATE_MIN, LOG_RATE_MAX, rng));
    updateTau(i, rng);
  }

  /** One Gibbs step of the six cohort parameters. */
  void updateHyper(SplittableRandom rng) {
    double[] sums = new double[6];
    for (int i = 0; i < n; i++) {
      sums[0] += k[i];
      sums[1] += Math.log(k[i]);
      sums[2] += lambda[i];
      sums[3] += Math.log(lambda[i]);
      sums[4] += mu[i];
      sums[5] += Math.log(mu[i]);
    }
    for (int round = 0; round < 3; round++) {
      double[] p = pair(t, gamma, sums[0], sums[1], rng);
      t = p[0];
      gamma = p[1];
      p = pair(r, alpha, sums[2], sums[3], rng);
      r = p[0];
      alpha = p[1];
      p = pair(s, beta, sums[4], sums[5], rng);
      s = p[0];
      beta = p[1];
    }
  }

  /** lambda: rejection from the conjugate part, slice sampling if that keeps failing. */
  private void updateLambda(int i, SplittableRandom rng) {
    double ki = k[i];
    double d = Math.min(age[i], tau[i]) - tx[i];
    double shape = r + ki * x[i];
    double rate = alpha + ki * tx[i];
    if (d <= 0) {
      lambda[i] = Math.max(Sampling.gamma(rng, shape, rate), Math.exp(LOG_RATE_MIN));
      return;
    }
    double lg = IncompleteGamma.logGamma(ki);
    for (int attempt = 0; attempt < 8; attempt++) {
      double l = Sampling.gamma(rng, shape, rate);
      if (l > Math.exp(LOG_RATE_MIN)
          && Math.log(rng.nextDouble()) < IncompleteGamma.logQ(ki, ki * l * d, lg)) {
        lambda[i] = l;
        return;
      }
    }
    lambda[i] = Math.exp(slice(1, i, Math.log(lambda[i]), 1.0, LOG_RATE_MIN, LOG_RATE_MAX, rng));
  }

  private void updateTau(int i, SplittableRandom rng) {
    double d = age[i] - tx[i];
    double alive = probabilityAlive(k[i], lambda[i], mu[i], d);
    if (rng.nextDouble() < alive) {
      tau[i] = age[i] + Sampling.exponential(rng, mu[i]);
    } else {
      tau[i] = tx[i] + deathAfterLastPurchase(k[i], lambda[i], mu[i], d, rng);
    }
  }

  /**
   * P(tau > T | k, lambda, mu, no purchase in the {@code d = T - t_x} since the last one): {@code
   * e^(-mu d) Q(k, k lambda d) / (1 - c P(k, (k lambda + mu) d))} with {@code c = (k lambda / (k
   * lambda + mu))^k}, the integral over the time of death done in closed form by parts; for k = 1
   * it is the Pareto/NBD's individual P(alive).
   */
  static double probabilityAlive(double k, double lambda, double mu, double d) {
    if (d <= 0) {
      return 1.0;
    }
    double lg = IncompleteGamma.logGamma(k);
    double rate = k * lambda;
    double num = -mu * d + IncompleteGamma.logQ(k, rate * d, lg);
    double logc = -k * Math.log1p(mu / rate);
    double log1mc = Math.log(-Math.expm1(logc));
    double other = logc + IncompleteGamma.logQ(k, (rate + mu) * d, lg);
    double den = Math.max(log1mc, other) + Math.log1p(Math.exp(-Math.abs(log1mc - other)));
    double p = Math.exp(num - den);
    return p > 1 ? 1.0 : p;
  }

  /**
   * A time of death u in (0, d] after the last purchase, density proportional to {@code e^(-mu u)
   * Q(k, k lambda u)}: rejection sampling alternating two exact proposals, a truncated Exp(mu)
   * accepted with probability Q, and the equilibrium distribution of the inter-purchase time
   * ({@code U * Gamma(k + 1, k lambda)}, density proportional to Q) accepted with probability
   * {@code e^(-mu u)}.
   */
  static double deathAfterLastPurchase(
      double k, double lambda, double mu, double d, SplittableRandom rng) {
    double rate = k * lambda;
    double lg = IncompleteGamma.logGamma(k);
    double mass = -Math.expm1(-mu * d);
    for (int attempt = 0; attempt < 1_000_000; attempt++) {
      if ((attempt & 1) == 0) {
        double u = mass > 1e-12 ? -Math.log1p(-rng.nextDouble() * mass) / mu : rng.nextDouble() * d;
        u = Math.min(u, d);
        if (Math.log(rng.nextDouble()) < IncompleteGamma.logQ(k, rate * u, lg)) {
          return u;
        }
      } else {
        double u = rng.nextDouble() * Sampling.gamma(rng, k + 1, rate);
        if (u <= d && rng.nextDouble() < Math.exp(-mu * u)) {
          return u;
        }
      }
    }
    throw new IllegalStateException(
        "ParetoGgg: no time of death accepted in 1,000,000 proposals (k="
            + k
            + ", lambda="
            + lambda
            + ", mu="
            + mu
            + ")");
  }

  /**
   * The log-likelihood in mu of a customer's lifetime with tau integrated out: {@code -mu t_x +
   * ln(1 - c P(k, (k lambda + mu) d))}, {@code c = (k lambda / (k lambda + mu))^k}, {@code d = T -
   * t_x} (the denominator of {@link #probabilityAlive}).
   */
  static double logLifetimeLikelihood(double k, double lambda, double mu, double tx, double d) {
    if (d <= 0) {
      return -mu * tx;
    }
    double rate = k * lambda;
    double logc = -k * Math.log1p(mu / rate);
    double log1mc = Math.log(-Math.expm1(logc));
    double other = logc + IncompleteGamma.logQ(k, (rate + mu) * d, IncompleteGamma.logGamma(k));
    return -mu * tx + Math.max(log1mc, other) + Math.log1p(Math.exp(-Math.abs(log1mc - other)));
  }

  /**
   * The log density (up to a constant) of a customer parameter on the log scale: {@code which} 0
   * for k, 1 for lambda, 2 for mu (tau integrated out).
   */
  private double logDensity(int which, int i, double y) {
    double v = Math.exp(y);
    if (which == 2) {
      return s * y - beta * v + logLifetimeLikelihood(k[i], lambda[i], v, tx[i], age[i] - tx[i]);
    }
    double ki = which == 0 ? v : k[i];
    double li = which == 0 ? lambda[i] : v;
    double lg = IncompleteGamma.logGamma(ki);
    double d = Math.min(age[i], tau[i]) - tx[i];
    double out;
    if (which == 0) {
      out = t * y - gamma * ki;
      if (x[i] > 0) {
        out += x[i] * (ki * Math.log(ki * li) - lg) + (ki - 1) * litt[i] - ki * li * tx[i];
      }
    } else {
      out = (r + ki * x[i]) * y - (alpha + ki * tx[i]) * li;
    }
    if (d > 0) {
      out += IncompleteGamma.logQ(ki, ki * li * d, lg);
    }
    return out;
  }

  /** Slice sampling with stepping out and shrinkage (Neal 2003, figures 3 and 5). */
  private double slice(
      int which, int i, double y0, double w, double lo, double hi, SplittableRandom rng) {
    double level = logDensity(which, i, y0) - Sampling.exponential(rng, 1.0);
    double left = y0 - w * rng.nextDouble();
    double right = left + w;
    int steps = STEP_OUT;
    while (steps-- > 0 && left > lo && logDensity(which, i, left) > level) {
      left -= w;
    }
    steps = STEP_OUT;
    while (steps-- > 0 && right < hi && logDensity(which, i, right) > level) {
      right += w;
    }
    left = Math.max(left, lo);
    right = Math.min(right, hi);
    while (true) {
      double y = left + rng.nextDouble() * (right - left);
      if (logDensity(which, i, y) > level) {
        return y;
      }
      if (y < y0) {
        left = y;
      } else {
        right = y;
      }
      if (right - left < 1e-12) {
        return y0;
      }
    }
  }

  /**
   * One update of a gamma shape/rate pair given the customer values' sum and sum of logs: the shape
   * by slice sampling with the mean shape/rate fixed, then the rate from its conjugate gamma.
   */
  private double[] pair(
      double shape, double rate, double sum, double sumLog, SplittableRandom rng) {
    double mean = shape / rate;
    double y0 = Math.log(shape);
    double level = pairDensity(y0, mean, sum, sumLog) - Sampling.exponential(rng, 1.0);
    double w = 0.5;
    double left = y0 - w * rng.nextDouble();
    double right = left + w;
    int steps = STEP_OUT;
    while (steps-- > 0 && left > LOG_SHAPE_MIN && pairDensity(left, mean, sum, sumLog) > level) {
      left -= w;
    }
    steps = STEP_OUT;
    while (steps-- > 0 && right < LOG_SHAPE_MAX && pairDensity(right, mean, sum, sumLog) > level) {
      right += w;
    }
    left = Math.max(left, LOG_SHAPE_MIN);
    right = Math.min(right, LOG_SHAPE_MAX);
    double y = y0;
    while (right - left > 1e-12) {
      double c = left + rng.nextDouble() * (right - left);
      if (pairDensity(c, mean, sum, sumLog) > level) {
        y = c;
        break;
      }
      if (c < y0) {
        left = c;
      } else {
        right = c;
      }
    }
    double a = Math.exp(y);
    double b = Sampling.gamma(rng, PRIOR + n * a, PRIOR + sum);
    return new double[] {a, Math.max(b, 1e-300)};
  }

  /**
   * The log density of y = ln(shape) with the mean m = shape / rate fixed: priors on shape and
   * rate, the gamma likelihood of the n values, the Jacobian of (shape, m) to (shape, rate) and of
   * y.
   */
  private double pairDensity(double y, double m, double sum, double sumLog) {
    double a = Math.exp(y);
    double b = a / m;
    double logB = y - Math.log(m);
    return (PRIOR - 1) * y
        - PRIOR * a
        + (PRIOR - 1) * logB
        - PRIOR * b
        + n * (a * logB - IncompleteGamma.logGamma(a))
        + (a - 1) * sumLog
        - b * sum
        + 2 * y;
  }
}
