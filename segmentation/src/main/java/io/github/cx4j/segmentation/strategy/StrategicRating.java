/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.segmentation.strategy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.cx4j.core.CustomerId;
import io.github.cx4j.core.customer.StrategicCriterion;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A customer's ratings on the seven strategic criteria of course file "Understanding Customer
 * Service", as a CRM records them. The ratings are checked against the declared scale when they are
 * scored.
 *
 * <p>JSON: {@code {"customer":"C1","ratings":{"DEAL_SIZE":5,"INFLUENCE":3,...}}}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStrategicRating.class)
@JsonDeserialize(as = ImmutableStrategicRating.class)
public abstract class StrategicRating {

  /**
   * The customer.
   *
   * @return the id
   */
  public abstract CustomerId customer();

  /**
   * One rating per criterion; all seven are required.
   *
   * @return the ratings
   */
  public abstract Map<StrategicCriterion, Integer> ratings();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds ratings. */
  public static final class Builder extends ImmutableStrategicRating.Builder {}
}
