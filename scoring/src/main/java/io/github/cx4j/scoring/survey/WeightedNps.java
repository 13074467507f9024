/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.survey;

import io.github.cx4j.core.CxValidationException;
import java.util.Collection;
import java.util.stream.Collector;

/**
 * The Net Promoter Score of weighted responses (design or post-stratification weights), with Kish's
 * (1965, Survey Sampling, section 11.7) effective sample size {@code n_eff = (sum w)^2 / sum w^2}
 * in place of n in the standard error: {@code se = sqrt(((p + d) - (p - d)^2) / n_eff)} where p and
 * d are the weighted promoter and detractor shares.
 */
public final class WeightedNps {
  private WeightedNps() {}

  /**
   * The weighted NPS of two parallel columns on the standard 0-10 scale; {@link Survey#MISSING}
   * marks unanswered items (skipped and counted), other off-scale values are rejected.
   *
   * @param scores the answers
   * @param weights the weights, finite and at least 0, same length
   * @return the result
   */
  public static WeightedNpsResult of(int[] scores, double[] weights) {
    return of(scores, weights, NpsScale.STANDARD, InputPolicy.REJECT_INVALID);
  }

  /**
   * The weighted NPS of two parallel columns.
   *
   * @param scores the answers
   * @param weights the weights, same length
   * @param scale the scale and cut points
   * @param policy the input policy
   * @return the result
   * @throws CxValidationException if the lengths differ, a weight is negative or not finite, the
   *     policy rejects an answer, or the total weight of valid answers is 0
   */
  public static WeightedNpsResult of(
      int[] scores, double[] weights, NpsScale scale, InputPolicy policy) {
    if (scores.length != weights.length) {
      throw CxValidationException.of(
          "WeightedNps.weights", "have the length of scores " + scores.length, weights.length);
    }
    WeightedNpsAccumulator acc = accumulator(scale, policy);
    for (int i = 0; i < scores.length; i++) {
      acc.add(scores[i], weights[i], i);
    }
    return acc.result();
  }

  /**
   * The weighted NPS of responses on the standard scale, using {@link SurveyResponse#weight()}.
   *
   * @param responses the responses
   * @return the result
   */
  public static WeightedNpsResult of(Collection<SurveyResponse> responses) {
    WeightedNpsAccumulator acc = accumulator();
    responses.forEach(acc::add);
    return acc.result();
  }

  /**
   * An empty accumulator on the standard scale, policy {@link InputPolicy#REJECT_INVALID}.
   *
   * @return the accumulator
   */
  public static WeightedNpsAccumulator accumulator() {
    return accumulator(NpsScale.STANDARD, InputPolicy.REJECT_INVALID);
  }

  /**
   * An empty accumulator.
   *
   * @param scale the scale and cut points
   * @param policy the input policy
   * @return the accumulator
   */
  public static WeightedNpsAccumulator accumulator(NpsScale scale, InputPolicy policy) {
    return new WeightedNpsAccumulator(scale, policy);
  }

  /**
   * A collector of weighted responses on the standard scale.
   *
   * @return the collector
   */
  public static Collector<SurveyResponse, ?, WeightedNpsResult> collector() {
    return Collector.of(
        WeightedNps::accumulator,
        WeightedNpsAccumulator::add,
        WeightedNpsAccumulator::merge,
        WeightedNpsAccumulator::result,
        Collector.Characteristics.UNORDERED);
  }
}
