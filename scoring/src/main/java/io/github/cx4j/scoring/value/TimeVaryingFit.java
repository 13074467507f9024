/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import com.google.common.collect.ImmutableMap;
import io.github.cx4j.core.CxValidationException;
import java.util.List;
import java.util.Map;

/**
 * A Pareto/NBD fitted with time-varying covariates ({@link TimeVaryingParetoNbd}). While alive, a
 * customer purchases at rate {@code lambda exp(sum_j gamma_purchase_j z_j(t))} and drops out at
 * rate {@code mu exp(sum_j gamma_dropout_j w_j(t))}; a positive effect raises the rate. With
 * standardised covariates, {@code z} is {@code (value - mean) / scale}.
 *
 * <p>The predictions condition on each customer's history and covariate path through T and take the
 * covariates' path after T, which the {@link TimeVaryingCovariates} must supply up to T + t: given
 * alive at T, {@code lambda ~ Gamma(r + x, alpha + A(T))} and {@code mu ~ Gamma(s, beta + C(T))},
 * so
 *
 * <pre>
 * E[Y(T, T + t)] = P(alive) (r + x) / (alpha + A(T)) int_T^{T+t} a(u) ((beta + C(T)) / (beta + C(u)))^s du
 * P(alive at T + t) = P(alive) ((beta + C(T)) / (beta + C(T + t)))^s
 * </pre>
 *
 * in closed form on each piece (Bachmann, Meierer and Näf 2021, the expressions for the conditional
 * expected transactions and P(alive) of the dynamic covariate model).
 *
 * @param params the base parameters r, alpha, s, beta
 * @param effects the coefficients, {@code purchase.<covariate>} and {@code dropout.<covariate>}
 * @param standardErrors asymptotic standard errors of the base parameters and the effects (empty if
 *     the Hessian is not positive definite)
 * @param purchaseCovariates the purchase covariates' names
 * @param dropoutCovariates the dropout covariates' names
 * @param centres per covariate (purchase then dropout), the mean subtracted (0 if not standardised)
 * @param scales per covariate (purchase then dropout), the divisor (1 if not standardised)
 * @param penalty the penalty on the effects
 * @param logLikelihood the maximised log-likelihood (without the penalty)
 * @param converged whether the optimiser met its criterion
 * @param iterations optimiser iterations
 * @param customers the number of customers
 * @param message how the fit ended
 */
