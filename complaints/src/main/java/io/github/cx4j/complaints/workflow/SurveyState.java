/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.workflow;

import io.github.cx4j.core.RatingScale;
import java.time.Instant;
import java.util.Optional;

/**
 * Where the satisfaction survey after resolution stands.
 *
 * @param status due, answered or invalidated
 * @param dueAt when it became due
 * @param scale its scale
 * @param score the answer's score, once answered
 * @param reason the answer's reason, if one was given
 * @param answeredAt when it was answered
 */
public record SurveyState(
    SurveyState.Status status,
    Instant dueAt,
    RatingScale scale,
    Optional<Integer> score,
    Optional<String> reason,
    Optional<Instant> answeredAt) {

  /** The survey's life. */
  public enum Status {
    /** Sent, not answered. */
    DUE,
    /** Answered; counts in the KPIs. */
    ANSWERED,
    /** The complaint was reopened after the survey was sent; it no longer counts. */
    INVALIDATED
  }

  /** Checks the fields. */
  public SurveyState {
    Checks.present(status, "SurveyState.status");
    Checks.present(dueAt, "SurveyState.dueAt");
    Checks.present(scale, "SurveyState.scale");
    score = Checks.optional(score);
    reason = Checks.optional(reason);
    answeredAt = Checks.optional(answeredAt);
    if ((status == Status.ANSWERED) != score.isPresent() && status != Status.INVALIDATED) {
      throw io.github.cx4j.core.CxValidationException.of(
          "SurveyState.score", "be present exactly when ANSWERED", score);
    }
  }
}
