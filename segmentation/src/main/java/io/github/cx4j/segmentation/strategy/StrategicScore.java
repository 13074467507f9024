/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.segmentation.strategy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.cx4j.core.CustomerId;
import io.github.cx4j.core.customer.StrategicCriterion;
import java.util.List;
import org.immutables.value.Value;

/**
 * One customer's strategic score: the weighted mean of the seven criterion ratings on the declared
 * scale, the same rescaled to {@code 0..1}, the rank among the customers scored together (1 = most
 * strategic; equal scores share the best rank, "1224" ranking), and the criteria rated highest and
 * lowest (all criteria tied at the top or bottom are listed, in criterion order).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStrategicScore.class)
@JsonDeserialize(as = ImmutableStrategicScore.class)
public abstract class StrategicScore {

  /**
   * The customer.
   *
   * @return the id
   */
  public abstract CustomerId customer();

  /**
   * The weighted mean rating, on the declared scale.
   *
   * @return a number between the scale's ends
   */
  public abstract double score();

  /**
   * The score rescaled to {@code 0..1} ({@code (score - min) / (max - min)}).
   *
   * @return a fraction
   */
  public abstract double normalised();

  /**
   * The rank, 1 for the most strategic customer.
   *
   * @return the rank
   */
  public abstract int rank();

  /**
   * The criteria with the customer's highest rating.
   *
   * @return at least one criterion
   */
  public abstract List<StrategicCriterion> strongest();

  /**
   * The criteria with the customer's lowest rating.
   *
   * @return at least one criterion
   */
  public abstract List<StrategicCriterion> weakest();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a score. */
  public static final class Builder extends ImmutableStrategicScore.Builder {}
}
