/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import io.github.cx4j.core.CxValidationException;
import java.util.SplittableRandom;

/**
 * One simulated future of a customer alive at T, drawn from the posterior of its latent rates (the
 * same posteriors as {@link FutureCounts}).
 */
final class FutureSimulation {
  private FutureSimulation() {}

  /**
   * The discounted value of the purchases in {@code (T, T + horizon]}: each purchase at {@code tau}
   * after T is worth a Gamma(p, nu) amount and discounted by {@code (1 + rate)^-ceil(tau /
   * period)}, as in {@link Clv#of}.
   *
   * @param model the purchase model
   * @param rng the customer's generator
   * @param x frequency
   * @param age T (for BG/BB the opportunities n)
   * @param horizon the horizon
   * @param period the discounting period
   * @param logDiscount {@code ln(1 + rate)}
   * @param p the Gamma-Gamma shape of a transaction's value
   * @param nu the customer's Gamma-Gamma rate
   * @return the discounted value
   */
  static double discountedValue(
      PurchaseModel model,
      SplittableRandom rng,
      int x,
      double age,
      double horizon,
      double period,
      double logDiscount,
      double p,
      double nu) {
    double total = 0;
    if (model instanceof BgBbModel m) {
      double buy = Sampling.beta(rng, m.alpha() + x, m.beta() + age - x);
      double theta = Sampling.beta(rng, m.gamma(), m.delta() + age);
      for (int j = 1; j <= horizon; j++) {
        if (rng.nextDouble() < theta) {
          break;
        }
        if (rng.nextDouble() < buy) {
          total += value(rng, j, period, logDiscount, p, nu);
        }
      }
      return total;
    }
    double r;
    double alpha;
    if (model instanceof BgNbdModel m) {
      r = m.r();
      alpha = m.alpha();
    } else if (model instanceof MbgNbdModel m) {
      r = m.r();
      alpha = m.alpha();
    } else if (model instanceof ParetoNbdModel m) {
      r = m.r();
      alpha = m.alpha();
    } else {
      throw CxValidationException.of(
          "PredictionIntervals.model", "be bgnbd, mbgnbd, paretonbd or bgbb", model.kind().id());
    }
    double lambda = Sampling.gamma(rng, r + x, alpha + age);
    double end = horizon;
    double dropout = 0;
    if (model instanceof ParetoNbdModel m) {
      double mu = Sampling.gamma(rng, m.s(), m.beta() + age);
      end = Math.min(horizon, Sampling.exponential(rng, mu));
    } else if (model instanceof BgNbdModel m) {
      dropout = Sampling.beta(rng, m.a(), m.b() + x);
    } else if (model instanceof MbgNbdModel m) {
      dropout = Sampling.beta(rng, m.a(), m.b() + x + 1);
    }
    double tau = 0;
    while (true) {
      tau += Sampling.exponential(rng, lambda);
      if (!(tau <= end)) {
        return total;
      }
      total += value(rng, tau, period, logDiscount, p, nu);
      if (dropout > 0 && rng.nextDouble() < dropout) {
        return total;
      }
    }
  }

  private static double value(
      SplittableRandom rng, double tau, double period, double logDiscount, double p, double nu) {
    double k = Math.ceil(tau / period - 1e-12);
    return Sampling.gamma(rng, p, nu) * Math.exp(-k * logDiscount);
  }
}
