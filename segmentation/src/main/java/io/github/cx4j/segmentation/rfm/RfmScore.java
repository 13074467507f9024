/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.segmentation.rfm;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.cx4j.core.CxValidationException;
import org.immutables.value.Value;

/**
 * One customer's RFM score triple, each level in {@code 1..9} (5 is the best level with the default
 * five bins), and the composite {@code R*100 + F*10 + M}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRfmScore.class)
@JsonDeserialize(as = ImmutableRfmScore.class)
public abstract class RfmScore {

  /**
   * The recency score: high for recent customers.
   *
   * @return {@code 1..9}
   */
  @Value.Parameter
  public abstract int recency();

  /**
   * The frequency score: high for frequent customers.
   *
   * @return {@code 1..9}
   */
  @Value.Parameter
  public abstract int frequency();

  /**
   * The monetary score: high for customers of high value.
   *
   * @return {@code 1..9}
   */
  @Value.Parameter
  public abstract int monetary();

  /**
   * A score triple.
   *
   * @param recency recency score {@code 1..9}
   * @param frequency frequency score {@code 1..9}
   * @param monetary monetary score {@code 1..9}
   * @return the score
   * @throws CxValidationException if a score is outside {@code 1..9}
   */
  public static RfmScore of(int recency, int frequency, int monetary) {
    return ImmutableRfmScore.of(recency, frequency, monetary);
  }

  /**
   * The composite score {@code R*100 + F*10 + M}, for example 545.
   *
   * @return the composite
   */
  @JsonIgnore
  public int composite() {
    return recency() * 100 + frequency() * 10 + monetary();
  }

  @Value.Check
  void check() {
    checkLevel("RfmScore.recency", recency());
    checkLevel("RfmScore.frequency", frequency());
    checkLevel("RfmScore.monetary", monetary());
  }

  private static void checkLevel(String field, int value) {
    if (value < 1 || value > RfmCutPoints.MAX_BINS) {
      throw CxValidationException.of(field, "be within 1.." + RfmCutPoints.MAX_BINS, value);
    }
  }
}