public record TimeVaryingFit(
    Map<String, Double> params,
    Map<String, Double> effects,
    Map<String, Double> standardErrors,
    List<String> purchaseCovariates,
    List<String> dropoutCovariates,
    double[] centres,
    double[] scales,
    CovariatePenalty penalty,
    double logLikelihood,
    boolean converged,
    int iterations,
    int customers,
    String message) {

  /** Copies the maps, lists and arrays. */
  public TimeVaryingFit {
    params = ImmutableMap.copyOf(params);
    effects = ImmutableMap.copyOf(effects);
    standardErrors = ImmutableMap.copyOf(standardErrors);
    purchaseCovariates = List.copyOf(purchaseCovariates);
    dropoutCovariates = List.copyOf(dropoutCovariates);
    centres = centres.clone();
    scales = scales.clone();
  }

  /**
   * A copy of the centres.
   *
   * @return per covariate, the mean subtracted
   */
  @Override
  public double[] centres() {
    return centres.clone();
  }

  /**
   * A copy of the scales.
   *
   * @return per covariate, the divisor
   */
  @Override
  public double[] scales() {
    return scales.clone();
  }

  /**
   * One base parameter.
   *
   * @param name r, alpha, s or beta
   * @return its value
   */
  public double param(String name) {
    return CovariateParts.lookup(params, "TimeVaryingFit.params", "parameter", name);
  }

  /**
   * One coefficient.
   *
   * @param name for example {@code purchase.campaign}
   * @return its value
   */
  public double effect(String name) {
    return CovariateParts.lookup(effects, "TimeVaryingFit.effects", "effect", name);
  }

  /**
   * The log-likelihood of customers under this fit (without the penalty).
   *
   * @param customers the purchase histories
   * @param purchase the purchase covariates, named as fitted
   * @param dropout the dropout covariates, named as fitted
   * @return the summed log-likelihood
   */
  public double logLikelihood(
      PurchaseHistories customers, TimeVaryingCovariates purchase, TimeVaryingCovariates dropout) {
    TimeVaryingLikelihood f = likelihood(customers, purchase, dropout, 0.0);
    return -f.value(theta(), new double[f.size()]);
  }

  /**
   * P(alive at T | history, covariates through T) per customer.
   *
   * @param customers the purchase histories
   * @param purchase the purchase covariates, named as fitted
   * @param dropout the dropout covariates, named as fitted
   * @return the probability per customer
   */
  public double[] probabilityAlive(
      PurchaseHistories customers, TimeVaryingCovariates purchase, TimeVaryingCovariates dropout) {
    return likelihood(customers, purchase, dropout, 0.0).predict(theta(), 0.0)[0];
  }

  /**
   * P(alive at T + t | history, covariate path through T + t) per customer.
   *
   * @param t the future period, non-negative
   * @param customers the purchase histories
   * @param purchase the purchase covariates through T + t, named as fitted
   * @param dropout the dropout covariates through T + t, named as fitted
   * @return the probability per customer
   */
  public double[] probabilityAliveAt(
      double t,
      PurchaseHistories customers,
      TimeVaryingCovariates purchase,
      TimeVaryingCovariates dropout) {
    PurchaseModel.requireTime("TimeVaryingFit.t", t);
    return likelihood(customers, purchase, dropout, t).predict(theta(), t)[1];
  }

  /**
   * E[purchases in (T, T + t] | history, covariate path through T + t] per customer.
   *
   * @param t the future period, non-negative
   * @param customers the purchase histories
   * @param purchase the purchase covariates through T + t, named as fitted
   * @param dropout the dropout covariates through T + t, named as fitted
   * @return the expected purchases per customer
   */
  public double[] conditionalExpectedPurchases(
      double t,
      PurchaseHistories customers,
      TimeVaryingCovariates purchase,
      TimeVaryingCovariates dropout) {
    PurchaseModel.requireTime("TimeVaryingFit.t", t);
    return likelihood(customers, purchase, dropout, t).predict(theta(), t)[2];
  }

  /**
   * Central prediction intervals for each customer's purchases in {@code (T, T + t]} given its
   * history and covariate path, at the point estimate: the quantiles of the predictive distribution
   * {@code (1 - P(alive)) [y = 0] + P(alive) P(Y = y | alive)}, the second a negative-binomial
   * mixture over the lifetime on the covariates' clock, by quadrature (see {@code
   * TimeVaryingFuture}); no simulation.
   *
   * @param t the future period, non-negative
   * @param level the nominal coverage, in (0, 1)
   * @param customers the purchase histories
   * @param purchase the purchase covariates through T + t, named as fitted
   * @param dropout the dropout covariates through T + t, named as fitted
   * @return whole-number ends per customer; {@code P(low <= Y <= high) >= level}
   */
  public Intervals purchaseIntervals(
      double t,
      double level,
      PurchaseHistories customers,
      TimeVaryingCovariates purchase,
      TimeVaryingCovariates dropout) {
    return purchaseIntervals(List.of(this), t, level, customers, purchase, dropout);
  }

  /**
   * Central prediction intervals for each customer's purchases in {@code (T, T + t]} under
   * parameter uncertainty: the quantiles of the customer's predictive distribution averaged over
   * the fits of a {@link #parameterDraws} sample.
   *
   * @param draws the sample of fits (one for the point estimate), with the same covariates and
   *     standardisation
   * @param t the future period, non-negative
   * @param level the nominal coverage, in (0, 1)
   * @param customers the purchase histories
   * @param purchase the purchase covariates through T + t, named as fitted
   * @param dropout the dropout covariates through T + t, named as fitted
   * @return whole-number ends per customer
   */
  public static Intervals purchaseIntervals(
      List<TimeVaryingFit> draws,
      double t,
      double level,
      PurchaseHistories customers,
      TimeVaryingCovariates purchase,
      TimeVaryingCovariates dropout) {
    PurchaseModel.requireTime("TimeVaryingFit.t", t);
    PredictionIntervals.requireLevel(level);
    double[][] thetas = thetas(draws);
    TimeVaryingLikelihood f = draws.get(0).likelihood(customers, purchase, dropout, t);
    return PredictionIntervals.mixture(
        f.customers(),
        thetas.length,
        level,
        (k, i) -> {
          TimeVaryingFuture future = f.future(thetas[k], i);
          return new PredictionIntervals.Future(future.alive, future.counts(t));
        });
  }

  /** The parameter vectors of the draws, checked against the first. */
  private static double[][] thetas(List<TimeVaryingFit> draws) {
    if (draws.isEmpty()) {
      throw CxValidationException.of("TimeVaryingFit.draws", "not be empty", draws);
    }
    TimeVaryingFit first = draws.get(0);
    double[][] out = new double[draws.size()][];
    for (int k = 0; k < out.length; k++) {
      TimeVaryingFit f = draws.get(k);
      if (!f.purchaseCovariates.equals(first.purchaseCovariates)
          || !f.dropoutCovariates.equals(first.dropoutCovariates)
          || !java.util.Arrays.equals(f.centres, first.centres)
          || !java.util.Arrays.equals(f.scales, first.scales)) {
        throw CxValidationException.of(
            "TimeVaryingFit.draws",
            "be fits with the same covariates and standardisation (draw 0: "
                + first.purchaseCovariates
                + " "
                + first.dropoutCovariates
                + ")",
            "draw " + k + ": " + f.purchaseCovariates + " " + f.dropoutCovariates);
      }
      out[k] = f.theta();
    }
    return out;
  }

  /**
   * Parameter uncertainty of this fit: a parametric bootstrap, {@code count} fits whose log base
   * parameters and effects are drawn from {@code N(theta_hat, H^-1)}, H the Hessian of the
   * penalised negative log-likelihood (its L2 part) at the fit on the data it was fitted on (the
   * covariance behind its standard errors). The draws keep this fit's covariates, standardisation
   * and penalty.
   *
   * @param customers the purchase histories of the calibration data
   * @param purchase the purchase covariates, named as fitted
   * @param dropout the dropout covariates, named as fitted
   * @param count the number of draws, 1..100,000
   * @param seed the random seed
   * @return the draws
   * @throws CxValidationException if the Hessian is not positive definite, or for invalid input
   */
  public List<TimeVaryingFit> parameterDraws(
      PurchaseHistories customers,
      TimeVaryingCovariates purchase,
      TimeVaryingCovariates dropout,
      int count,
      long seed) {
    TimeVaryingLikelihood f = likelihood(customers, purchase, dropout, 0.0);
    double[][] draws =
        PenalisedFit.draws(
            f,
            theta(),
            penalty.l2() * customers.size(),
            count,
            seed,
            "TimeVaryingFit.parameterDraws");
    int kp = purchaseCovariates.size();
    int kd = dropoutCovariates.size();
    List<String> base = ValueModelKind.PARETONBD.parameterNames();
    List<TimeVaryingFit> out = new java.util.ArrayList<>(count);
    for (double[] d : draws) {
      Map<String, Double> p = new java.util.LinkedHashMap<>();
      for (int j = 0; j < 4; j++) {
        p.put(base.get(j), Math.exp(d[j]));
      }
      Map<String, Double> e = new java.util.LinkedHashMap<>();
      for (int j = 0; j < kp; j++) {
        e.put("purchase." + purchaseCovariates.get(j), d[4 + j]);
      }
      for (int j = 0; j < kd; j++) {
        e.put("dropout." + dropoutCovariates.get(j), d[4 + kp + j]);
      }
      out.add(
          new TimeVaryingFit(
              p,
              e,
              standardErrors,
              purchaseCovariates,
              dropoutCovariates,
              centres,
              scales,
              penalty,
              logLikelihood,
              converged,
              iterations,
              this.customers,
              "a parametric bootstrap draw of: " + message));
    }
    return out;
  }

  /**
   * Lifetime value per customer over a horizon given its history and covariate path: {@code margin
   * * E[spend | x, mbar] *} the discounted expected purchases of each period {@code ((k-1) period,
   * k period]} after T, discounted by {@code (1 + rate)^-k} (as {@link Clv#of}, whose numbers it
   * gives when every effect is 0), the expected purchases in closed form on each piece of the path.
   *
   * @param spend the Gamma-Gamma spend model
   * @param monetary mean repeat-transaction value per customer (ignored where x is 0)
   * @param horizon the horizon, period and discount rate
   * @param margin the share of spend that is margin
   * @param customers the purchase histories
   * @param purchase the purchase covariates through T + horizon, named as fitted
   * @param dropout the dropout covariates through T + horizon, named as fitted
   * @return the CLV per customer, in the unit of {@code monetary}
   */
  public double[] clv(
      GammaGammaModel spend,
      double[] monetary,
      ClvHorizon horizon,
      double margin,
      PurchaseHistories customers,
      TimeVaryingCovariates purchase,
      TimeVaryingCovariates dropout) {
    if (!Double.isFinite(margin)) {
      throw CxValidationException.of("Clv.margin", "be finite", margin);
    }
    double[] spends = spend.conditionalExpectedSpend(customers.frequency(), monetary);
    TimeVaryingLikelihood f = likelihood(customers, purchase, dropout, horizon.horizon());
    double[] theta = theta();
    double[] out = new double[f.customers()];
    java.util.stream.IntStream.range(0, out.length)
        .parallel()
        .forEach(
            i ->
                out[i] =
                    margin
                        * spends[i]
                        * f.future(theta, i)
                            .discounted(
                                horizon.horizon(), horizon.period(), horizon.discountRate()));
    return out;
  }

  /**
   * Discounted expected residual transactions per customer given its history and covariate path:
   * {@code P(alive) (r + x) / (alpha + A(T)) int_0^inf e^(-delta u) a(T + u) ((beta + C(T)) / (beta
   * + C(T + u)))^s du} with {@code delta = ln(1 + discount) / period}, in closed form on each piece
   * (Fader, Hardie and Lee 2005, "RFM and CLV", JMR 42(4), eq. 2, on the covariates' clock; see
   * {@code TimeVaryingFuture}). The path is used to the end of its last interval; after it, each
   * customer's covariates are held at their last values (CLVTools reports for this model the
   * discounted transactions within the prediction period instead, Bachmann, Meierer and Näf 2021).
   * With every effect 0 it is {@link ParetoNbdModel#discountedExpectedResidualTransactions}.
   *
   * @param discount the discount rate per period, positive and finite
   * @param period the discounting period in the model's time unit, positive and finite
   * @param customers the purchase histories
   * @param purchase the purchase covariates at least through T, named as fitted
   * @param dropout the dropout covariates at least through T, named as fitted
   * @return DERT per customer, a number of transactions
   */
  public double[] discountedExpectedResidualTransactions(
      double discount,
      double period,
      PurchaseHistories customers,
      TimeVaryingCovariates purchase,
      TimeVaryingCovariates dropout) {
    double delta = Clv.continuousRate(discount, period);
    requireNames(purchase, dropout);
    TimeVaryingParetoNbd.requireRows(customers.size(), purchase, dropout);
    TimeVaryingLikelihood f =
        TimeVaryingParetoNbd.likelihoodToPathEnd(customers, purchase, dropout, centres, scales);
    double[] theta = theta();
    double[] out = new double[f.customers()];
    java.util.stream.IntStream.range(0, out.length)
        .parallel()
        .forEach(i -> out[i] = f.future(theta, i).residual(delta));
    for (int i = 0; i < out.length; i++) {
      if (!Double.isFinite(out[i])) {
        throw CxValidationException.of(
            "TimeVaryingFit.discount",
            "be large enough for a finite DERT (s=" + param("s") + ", customer index " + i + ")",
            discount);
      }
    }
    return out;
  }

  /**
   * Central prediction intervals for each customer's lifetime value over a horizon, by seeded
   * simulation along its covariate path (the rates drawn from their posterior at T, dropout and
   * purchases piece by piece, each purchase worth a Gamma-Gamma amount and discounted as in {@link
   * #clv}), over a {@link #parameterDraws} sample of fits and a {@link SpendDraws} sample (draw j
   * of a customer uses fit {@code j mod draws.size()} and spend model {@code j mod spend.size()}).
   *
   * @param draws the sample of fits (one for the point estimate)
   * @param spend the sample of Gamma-Gamma spend models
   * @param monetary mean repeat-transaction value per customer (ignored where x is 0)
   * @param horizon the horizon, period and discount rate
   * @param margin the share of spend that is margin
   * @param options level, draws per customer and seed
   * @param customers the purchase histories
   * @param purchase the purchase covariates through T + horizon, named as fitted
   * @param dropout the dropout covariates through T + horizon, named as fitted
   * @return the ends per customer, in the unit of {@code monetary}
   */
  public static Intervals clvIntervals(
      List<TimeVaryingFit> draws,
      SpendDraws spend,
      double[] monetary,
      ClvHorizon horizon,
      double margin,
      IntervalOptions options,
      PurchaseHistories customers,
      TimeVaryingCovariates purchase,
      TimeVaryingCovariates dropout) {
    double[][] thetas = thetas(draws);
    TimeVaryingLikelihood f =
        draws.get(0).likelihood(customers, purchase, dropout, horizon.horizon());
    double logDiscount = Math.log1p(horizon.discountRate());
    return PredictionIntervals.clvMixture(
        thetas.length,
        spend,
        customers.frequency(),
        monetary,
        margin,
        options,
        (k, i) -> {
          TimeVaryingFuture future = f.future(thetas[k], i);
          return new PredictionIntervals.ValueFuture(
              future.alive,
              (rng, p, nu) ->
                  future.discountedValue(
                      rng, horizon.horizon(), horizon.period(), logDiscount, p, nu));
        });
  }

  private void requireNames(TimeVaryingCovariates purchase, TimeVaryingCovariates dropout) {
    if (!purchase.names().equals(purchaseCovariates)) {
      throw CxValidationException.of(
          "TimeVaryingFit.purchase", "name " + purchaseCovariates, purchase.names());
    }
    if (!dropout.names().equals(dropoutCovariates)) {
      throw CxValidationException.of(
          "TimeVaryingFit.dropout", "name " + dropoutCovariates, dropout.names());
    }
  }

  private TimeVaryingLikelihood likelihood(
      PurchaseHistories customers,
      TimeVaryingCovariates purchase,
      TimeVaryingCovariates dropout,
      double horizon) {
    requireNames(purchase, dropout);
    TimeVaryingParetoNbd.requireRows(customers.size(), purchase, dropout);
    return TimeVaryingParetoNbd.likelihood(customers, purchase, dropout, centres, scales, horizon);
  }

  private double[] theta() {
    int kp = purchaseCovariates.size();
    int kd = dropoutCovariates.size();
    double[] theta = new double[4 + kp + kd];
    theta[0] = Math.log(param("r"));
    theta[1] = Math.log(param("alpha"));
    theta[2] = Math.log(param("s"));
    theta[3] = Math.log(param("beta"));
    for (int j = 0; j < kp; j++) {
      theta[4 + j] = effect("purchase." + purchaseCovariates.get(j));
    }
    for (int j = 0; j < kd; j++) {
      theta[4 + kp + j] = effect("dropout." + dropoutCovariates.get(j));
    }
    return theta;
  }
}
