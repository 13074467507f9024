/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.survey;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.cx4j.core.CustomerId;
import io.github.cx4j.core.CxValidationException;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One respondent's answer to one rating question (likelihood to recommend, satisfaction, effort),
 * with an optional survey weight, segment and answer time. The score is not checked against a scale
 * here: the measure that reads it knows the scale and applies its {@link InputPolicy}, so a bad
 * answer in a batch is counted or rejected with its position rather than lost.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSurveyResponse.class)
@JsonDeserialize(as = ImmutableSurveyResponse.class)
public abstract class SurveyResponse {

  /**
   * The respondent, if known.
   *
   * @return the customer id
   */
  public abstract Optional<CustomerId> customer();

  /**
   * The answer; empty when the item was not answered.
   *
   * @return the score
   */
  public abstract OptionalInt score();

  /**
   * The survey (design or post-stratification) weight, 1 by default.
   *
   * @return a finite weight, at least 0
   */
  @Value.Default
  public double weight() {
    return 1.0;
  }

  /**
   * The segment the respondent belongs to (region, product, channel), if any.
   *
   * @return the segment key
   */
  public abstract Optional<String> segment();

  /**
   * When the answer was given, if known.
   *
   * @return the moment
   */
  public abstract Optional<Instant> answeredAt();

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * An answered item with weight 1.
   *
   * @param score the answer
   * @return the response
   */
  public static SurveyResponse of(int score) {
    return builder().score(score).build();
  }

  /**
   * An unanswered item.
   *
   * @return the response
   */
  public static SurveyResponse unanswered() {
    return builder().build();
  }

  /** Builds a {@link SurveyResponse}. */
  public static final class Builder extends ImmutableSurveyResponse.Builder {}

  @Value.Check
  void check() {
    if (!Double.isFinite(weight()) || weight() < 0) {
      throw CxValidationException.of("SurveyResponse.weight", "be finite and at least 0", weight());
    }
    if (segment().isPresent() && segment().get().isBlank()) {
      throw CxValidationException.of("SurveyResponse.segment", "not be blank", segment().get());
    }
  }
}
