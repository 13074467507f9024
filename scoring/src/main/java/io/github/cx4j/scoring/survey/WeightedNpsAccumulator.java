/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.survey;

import io.github.cx4j.core.CxValidationException;

/**
 * A mergeable accumulator of weighted NPS answers: weight sums per category, the sum of squared
 * weights and counts. Merging in any order gives the same result up to floating-point rounding of
 * the weight sums (relative differences of order 1e-15 per addition); the counts are exact.
 */
public final class WeightedNpsAccumulator {
  private final NpsScale scale;
  private final InputPolicy policy;
  private double wDetractors;
  private double wPassives;
  private double wPromoters;
  private double wSquared;
  private long n;
  private long missing;
  private long invalid;

  WeightedNpsAccumulator(NpsScale scale, InputPolicy policy) {
    this.scale = scale;
    this.policy = policy;
  }

  /**
   * Adds a weighted answer.
   *
   * @param score the answer, {@link Survey#MISSING} if unanswered
   * @param weight its weight, finite and at least 0
   * @return this accumulator
   */
  public WeightedNpsAccumulator add(int score, double weight) {
    return add(score, weight, -1);
  }

  /**
   * Adds a response with its weight.
   *
   * @param response the response
   * @return this accumulator
   */
  public WeightedNpsAccumulator add(SurveyResponse response) {
    return add(
        response.score().isPresent() ? response.score().getAsInt() : Survey.MISSING,
        response.weight());
  }

  WeightedNpsAccumulator add(int score, double weight, int index) {
    String suffix = index < 0 ? "" : "[" + index + "]";
    if (!Double.isFinite(weight) || weight < 0) {
      throw CxValidationException.of(
          "WeightedNps.weight" + (index < 0 ? "" : "s") + suffix,
          "be finite and at least 0",
          weight);
    }
    String field = "WeightedNps.score" + (index < 0 ? "" : "s") + suffix;
    if (score == Survey.MISSING) {
      if (policy == InputPolicy.REJECT) {
        throw CxValidationException.withMessage(
            field, field + " must be answered under policy REJECT, was unanswered");
      }
      missing++;
      return this;
    }
    if (!scale.scale().contains(score)) {
      if (policy != InputPolicy.SKIP) {
        throw CxValidationException.of(field, "be within " + scale.scale(), score);
      }
      invalid++;
      return this;
    }
    n++;
    wSquared += weight * weight;
    if (score <= scale.detractorMax()) {
      wDetractors += weight;
    } else if (score >= scale.promoterMin()) {
      wPromoters += weight;
    } else {
      wPassives += weight;
    }
    return this;
  }

  /**
   * Adds another accumulator's data.
   *
   * @param other an accumulator with the same scale and policy
   * @return this accumulator
   */
  public WeightedNpsAccumulator merge(WeightedNpsAccumulator other) {
    if (!scale.equals(other.scale) || policy != other.policy) {
      throw CxValidationException.of(
          "WeightedNps.merge",
          "combine the same scale " + scale + " and policy " + policy,
          other.scale + " " + other.policy);
    }
    wDetractors += other.wDetractors;
    wPassives += other.wPassives;
    wPromoters += other.wPromoters;
    wSquared += other.wSquared;
    n += other.n;
    missing += other.missing;
    invalid += other.invalid;
    return this;
  }

  /**
   * The weighted NPS of everything added.
   *
   * @return the result
   * @throws CxValidationException if the total weight of valid answers is 0
   */
  public WeightedNpsResult result() {
    return new WeightedNpsResult(n, wDetractors, wPassives, wPromoters, wSquared, missing, invalid);
  }
}
