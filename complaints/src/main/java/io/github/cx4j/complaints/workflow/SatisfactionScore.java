/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.workflow;

import io.github.cx4j.core.RatingScale;
import java.time.Instant;

/**
 * A satisfaction score on a rating scale, with when it was taken.
 *
 * @param score the answer
 * @param scale the scale; the score lies on it
 * @param at when it was recorded
 */
public record SatisfactionScore(int score, RatingScale scale, Instant at) {

  /** Checks the score against the scale. */
  public SatisfactionScore {
    Checks.present(scale, "SatisfactionScore.scale");
    Checks.present(at, "SatisfactionScore.at");
    scale.require(score, "SatisfactionScore.score");
  }

  /**
   * The score rescaled to 0..1: {@code (score - min) / (max - min)}.
   *
   * @return the normalised score
   */
  public double normalised() {
    return (score - scale.min()) / (double) (scale.max() - scale.min());
  }
}
