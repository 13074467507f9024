/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.activity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.cx4j.core.CustomerId;
import io.github.cx4j.core.CxValidationException;
import org.immutables.value.Value;

/**
 * One customer's activity in the RFM convention (Hughes 1994): recency from the last purchase to
 * the analysis date, the number of purchases, and their total and mean value. One row of {@link
 * RfmSummaries}; recency is in the unit of the summaries.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRfmSummary.class)
@JsonDeserialize(as = ImmutableRfmSummary.class)
public abstract class RfmSummary {

  /**
   * The customer.
   *
   * @return the customer
   */
  @Value.Parameter
  public abstract CustomerId customer();

  /**
   * Recency: the time from the last purchase to the analysis date, in units.
   *
   * @return at least 0
   */
  @Value.Parameter
  public abstract double recency();

  /**
   * Frequency: the number of purchases up to the analysis date.
   *
   * @return at least 1
   */
  @Value.Parameter
  public abstract int frequency();

  /**
   * The total value of the purchases.
   *
   * @return at least 0
   */
  @Value.Parameter
  public abstract double monetaryTotal();

  /**
   * The mean value of a purchase: total over frequency.
   *
   * @return at least 0
   */
  @Value.Parameter
  public abstract double monetaryMean();

  /**
   * A summary row.
   *
   * @param customer the customer
   * @param recency last purchase to analysis date, in units
   * @param frequency the number of purchases
   * @param monetaryTotal total value
   * @param monetaryMean mean value per purchase
   * @return the row
   * @throws CxValidationException if a value is out of range
   */
  public static RfmSummary of(
      CustomerId customer,
      double recency,
      int frequency,
      double monetaryTotal,
      double monetaryMean) {
    return ImmutableRfmSummary.of(customer, recency, frequency, monetaryTotal, monetaryMean);
  }

  @Value.Check
  void check() {
    RfmSummaries.checkRow(
        "RfmSummary", recency(), frequency(), monetaryTotal(), monetaryMean(), -1);
  }
}
