/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.immutables.value.Value;

/**
 * A bounded integer rating scale such as the 0-10 likelihood-to-recommend question or a 1-5 Likert
 * item. Both ends are valid answers.
 *
 * <p>JSON: {@code {"min":0,"max":10}}.
 */
@Value.Immutable
@CxStyle
public abstract class RatingScale {
  /** 0-10, the NPS likelihood-to-recommend scale (Reichheld 2003). */
  public static final RatingScale ZERO_TO_TEN = of(0, 10);

  /** 1-5, the common Likert and CSAT scale. */
  public static final RatingScale ONE_TO_FIVE = of(1, 5);

  /** 1-7, the CES 2.0 agreement scale and a common Likert scale. */
  public static final RatingScale ONE_TO_SEVEN = of(1, 7);

  /** 1-10, as in the ECSI mobile-phone survey. */
  public static final RatingScale ONE_TO_TEN = of(1, 10);

  /**
   * The lowest valid answer.
   *
   * @return the minimum
   */
  @JsonProperty("min")
  @Value.Parameter
  public abstract int min();

  /**
   * The highest valid answer.
   *
   * @return the maximum, greater than {@link #min()}
   */
  @JsonProperty("max")
  @Value.Parameter
  public abstract int max();

  /**
   * A scale from {@code min} to {@code max}, both inclusive.
   *
   * @param min the lowest answer
   * @param max the highest answer, greater than min
   * @return the scale
   * @throws CxValidationException if max is not greater than min
   */
  @JsonCreator
  public static RatingScale of(@JsonProperty("min") int min, @JsonProperty("max") int max) {
    return ImmutableRatingScale.of(min, max);
  }

  @Value.Check
  void check() {
    if (max() <= min()) {
      throw CxValidationException.of("RatingScale.max", "be greater than min " + min(), max());
    }
  }

  /**
   * Whether a value is a valid answer on this scale.
   *
   * @param value an answer
   * @return true if {@code min <= value <= max}
   */
  public boolean contains(int value) {
    return value >= min() && value <= max();
  }

  /**
   * Checks an answer.
   *
   * @param value an answer
   * @param field the qualified field name for the error, for example {@code "SurveyResponse.score"}
   * @return the value
   * @throws CxValidationException naming the field if the value is off the scale
   */
  public int require(int value, String field) {
    if (!contains(value)) {
      throw CxValidationException.of(field, "be within " + this, value);
    }
    return value;
  }

  /**
   * The number of answer points.
   *
   * @return {@code max - min + 1}
   */
  public int points() {
    return max() - min() + 1;
  }

  /**
   * The scale midpoint.
   *
   * @return {@code (min + max) / 2}
   */
  public double midpoint() {
    return (min() + max()) / 2.0;
  }

  /**
   * Rescales a value (an answer or a mean of answers) from this scale to 0..1.
   *
   * @param value a value within the scale
   * @return {@code (value - min) / (max - min)}
   * @throws CxValidationException if the value is not finite or outside the scale
   */
  public double normalise(double value) {
    if (!Double.isFinite(value) || value < min() || value > max()) {
      throw CxValidationException.of("RatingScale.value", "be within " + this, value);
    }
    return (value - min()) / (max() - min());
  }

  @Override
  public String toString() {
    return min() + ".." + max();
  }
}
