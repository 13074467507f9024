/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.activity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.cx4j.core.CustomerId;
import io.github.cx4j.core.CxValidationException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Per-customer activity in the repeat-purchase convention of customer-base models, as columns: the
 * input of BG/NBD, Pareto/NBD (frequency, recency, T) and Gamma-Gamma (frequency, monetary). Row
 * {@code i} describes {@link #customer(int)}; customers appear in the order of the log's customer
 * table (first appearance) and only if they bought on or before the observation end.
 *
 * <ul>
 *   <li>frequency {@code x}: the number of distinct purchase periods after the first one;
 *   <li>recency {@code t_x}: first to last purchase day, in units (0 without repeat purchases);
 *   <li>age {@code T}: first purchase day to the observation end, in units;
 *   <li>monetary: the mean value of the repeat periods, each period's purchases summed (the value
 *       of the first period is left out); 0 without repeat purchases.
 * </ul>
 *
 * <p>Source: Fader, Hardie and Lee (2005), "Counting your customers the easy way", Marketing
 * Science 24(2); the CDNOW summary of their note "A note on deriving the Pareto/NBD model" data
 * files; Python {@code lifetimes.utils.summary_data_from_transaction_data}.
 *
 * <p>The column accessors ({@link #frequency()}, {@link #recency()}, ...) return copies; the
 * element accessors ({@link #frequency(int)}, ...) do not allocate.
 */
@JsonPropertyOrder(alphabetic = true)
public final class RepeatSummaries {
  private final CustomerRows customers;
  private final LocalDate end;
  private final Duration unit;
  private final PurchasePeriod period;
  private final int[] frequency;
  private final double[] recency;
  private final double[] age;
  private final double[] monetary;

  private RepeatSummaries(
      CustomerRows customers,
      LocalDate end,
      Duration unit,
      PurchasePeriod period,
      int[] frequency,
      double[] recency,
      double[] age,
      double[] monetary) {
    this.customers = customers;
    this.end = end;
    this.unit = unit;
    this.period = period;
    this.frequency = frequency;
    this.recency = recency;
    this.age = age;
    this.monetary = monetary;
  }

  /** Summaries computed from a log: row {@code i} is customer {@code index[i]} of its table. */
  static RepeatSummaries fromLog(
      TransactionLog log,
      SummarySpec spec,
      int[] index,
      int[] frequency,
      double[] recency,
      double[] age,
      double[] monetary) {
    return new RepeatSummaries(
        new CustomerRows(log.customers(), index),
        spec.end(),
        spec.unit(),
        spec.period(),
        frequency,
        recency,
        age,
        monetary);
  }

  /**
   * Summaries from columns, validated and copied: for tests, persisted results and other engines.
   *
   * @param customers one customer per row, distinct
   * @param end the observation end
   * @param unit the unit of recency and age
   * @param period the purchase period
   * @param frequency repeat purchases per row
   * @param recency first to last purchase per row, in units
   * @param age first purchase to end per row, in units
   * @param monetary mean repeat value per row
   * @return the summaries
   * @throws CxValidationException if lengths differ or a row breaks the convention
   */
  @JsonCreator
  public static RepeatSummaries of(
      @JsonProperty(value = "customers", required = true) List<CustomerId> customers,
      @JsonProperty(value = "end", required = true) LocalDate end,
      @JsonProperty(value = "unit", required = true) Duration unit,
      @JsonProperty(value = "period", required = true) PurchasePeriod period,
      @JsonProperty(value = "frequency", required = true) int[] frequency,
      @JsonProperty(value = "recency", required = true) double[] recency,
      @JsonProperty(value = "age", required = true) double[] age,
      @JsonProperty(value = "monetary", required = true) double[] monetary) {
    SummarySpec.builder().end(end).unit(unit).period(period).build();
    int n = customers.size();
    CustomerRows.requireLength("RepeatSummaries.frequency", frequency.length, n);
    CustomerRows.requireLength("RepeatSummaries.recency", recency.length, n);
    CustomerRows.requireLength("RepeatSummaries.age", age.length, n);
    CustomerRows.requireLength("RepeatSummaries.monetary", monetary.length, n);
    for (int i = 0; i < n; i++) {
      checkRow("RepeatSummaries", frequency[i], recency[i], age[i], monetary[i], i);
    }
    return new RepeatSummaries(
        CustomerRows.of(customers, "RepeatSummaries.customers"),
        end,
        unit,
        period,
        frequency.clone(),
        recency.clone(),
        age.clone(),
        monetary.clone());
  }

  static void checkRow(
      String type, int frequency, double recency, double age, double monetary, int row) {
    String at = row < 0 ? "" : "[" + row + "]";
    if (frequency < 0) {
      throw CxValidationException.of(type + ".frequency" + at, "not be negative", frequency);
    }
    RepeatSummary.requireNonNegative(type + ".recency" + at, recency);
    RepeatSummary.requireNonNegative(type + ".age" + at, age);
    RepeatSummary.requireNonNegative(type + ".monetary" + at, monetary);
    if (recency > age) {
      throw CxValidationException.of(type + ".recency" + at, "not exceed age " + age, recency);
    }
    if (frequency == 0 && (recency != 0 || monetary != 0)) {
      throw CxValidationException.of(
          type + ".recency" + at,
          "be 0 with monetary 0 when frequency is 0",
          recency + " with monetary " + monetary);
    }
  }

  /**
   * The number of customers.
   *
   * @return the row count
   */
  public int size() {
    return frequency.length;
  }

  /**
   * The customer of a row.
   *
   * @param i the 0-based row
   * @return the customer
   */
  public CustomerId customer(int i) {
    return customers.get(i);
  }

  /**
   * The customer of a row as an index into the customer table of the log these summaries were
   * computed from ({@code log.customers().get(customerIndex(i))} is {@link #customer(int)}), or the
   * row itself for summaries built from columns; for writers that hold the ids elsewhere, such as
   * the dictionary of the reader that made a log with {@link TransactionLog#adoptEncoded}.
   *
   * @param i the 0-based row
   * @return the index
   */
  public int customerIndex(int i) {
    return customers.index(i);
  }

  /**
   * The customers, one per row.
   *
   * @return an unmodifiable list (a view, no copy)
   */
  @JsonProperty("customers")
  public List<CustomerId> customers() {
    return customers.list();
  }

  /**
   * The observation end, inclusive.
   *
   * @return the end date
   */
  @JsonProperty("end")
  public LocalDate end() {
    return end;
  }

  /**
   * The unit of recency and age.
   *
   * @return the unit
   */
  @JsonProperty("unit")
  public Duration unit() {
    return unit;
  }

  /**
   * The period within which purchases counted as one.
   *
   * @return the period
   */
  @JsonProperty("period")
  public PurchasePeriod period() {
    return period;
  }

  /**
   * Repeat purchases per row (a copy).
   *
   * @return the frequency column
   */
  @JsonProperty("frequency")
  public int[] frequency() {
    return frequency.clone();
  }

  /**
   * Recency per row, in units (a copy).
   *
   * @return the recency column
   */
  @JsonProperty("recency")
  public double[] recency() {
    return recency.clone();
  }

  /**
   * Age {@code T} per row, in units (a copy).
   *
   * @return the age column
   */
  @JsonProperty("age")
  public double[] age() {
    return age.clone();
  }

  /**
   * Mean repeat value per row (a copy).
   *
   * @return the monetary column
   */
  @JsonProperty("monetary")
  public double[] monetary() {
    return monetary.clone();
  }

  /**
   * Repeat purchases of one row.
   *
   * @param i the row
   * @return the frequency
   */
  public int frequency(int i) {
    return frequency[i];
  }

  /**
   * Recency of one row, in units.
   *
   * @param i the row
   * @return the recency
   */
  public double recency(int i) {
    return recency[i];
  }

  /**
   * Age of one row, in units.
   *
   * @param i the row
   * @return the age
   */
  public double age(int i) {
    return age[i];
  }

  /**
   * Mean repeat value of one row.
   *
   * @param i the row
   * @return the monetary value
   */
  public double monetary(int i) {
    return monetary[i];
  }

  /**
   * One row as a value.
   *
   * @param i the 0-based row
   * @return the summary of that customer
   */
  public RepeatSummary get(int i) {
    return ImmutableRepeatSummary.of(customer(i), frequency[i], recency[i], age[i], monetary[i]);
  }

  /**
   * Every row as a value.
   *
   * @return an unmodifiable list view
   */
  public List<RepeatSummary> toList() {
    return CustomerRows.view(frequency.length, this::get);
  }

  /**
   * The number of customers with at least one repeat purchase.
   *
   * @return the count of rows with frequency above 0
   */
  @JsonIgnore
  public int repeatBuyers() {
    int count = 0;
    for (int f : frequency) {
      if (f > 0) {
        count++;
      }
    }
    return count;
  }

  /**
   * The fields that equality and the hash code compare, in order: {@link Arrays#deepHashCode} of
   * them is {@code Objects.hash} of the same fields with each column's {@code Arrays.hashCode}.
   */
  private Object[] fields() {
    return new Object[] {end, unit, period, customers(), frequency, recency, age, monetary};
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RepeatSummaries other && Arrays.deepEquals(fields(), other.fields());
  }

  @Override
  public int hashCode() {
    return Arrays.deepHashCode(fields());
  }

  @Override
  public String toString() {
    return "RepeatSummaries{"
        + size()
        + " customers, end "
        + end
        + ", unit "
        + unit
        + ", period "
        + period
        + "}";
  }
}
