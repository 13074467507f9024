/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import io.github.cx4j.core.CxValidationException;
import org.hipparchus.special.Gamma;

/**
 * A fitted or given GGompertz/NBD (Bemmaor and Glady 2012, "Modeling purchasing behavior with
 * sudden 'death': a flexible customer lifetime model", Management Science 58(5)): Poisson purchases
 * with rate lambda ~ Gamma(r, alpha), and a Gompertz lifetime {@code S(tau | eta) = exp(-eta (e^(b
 * tau) - 1))} with eta ~ Gamma(s, beta), so that {@code S(tau) = (beta / (beta + e^(b tau) -
 * 1))^s}. The lifetime density may have an interior mode (b large), and tends to the Pareto/NBD's
 * as b goes to 0 with beta / b fixed. The likelihood is integrated numerically ({@link
 * GgompertzNbd}); given alive at T the posterior factorises (lambda ~ Gamma(r + x, alpha + T), eta
 * ~ Gamma(s, beta + e^(bT) - 1)), which gives the predictions below as one-dimensional integrals.
 *
 * @param r shape of the purchase-rate distribution
 * @param alpha scale of the purchase-rate distribution, in time units
 * @param b the Gompertz scale, per time unit
 * @param s shape of the distribution of eta
 * @param beta scale of the distribution of eta
 */
public record GgompertzNbdModel(double r, double alpha, double b, double s, double beta)
    implements PurchaseModel {

  /** Validates the parameters (positive and finite). */
  public GgompertzNbdModel {
    ValueModel.requirePositive("GgompertzNbdModel.r", r);
    ValueModel.requirePositive("GgompertzNbdModel.alpha", alpha);
    ValueModel.requirePositive("GgompertzNbdModel.b", b);
    ValueModel.requirePositive("GgompertzNbdModel.s", s);
    ValueModel.requirePositive("GgompertzNbdModel.beta", beta);
  }

  @Override
  public ValueModelKind kind() {
    return ValueModelKind.GGOMNBD;
  }

  @Override
  public double[] values() {
    return new double[] {r, alpha, b, s, beta};
  }

  private double[] theta() {
    return new double[] {Math.log(r), Math.log(alpha), Math.log(b), Math.log(s), Math.log(beta)};
  }

  @Override
  public double logLikelihood(int x, double tx, double age) {
    Patterns one =
        Patterns.of(
            "GgompertzNbd", new int[] {x}, new double[] {tx}, new double[] {age}, null, false);
    return -new GgompertzLikelihood(one).value(theta(), new double[5]);
  }

  /** The log of the alive-at-T part of the likelihood, without the common factors. */
  private double logAliveTerm(int x, double age) {
    return -(r + x) * Math.log(alpha + age)
        + s * Math.log(beta)
        - s * GgompertzLikelihood.logShifted(beta, b, age);
  }

  @Override
  public double probabilityAlive(int x, double tx, double age) {
    Patterns.validate("GgompertzNbd", 0, x, tx, age, 1.0, false);
    double common = Gamma.logGamma(r + x) - Gamma.logGamma(r) + r * Math.log(alpha);
    double alive = common + logAliveTerm(x, age);
    double p = Math.exp(alive - logLikelihood(x, tx, age));
    return Math.min(1.0, Math.max(0.0, p));
  }

  /** P(alive at T + t | alive at T) = ((beta + e^(bT) - 1) / (beta + e^(b(T+t)) - 1))^s. */
  private double survivalAfter(double age, double t) {
    return Math.exp(
        s
            * (GgompertzLikelihood.logShifted(beta, b, age)
                - GgompertzLikelihood.logShifted(beta, b, age + t)));
  }

  /** The integral of {@link #survivalAfter} over (0, t], by composite Gauss-Legendre. */
  private double survivalIntegral(double age, double t) {
    if (t == 0) {
      return 0.0;
    }
    int n = GgompertzLikelihood.panels(s * b * t + s * Math.log1p(t / (1 + age)), 1.0);
    double h = t / n;
    double sum = 0;
    for (int k = 0; k < n; k++) {
      double mid = (k + 0.5) * h;
      for (int j = 0; j < 8; j++) {
        double node = j < 4 ? GgompertzLikelihood.NODES[j] : -GgompertzLikelihood.NODES[j - 4];
        sum +=
            GgompertzLikelihood.WEIGHTS[j & 3] * 0.5 * h * survivalAfter(age, mid + 0.5 * h * node);
      }
    }
    return sum;
  }

  @Override
  public double expectedPurchases(double t) {
    PurchaseModel.requireTime("PurchaseModel.t", t);
    return r / alpha * survivalIntegral(0, t);
  }

  @Override
  public double conditionalExpectedPurchases(double t, int x, double tx, double age) {
    PurchaseModel.requireTime("PurchaseModel.t", t);
    double alive = probabilityAlive(x, tx, age);
    return alive * (r + x) / (alpha + age) * survivalIntegral(age, t);
  }

  @Override
  public double probabilityAliveAt(int x, double tx, double age, double t) {
    PurchaseModel.requireTime("PurchaseModel.t", t);
    return probabilityAlive(x, tx, age) * survivalAfter(age, t);
  }

  /**
   * {@inheritDoc} {@code S(t) NB(n; t) + int_0^t f(tau) NB(n; tau) dtau}, the NBD probability of n
   * purchases in the time alive, by composite Gauss-Legendre.
   */
  @Override
  public double probabilityOfPurchases(int n, double t) {
    PurchaseModel.requireTime("PurchaseModel.t", t);
    if (n < 0) {
      throw CxValidationException.of("PurchaseModel.n", "be non-negative", n);
    }
    if (t == 0) {
      return n == 0 ? 1.0 : 0.0;
    }
    double survT = Math.exp(s * (Math.log(beta) - GgompertzLikelihood.logShifted(beta, b, t)));
    double logCoefficient = Gamma.logGamma(r + n) - Gamma.logGamma(r) - Gamma.logGamma(n + 1.0);
    double value = survT * nbd(logCoefficient, n, t);
    int panels =
        GgompertzLikelihood.panels((s + 2) * b * t + (r + n + 2) * Math.log1p(t / alpha) + 8, 1.0);
    double h = t / panels;
    double sum = 0;
    for (int k = 0; k < panels; k++) {
      double mid = (k + 0.5) * h;
      for (int j = 0; j < 8; j++) {
        double node = j < 4 ? GgompertzLikelihood.NODES[j] : -GgompertzLikelihood.NODES[j - 4];
        double tau = mid + 0.5 * h * node;
        double sh = GgompertzLikelihood.logShifted(beta, b, tau);
        double f = s * b * Math.exp(b * tau + s * Math.log(beta) - (s + 1) * sh);
        sum += GgompertzLikelihood.WEIGHTS[j & 3] * 0.5 * h * f * nbd(logCoefficient, n, tau);
      }
    }
    return Math.min(1.0, Math.max(0.0, value + sum));
  }

  /** The NBD probability of n purchases in (0, t] of a customer alive throughout. */
  private double nbd(double logCoefficient, int n, double t) {
    if (t == 0) {
      return n == 0 ? 1.0 : 0.0;
    }
    return Math.exp(
        logCoefficient + r * Math.log(alpha / (alpha + t)) + n * Math.log(t / (alpha + t)));
  }
}
