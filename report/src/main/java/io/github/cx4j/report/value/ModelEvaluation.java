/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.report.value;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.activity.CalibrationHoldout;
import io.github.cx4j.core.activity.RepeatSummaries;
import io.github.cx4j.scoring.value.Clv;
import io.github.cx4j.scoring.value.PurchaseModel;
import io.github.cx4j.scoring.value.ValueFit;
import io.github.cx4j.scoring.value.ValueModelKind;

/**
 * How well a purchase model fitted on the calibration period predicts each customer's holdout
 * purchases: the comparison that users of the BTYD packages expect, one row per model.
 *
 * @param model the model
 * @param parameters the number of parameters k
 * @param customers the number of customers n
 * @param logLikelihood the calibration log-likelihood LL
 * @param aic {@code 2k - 2 LL}
 * @param bic {@code k ln n - 2 LL}
 * @param mae the mean absolute error of E[Y(holdout) | x, t_x, T] against the actual holdout
 *     purchases, per customer
 * @param rmse the root mean squared error, likewise
 * @param predictedTotal the predicted holdout purchases of all customers
 * @param actualTotal the actual holdout purchases of all customers
 * @param aggregateError {@code (predicted - actual) / actual} of the totals
 * @param converged whether the fit converged
 */
public record ModelEvaluation(
    ValueModelKind model,
    int parameters,
    long customers,
    double logLikelihood,
    double aic,
    double bic,
    double mae,
    double rmse,
    double predictedTotal,
    double actualTotal,
    double aggregateError,
    boolean converged) {

  /**
   * Evaluates a fit on a split.
   *
   * @param fit a BG/NBD, MBG/NBD, Pareto/NBD or BG/BB fit on {@code split.calibration()}
   * @param split the split
   * @return the evaluation
   * @throws CxValidationException if the fit is not of a purchase model, or the holdout has no
   *     purchase
   */
  public static ModelEvaluation of(ValueFit fit, CalibrationHoldout split) {
    if (!(fit.toModel() instanceof PurchaseModel model)) {
      throw CxValidationException.of("ModelEvaluation.fit", "be of a purchase model", fit.model());
    }
    RepeatSummaries c = split.calibration();
    double[] predicted =
        Clv.conditionalExpectedPurchases(
            model, split.holdoutDuration(), c.frequency(), c.recency(), c.age());
    int[] actual = split.holdoutFrequency();
    double abs = 0;
    double sq = 0;
    double p = 0;
    double a = 0;
    for (int i = 0; i < actual.length; i++) {
      double e = predicted[i] - actual[i];
      abs += Math.abs(e);
      sq += e * e;
      p += predicted[i];
      a += actual[i];
    }
    if (a == 0) {
      throw CxValidationException.of(
          "ModelEvaluation.holdout", "hold at least one purchase", split.holdoutEnd());
    }
    int n = actual.length;
    int k = fit.model().parameterNames().size();
    double ll = fit.logLikelihood();
    return new ModelEvaluation(
        fit.model(),
        k,
        n,
        ll,
        2 * k - 2 * ll,
        k * Math.log(n) - 2 * ll,
        abs / n,
        Math.sqrt(sq / n),
        p,
        a,
        (p - a) / a,
        fit.converged());
  }
}
