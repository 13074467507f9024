/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.segmentation.tier;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.cx4j.core.customer.CustomerTier;
import io.github.cx4j.core.customer.TierApproach;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One tier of a tiering: its customers, their value and shares, the range of values in it, and the
 * tier of course file "Understanding Customer Service" it corresponds to with that tier's service
 * approach.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTierSummary.class)
@JsonDeserialize(as = ImmutableTierSummary.class)
public abstract class TierSummary {

  /**
   * The tier's code, for example {@code "A"} or {@code "PLATINUM"}.
   *
   * @return the code
   */
  public abstract String tier();

  /**
   * The English label.
   *
   * @return the label
   */
  public abstract String labelEn();

  /**
   * The Chinese label.
   *
   * @return the label
   */
  public abstract String labelZh();

  /**
   * The tier of course file "Understanding Customer Service" in this position.
   *
   * @return the customer tier
   */
  public abstract CustomerTier customerTier();

  /**
   * The service approach for the tier, from the vocabulary.
   *
   * @return the approach
   */
  public abstract TierApproach serviceApproach();

  /**
   * Customers in the tier.
   *
   * @return the count
   */
  public abstract long customers();

  /**
   * Their total value, in the unit of the input.
   *
   * @return the sum
   */
  public abstract double value();

  /**
   * The tier's share of all customers.
   *
   * @return a fraction
   */
  public abstract double customerShare();

  /**
   * The tier's value over the sum of all positive values (so the tiers of positive values add up to
   * 1 and a non-positive tier shows a share at or below 0); 0 when no value is positive.
   *
   * @return a fraction
   */
  public abstract double valueShare();

  /**
   * The smallest value in the tier.
   *
   * @return the minimum, empty for an empty tier
   */
  public abstract Optional<Double> minValue();

  /**
   * The largest value in the tier.
   *
   * @return the maximum, empty for an empty tier
   */
  public abstract Optional<Double> maxValue();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a summary row. */
  public static final class Builder extends ImmutableTierSummary.Builder {}
}
