/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.quality;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.scoring.survey.InputPolicy;
import io.github.cx4j.scoring.survey.Survey;

/** A mergeable accumulator of Kano answer pairs for one feature: exact counts per category. */
public final class KanoAccumulator {
  private final String feature;
  private final InputPolicy policy;
  private final long[] counts = new long[6];
  private long missing;
  private long invalid;

  KanoAccumulator(String feature) {
    this(feature, InputPolicy.REJECT_INVALID);
  }

  KanoAccumulator(String feature, InputPolicy policy) {
    this.feature = feature;
    this.policy = policy;
  }

  /**
   * Adds an answer pair.
   *
   * @param functional the functional answer
   * @param dysfunctional the dysfunctional answer
   * @return this accumulator
   */
  public KanoAccumulator add(KanoAnswer functional, KanoAnswer dysfunctional) {
    counts[Kano.classify(functional, dysfunctional).ordinal()]++;
    return this;
  }

  /**
   * Adds an answer pair given as codes 1..5; {@link Survey#MISSING} marks an unanswered question
   * (the pair is skipped and counted unless the policy is {@link InputPolicy#REJECT}), other codes
   * are invalid (rejected unless the policy is {@link InputPolicy#SKIP}).
   *
   * @param functional the functional code
   * @param dysfunctional the dysfunctional code
   * @return this accumulator
   */
  public KanoAccumulator add(int functional, int dysfunctional) {
    boolean fOk = functional >= 1 && functional <= 5;
    boolean dOk = dysfunctional >= 1 && dysfunctional <= 5;
    if (fOk && dOk) {
      counts[Kano.classify(functional, dysfunctional).ordinal()]++;
      return this;
    }
    boolean unanswered =
        (functional == Survey.MISSING || fOk) && (dysfunctional == Survey.MISSING || dOk);
    if (unanswered) {
      if (policy == InputPolicy.REJECT) {
        throw CxValidationException.withMessage(
            "Kano.answers",
            "Kano.answers must be answered under policy REJECT, was unanswered for " + feature);
      }
      missing++;
      return this;
    }
    if (policy != InputPolicy.SKIP) {
      Kano.classify(
          functional == Survey.MISSING ? 1 : functional,
          dysfunctional == Survey.MISSING ? 1 : dysfunctional);
    }
    invalid++;
    return this;
  }

  /**
   * Adds a response, which must be about this accumulator's feature.
   *
   * @param response the response
   * @return this accumulator
   */
  public KanoAccumulator add(KanoResponse response) {
    if (!response.feature().equals(feature)) {
      throw CxValidationException.of(
          "Kano.feature", "be " + feature + " for this accumulator", response.feature());
    }
    return add(response.functional(), response.dysfunctional());
  }

  /**
   * Adds another accumulator's counts.
   *
   * @param other an accumulator of the same feature
   * @return this accumulator
   */
  public KanoAccumulator merge(KanoAccumulator other) {
    if (!feature.equals(other.feature)) {
      throw CxValidationException.of(
          "Kano.merge", "combine the same feature " + feature, other.feature);
    }
    if (policy != other.policy) {
      throw CxValidationException.of(
          "Kano.merge", "combine the same policy " + policy, other.policy);
    }
    for (int k = 0; k < 6; k++) {
      counts[k] += other.counts[k];
    }
    missing += other.missing;
    invalid += other.invalid;
    return this;
  }

  /**
   * The evaluation of the feature.
   *
   * @return the result
   * @throws CxValidationException if nothing was added
   */
  public KanoFeatureResult result() {
    return new KanoFeatureResult(feature, counts, missing, invalid);
  }
}
