/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import io.github.cx4j.core.CxValidationException;
import org.hipparchus.analysis.integration.gauss.GaussIntegrator;
import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;
import org.hipparchus.special.Gamma;

/**
 * A fitted or given Pareto/NBD model (Schmittlein, Morrison and Colombo 1987, "Counting your
 * customers: who are they and what will they do next?", Management Science 33(1)): purchases are
 * Poisson with rate lambda ~ Gamma(r, alpha) while alive; lifetimes are exponential with rate mu ~
 * Gamma(s, beta). Expressions follow Fader and Hardie (2005), "A note on deriving the Pareto/NBD
 * model and related expressions".
 *
 * @param r shape of the purchase-rate distribution
 * @param alpha scale of the purchase-rate distribution, in time units
 * @param s shape of the dropout-rate distribution
 * @param beta scale of the dropout-rate distribution, in time units
 */
public record ParetoNbdModel(double r, double alpha, double s, double beta)
    implements PurchaseModel {
  private static final GaussIntegrator LEGENDRE =
      new GaussIntegratorFactory().legendre(24, -1.0, 1.0);

  /** Validates the parameters (positive and finite). */
  public ParetoNbdModel {
    ValueModel.requirePositive("ParetoNbdModel.r", r);
    ValueModel.requirePositive("ParetoNbdModel.alpha", alpha);
    ValueModel.requirePositive("ParetoNbdModel.s", s);
    ValueModel.requirePositive("ParetoNbdModel.beta", beta);
  }

  @Override
  public ValueModelKind kind() {
    return ValueModelKind.PARETONBD;
  }

  @Override
  public double[] values() {
    return new double[] {r, alpha, s, beta};
  }

  private double[] evaluate(int x, double tx, double age) {
    Patterns.validate("ParetoNbd", 0, x, tx, age, 1.0, false);
    double[] g = new double[4];
    double[] scratch = new double[8];
    double v =
        ParetoLikelihood.single(
            r,
            alpha,
            s,
            beta,
            Math.log(alpha),
            Math.log(beta),
            x,
            tx,
            age,
            Gamma.logGamma(r + x) - Gamma.logGamma(r),
            0.0,
            g,
            scratch);
    if (Double.isNaN(v)) {
      throw CxValidationException.of(
          "ParetoNbd.recency",
          "give a convergent hypergeometric series for these parameters (x="
              + x
              + ", T="
              + age
              + ")",
          tx);
    }
    return new double[] {v, scratch[0]};
  }

  @Override
  public double logLikelihood(int x, double tx, double age) {
    return evaluate(x, tx, age)[0];
  }

  @Override
  public double probabilityAlive(int x, double tx, double age) {
    return Math.min(1.0, Math.exp(evaluate(x, tx, age)[1]));
  }

  /** E[min(tau, t)] for mu ~ Gamma(s, b): b / (s - 1) (1 - (b / (b + t))^(s - 1)). */
  private double expectedLifetimeWithin(double b, double t) {
    double l = Math.log1p(t / b);
    double sm1 = s - 1;
    return Math.abs(sm1) < 1e-12 ? b * l : b * -Math.expm1(-sm1 * l) / sm1;
  }

  @Override
  public double expectedPurchases(double t) {
    PurchaseModel.requireTime("PurchaseModel.t", t);
    return r / alpha * expectedLifetimeWithin(beta, t);
  }

  @Override
  public double conditionalExpectedPurchases(double t, int x, double tx, double age) {
    PurchaseModel.requireTime("PurchaseModel.t", t);
    double alive = probabilityAlive(x, tx, age);
    return alive * (r + x) / (alpha + age) * expectedLifetimeWithin(beta + age, t);
  }

  @Override
  public double probabilityAliveAt(int x, double tx, double age, double t) {
    PurchaseModel.requireTime("PurchaseModel.t", t);
    return probabilityAlive(x, tx, age) * Math.exp(-s * Math.log1p(t / (beta + age)));
  }

  /**
   * {@inheritDoc}
   *
   * <p>Computed as {@code NB(n; t) (beta / (beta + t))^s + int_0^t NB(n; tau) s beta^s (beta +
   * tau)^-(s+1) dtau} (purchases while alive through t, or dropout at tau), the integral by
   * 24-point Gauss-Legendre quadrature on 16 panels.
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
    double logC = Gamma.logGamma(r + n) - Gamma.logGamma(r) - Gamma.logGamma(n + 1.0);
    double alive = Math.exp(logNb(logC, n, t) - s * Math.log1p(t / beta));
    int panels = 16;
    double width = t / panels;
    double integral = 0;
    double logS = Math.log(s);
    for (int k = 0; k < panels; k++) {
      double lo = k * width;
      double half = width / 2;
      double mid = lo + half;
      integral +=
          half
              * LEGENDRE.integrate(
                  u -> {
                    double tau = mid + half * u;
                    return Math.exp(
                        logNb(logC, n, tau)
                            + logS
                            - Math.log(beta)
                            - (s + 1) * Math.log1p(tau / beta));
                  });
    }
    return Math.min(1.0, Math.max(0.0, alive + integral));
  }

  private double logNb(double logC, int n, double tau) {
    if (tau == 0) {
      return n == 0 ? 0.0 : Double.NEGATIVE_INFINITY;
    }
    return logC - r * Math.log1p(tau / alpha) + n * Math.log(tau / (alpha + tau));
  }

  /**
   * Discounted expected residual transactions (Fader, Hardie and Lee 2005, "RFM and CLV: using
   * iso-value curves for customer base analysis", Journal of Marketing Research 42(4), eq. 2): the
   * expected transactions after T over the customer's whole remaining lifetime, a transaction at
   * time T + t discounted by {@code e^(-delta t)}, in closed form.
   *
   * <p>Given alive at T, lambda ~ Gamma(r + x, alpha + T) and mu ~ Gamma(s, beta + T), independent;
   * purchases arrive at rate lambda while alive, and the customer is still alive at T + t with
   * probability {@code ((beta + T) / (beta + T + t))^s}. Hence
   *
   * <pre>
   * DERT = P(alive) (r + x) / (alpha + T) * int_0^inf e^(-delta t) ((beta + T) / (beta + T + t))^s dt
   *      = P(alive) (r + x) / (alpha + T) * (beta + T) e^z E_s(z),   z = delta (beta + T)
   * </pre>
   *
   * which is the paper's {@code alpha^r beta^s delta^(s-1) Gamma(r+x+1) Psi(s, s; z) / (Gamma(r)
   * (alpha+T)^(r+x+1) L)} because {@code e^z E_s(z) = z^(s-1) Psi(s, s; z)}, with Psi Tricomi's
   * confluent hypergeometric function of the second kind. P(alive) comes from the log-space
   * likelihood (so L never underflows) and {@code e^z E_s(z)} from a continued fraction or a
   * cancellation-free series (see {@code SpecialFunctions.scaledExpIntegralE}); no incomplete gamma
   * function with a negative first argument is evaluated. As delta tends to 0 the result tends to
   * the undiscounted expected residual transactions {@code P(alive) (r + x) (beta + T) / ((alpha +
   * T) (s - 1))} when s &gt; 1, and grows without bound when s &lt;= 1.
   *
   * @param delta the continuously compounded discount rate per model time unit, positive; for an
   *     annual rate {@code d} and a model in weeks, {@code delta = ln(1 + d) / 52} (15% a year is
   *     {@code ln(1.15) / 52 = 0.0027} a week)
   * @param x repeat transactions
   * @param tx recency
   * @param age T
   * @return DERT, a number of transactions (multiply by the expected spend per transaction for the
   *     residual value)
   * @throws io.github.cx4j.core.CxValidationException if delta is not positive and finite, the
   *     summary is invalid, or delta is so small (with s &lt;= 1) that DERT overflows
   */
  public double discountedExpectedResidualTransactions(double delta, int x, double tx, double age) {
    if (!(delta > 0) || !Double.isFinite(delta)) {
      throw CxValidationException.of("ParetoNbd.delta", "be positive and finite", delta);
    }
    double alive = probabilityAlive(x, tx, age);
    double b = beta + age;
    double laplace = SpecialFunctions.scaledExpIntegralE(s, delta * b);
    double dert = alive * (r + x) / (alpha + age) * b * laplace;
    if (!Double.isFinite(dert)) {
      throw CxValidationException.of(
          "ParetoNbd.delta", "be large enough for a finite DERT (s=" + s + ")", delta);
    }
    return dert;
  }

  @Override
  public double discountedExpectedPurchases(
      int x, double tx, double age, double horizon, double period, double rate) {
    PurchaseModel.requireHorizon(horizon, period, rate);
    double scale = probabilityAlive(x, tx, age) * (r + x) / (alpha + age);
    int periods = (int) Math.ceil(horizon / period - 1e-12);
    double previous = 0;
    double total = 0;
    double factor = 1.0;
    for (int k = 1; k <= periods; k++) {
      double now = expectedLifetimeWithin(beta + age, Math.min(horizon, k * period));
      factor /= 1.0 + rate;
      total += (now - previous) * factor;
      previous = now;
    }
    return scale * total;
  }
}
