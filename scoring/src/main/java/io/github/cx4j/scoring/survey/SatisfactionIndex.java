/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.survey;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.RatingScale;
import java.util.stream.Collector;

/**
 * A 0-100 satisfaction index from several rated items, rescaled as the American Customer
 * Satisfaction Index reports its latent scores (Fornell et al. 1996, "The American Customer
 * Satisfaction Index: nature, purpose, and findings", Journal of Marketing 60(4):7-18): {@code
 * index = 100 * sum_j w_j (mean_j - min) / (max - min)} with item weights summing to 1. ACSI
 * estimates the weights with PLS path modelling (see {@code scoring.index}); here the caller gives
 * them (equal weights are the unweighted index).
 *
 * <p>Each item's mean uses the respondents who answered it; its standard error accounts for the
 * covariance between item means estimated on the respondents who answered both items ({@code
 * Cov(mean_j, mean_k) = s_jk n_jk / (n_j n_k)}).
 */
public final class SatisfactionIndex {
  private SatisfactionIndex() {}

  /**
   * The index of item columns.
   *
   * @param items one column per item ({@code items[j][i]} is respondent i's answer to item j),
   *     {@link Survey#MISSING} for unanswered; all columns the same length
   * @param scale the items' common scale
   * @param weights one weight per item, at least 0, summing to 1
   * @param policy the input policy
   * @return the result
   */
  public static SatisfactionIndexResult of(
      int[][] items, RatingScale scale, double[] weights, InputPolicy policy) {
    SatisfactionIndexAccumulator acc = accumulator(scale, weights, policy);
    if (items.length != weights.length) {
      throw CxValidationException.of(
          "SatisfactionIndex.items",
          "have one column per weight (" + weights.length + ")",
          items.length);
    }
    int rows = items.length == 0 ? 0 : items[0].length;
    for (int j = 0; j < items.length; j++) {
      if (items[j].length != rows) {
        throw CxValidationException.of(
            "SatisfactionIndex.items[" + j + "]", "have " + rows + " rows", items[j].length);
      }
    }
    int[] row = new int[items.length];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < items.length; j++) {
        row[j] = items[j][i];
      }
      acc.add(row, i);
    }
    return acc.result();
  }

  /**
   * Equal weights {@code 1/k}.
   *
   * @param k the number of items
   * @return the weights
   */
  public static double[] equalWeights(int k) {
    if (k < 1) {
      throw CxValidationException.of("SatisfactionIndex.items", "be at least 1", k);
    }
    double[] w = new double[k];
    java.util.Arrays.fill(w, 1.0 / k);
    return w;
  }

  /**
   * An empty accumulator.
   *
   * @param scale the items' scale
   * @param weights the item weights, at least 0, summing to 1 (within 1e-9)
   * @param policy the input policy
   * @return the accumulator
   */
  public static SatisfactionIndexAccumulator accumulator(
      RatingScale scale, double[] weights, InputPolicy policy) {
    double sum = 0;
    for (int j = 0; j < weights.length; j++) {
      if (!Double.isFinite(weights[j]) || weights[j] < 0) {
        throw CxValidationException.of(
            "SatisfactionIndex.weights[" + j + "]", "be finite and at least 0", weights[j]);
      }
      sum += weights[j];
    }
    if (weights.length == 0 || Math.abs(sum - 1) > 1e-9) {
      throw CxValidationException.of("SatisfactionIndex.weights", "sum to 1", sum);
    }
    return new SatisfactionIndexAccumulator(scale, weights.clone(), policy);
  }

  /**
   * A collector of respondents' answer rows ({@code int[]} with one answer per item).
   *
   * @param scale the items' scale
   * @param weights the item weights
   * @return the collector
   */
  public static Collector<int[], ?, SatisfactionIndexResult> collector(
      RatingScale scale, double[] weights) {
    double[] w = weights.clone();
    accumulator(scale, w, InputPolicy.REJECT_INVALID);
    return Collector.of(
        () -> accumulator(scale, w, InputPolicy.REJECT_INVALID),
        SatisfactionIndexAccumulator::add,
        SatisfactionIndexAccumulator::merge,
        SatisfactionIndexAccumulator::result,
        Collector.Characteristics.UNORDERED);
  }
}
