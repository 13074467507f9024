/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.survey;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.RatingScale;
import java.util.Collection;
import java.util.stream.Collector;

/**
 * Customer Effort Score, CES 2.0 (1-7 agreement with "the company made it easy for me to handle my
 * issue"; Dixon, Freeman and Toman 2010, "Stop trying to delight your customers", HBR 88(7)).
 */
public final class Ces {
  private Ces() {}

  /**
   * CES of a column on 1..7; {@link Survey#MISSING} marks unanswered items, others off the scale
   * are rejected.
   *
   * @param scores the answers
   * @return the result
   */
  public static CesResult of(int... scores) {
    return of(scores, InputPolicy.REJECT_INVALID);
  }

  /**
   * CES of a column under a policy.
   *
   * @param scores the answers
   * @param policy the input policy
   * @return the result
   */
  public static CesResult of(int[] scores, InputPolicy policy) {
    return accumulator(policy).addAll(scores).result();
  }

  /**
   * CES of responses.
   *
   * @param responses the responses
   * @return the result
   */
  public static CesResult of(Collection<SurveyResponse> responses) {
    SurveyAccumulator<CesResult> acc = accumulator();
    responses.forEach(acc::add);
    return acc.result();
  }

  /**
   * CES of a distribution on 1..7.
   *
   * @param distribution the answers
   * @return the result
   */
  public static CesResult of(ScoreDistribution distribution) {
    if (!distribution.scale().equals(RatingScale.ONE_TO_SEVEN)) {
      throw CxValidationException.of("Ces.scale", "be 1..7", distribution.scale());
    }
    distribution.requireN(1, "a CES score");
    return new CesResult(distribution);
  }

  /**
   * An empty accumulator with policy {@link InputPolicy#REJECT_INVALID}.
   *
   * @return the accumulator
   */
  public static SurveyAccumulator<CesResult> accumulator() {
    return accumulator(InputPolicy.REJECT_INVALID);
  }

  /**
   * An empty accumulator.
   *
   * @param policy the input policy
   * @return the accumulator
   */
  public static SurveyAccumulator<CesResult> accumulator(InputPolicy policy) {
    return new SurveyAccumulator<>(
        "Ces", "Ces " + policy, RatingScale.ONE_TO_SEVEN, policy, Ces::of);
  }

  /**
   * A collector of responses.
   *
   * @return the collector
   */
  public static Collector<SurveyResponse, ?, CesResult> collector() {
    return SurveyAccumulator.collector(Ces::accumulator);
  }

  /**
   * Compares the mean effort of two independent groups with Welch's t test.
   *
   * @param a group A
   * @param b group B
   * @param level the confidence level
   * @return the comparison in scale points ({@code z} holds Welch's t)
   */
  public static Comparison compare(CesResult a, CesResult b, double level) {
    return Comparisons.welch(a.distribution(), b.distribution(), level, "Ces.compare");
  }
}
