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
 * One customer's activity in the repeat-purchase convention of customer-base models (Fader, Hardie
 * and Lee 2005): {@code x}, {@code t_x}, {@code T} and the mean repeat value. One row of {@link
 * RepeatSummaries}; times are in the unit of the summaries.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRepeatSummary.class)
@JsonDeserialize(as = ImmutableRepeatSummary.class)
public abstract class RepeatSummary {

  /**
   * The customer.
   *
   * @return the customer
   */
  @Value.Parameter
  public abstract CustomerId customer();

  /**
   * The number of repeat purchases {@code x}: distinct purchase periods after the first.
   *
   * @return at least 0
   */
  @Value.Parameter
  public abstract int frequency();

  /**
   * Recency {@code t_x}: the time from the first to the last purchase, in units; 0 when {@link
   * #frequency()} is 0.
   *
   * @return between 0 and {@link #age()}
   */
  @Value.Parameter
  public abstract double recency();

  /**
   * Age {@code T}: the time from the first purchase to the observation end, in units.
   *
   * @return at least {@link #recency()}
   */
  @Value.Parameter
  public abstract double age();

  /**
   * The mean value of the repeat purchases (each period's purchases summed); 0 when {@link
   * #frequency()} is 0.
   *
   * @return at least 0
   */
  @Value.Parameter
  public abstract double monetary();

  /**
   * A summary row.
   *
   * @param customer the customer
   * @param frequency the number of repeat purchases
   * @param recency first to last purchase, in units
   * @param age first purchase to observation end, in units
   * @param monetary mean repeat value
   * @return the row
   * @throws CxValidationException if a value breaks the convention
   */
  public static RepeatSummary of(
      CustomerId customer, int frequency, double recency, double age, double monetary) {
    return ImmutableRepeatSummary.of(customer, frequency, recency, age, monetary);
  }

  @Value.Check
  void check() {
    RepeatSummaries.checkRow("RepeatSummary", frequency(), recency(), age(), monetary(), -1);
  }

  static void requireNonNegative(String field, double value) {
    if (!Double.isFinite(value) || value < 0) {
      throw CxValidationException.of(field, "be finite and not negative", value);
    }
  }
}
