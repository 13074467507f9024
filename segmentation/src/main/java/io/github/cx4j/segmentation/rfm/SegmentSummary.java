/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.segmentation.rfm;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * One row of an RFM segment summary ({@link RfmSegments#summary}): the segment's customers,
 * purchases, revenue and average order value, and its shares of the whole base. Shares are 0 when
 * the total is 0; the average order value is 0 for a segment without purchases. Revenue shares of a
 * base with refunds (negative revenue) may lie outside {@code [0, 1]}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSegmentSummary.class)
@JsonDeserialize(as = ImmutableSegmentSummary.class)
public abstract class SegmentSummary {

  /**
   * The segment's name ({@code "Others"} for unmatched customers).
   *
   * @return the name
   */
  public abstract String segment();

  /**
   * The English label.
   *
   * @return the label
   */
  public abstract String labelEn();

  /**
   * The Chinese label (the name itself for a custom rule without one).
   *
   * @return the label
   */
  public abstract String labelZh();

  /**
   * Customers in the segment.
   *
   * @return the count
   */
  public abstract long customers();

  /**
   * Purchases of those customers.
   *
   * @return the count
   */
  public abstract long purchases();

  /**
   * Revenue of those customers, in currency units.
   *
   * @return the sum
   */
  public abstract double revenue();

  /**
   * Revenue per purchase (AOV), in currency units.
   *
   * @return revenue / purchases, or 0 without purchases
   */
  public abstract double averageOrderValue();

  /**
   * The segment's share of all customers.
   *
   * @return a fraction
   */
  public abstract double customerShare();

  /**
   * The segment's share of all purchases.
   *
   * @return a fraction
   */
  public abstract double purchaseShare();

  /**
   * The segment's share of all revenue.
   *
   * @return a fraction
   */
  public abstract double revenueShare();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a row. */
  public static final class Builder extends ImmutableSegmentSummary.Builder {}
}
