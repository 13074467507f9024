/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.spark.survey;

import io.github.cx4j.core.RatingScale;
import io.github.cx4j.scoring.survey.InputPolicy;
import io.github.cx4j.scoring.survey.ScoreDistribution;
import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * The aggregation buffer of the survey aggregators: one count per scale point plus the answers
 * skipped as unanswered or invalid. Serialised as three fields (a {@code long[]} and two longs),
 * whatever the number of rows.
 *
 * <p>Public only because Spark's Java-serialisation encoder requires it; nothing in it is API.
 */
public final class ScoreHistogram implements Serializable {
  private static final long serialVersionUID = 1L;

  long[] counts;
  long missing;
  long invalid;

  ScoreHistogram(int points) {
    this.counts = new long[points];
  }

  /**
   * Counts one answer.
   *
   * @param score the answer, null if unanswered
   * @param scale the scale
   * @param policy what to do with unanswered and invalid answers
   * @param field the field named in an error
   */
  void add(@Nullable Integer score, RatingScale scale, InputPolicy policy, String field) {
    if (score == null) {
      if (policy == InputPolicy.REJECT) {
        throw io.github.cx4j.core.CxValidationException.withMessage(
            field, field + " must be answered under policy REJECT, was unanswered");
      }
      missing++;
      return;
    }
    int v = score;
    if (scale.contains(v)) {
      counts[v - scale.min()]++;
    } else if (policy == InputPolicy.SKIP) {
      invalid++;
    } else {
      scale.require(v, field);
    }
  }

  ScoreHistogram merge(ScoreHistogram other) {
    for (int i = 0; i < counts.length; i++) {
      counts[i] += other.counts[i];
    }
    missing += other.missing;
    invalid += other.invalid;
    return this;
  }

  long n() {
    long n = 0;
    for (long c : counts) {
      n += c;
    }
    return n;
  }

  ScoreDistribution distribution(RatingScale scale) {
    return ScoreDistribution.ofCounts(scale, counts);
  }
}
