/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.activity;

import com.fasterxml.jackson.annotation.JsonCreator;
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
 * Per-customer activity in the RFM convention of database marketing (Hughes 1994, "Strategic
 * Database Marketing"; the course's RFM chapter), as columns: the input of RFM scoring. Row {@code
 * i} describes {@link #customer(int)}; customers appear in the order of the log's customer table
 * and only if they bought on or before the analysis date.
 *
 * <ul>
 *   <li>recency: the time from the last purchase day to the analysis date, in units;
 *   <li>frequency: the number of purchases (rows of the log, not collapsed by period);
 *   <li>monetary total and mean: the sum of their values and the sum over the frequency.
 * </ul>
 *
 * <p>The column accessors return copies; the element accessors do not allocate.
 */
@JsonPropertyOrder(alphabetic = true)
public final class RfmSummaries {
  private final CustomerRows customers;
  private final LocalDate analysisDate;
  private final Duration unit;
  private final double[] recency;
  private final int[] frequency;
  private final double[] monetaryTotal;
  private final double[] monetaryMean;

  private RfmSummaries(
      CustomerRows customers,
      LocalDate analysisDate,
      Duration unit,
      double[] recency,
      int[] frequency,
      double[] monetaryTotal,
      double[] monetaryMean) {
    this.customers = customers;
    this.analysisDate = analysisDate;
    this.unit = unit;
    this.recency = recency;
    this.frequency = frequency;
    this.monetaryTotal = monetaryTotal;
    this.monetaryMean = monetaryMean;
  }

  /** Summaries computed from a log: row {@code i} is customer {@code index[i]} of its table. */
  static RfmSummaries fromLog(
      TransactionLog log,
      SummarySpec spec,
      int[] index,
      double[] recency,
      int[] frequency,
      double[] monetaryTotal,
      double[] monetaryMean) {
    return new RfmSummaries(
        new CustomerRows(log.customers(), index),
        spec.end(),
        spec.unit(),
        recency,
        frequency,
        monetaryTotal,
        monetaryMean);
  }

  /**
   * Summaries from columns, validated and copied.
   *
   * @param customers one distinct customer per row
   * @param analysisDate the analysis date
   * @param unit the unit of recency
   * @param recency last purchase to analysis date per row, in units
   * @param frequency purchases per row, at least 1
   * @param monetaryTotal total value per row
   * @param monetaryMean mean value per row
   * @return the summaries
   * @throws CxValidationException if lengths differ or a value is out of range
   */
  @JsonCreator
  public static RfmSummaries of(
      @JsonProperty(value = "customers", required = true) List<CustomerId> customers,
      @JsonProperty(value = "analysisDate", required = true) LocalDate analysisDate,
      @JsonProperty(value = "unit", required = true) Duration unit,
      @JsonProperty(value = "recency", required = true) double[] recency,
      @JsonProperty(value = "frequency", required = true) int[] frequency,
      @JsonProperty(value = "monetaryTotal", required = true) double[] monetaryTotal,
      @JsonProperty(value = "monetaryMean", required = true) double[] monetaryMean) {
    SummarySpec.of(analysisDate, unit);
    int n = customers.size();
    CustomerRows.requireLength("RfmSummaries.recency", recency.length, n);
    CustomerRows.requireLength("RfmSummaries.frequency", frequency.length, n);
    CustomerRows.requireLength("RfmSummaries.monetaryTotal", monetaryTotal.length, n);
    CustomerRows.requireLength("RfmSummaries.monetaryMean", monetaryMean.length, n);
    for (int i = 0; i < n; i++) {
      checkRow("RfmSummaries", recency[i], frequency[i], monetaryTotal[i], monetaryMean[i], i);
    }
    return new RfmSummaries(
        CustomerRows.of(customers, "RfmSummaries.customers"),
        analysisDate,
        unit,
        recency.clone(),
        frequency.clone(),
        monetaryTotal.clone(),
        monetaryMean.clone());
  }

  static void checkRow(
      String type, double recency, int frequency, double total, double mean, int row) {
    String at = row < 0 ? "" : "[" + row + "]";
    RepeatSummary.requireNonNegative(type + ".recency" + at, recency);
    if (frequency < 1) {
      throw CxValidationException.of(type + ".frequency" + at, "be at least 1", frequency);
    }
    RepeatSummary.requireNonNegative(type + ".monetaryTotal" + at, total);
    RepeatSummary.requireNonNegative(type + ".monetaryMean" + at, mean);
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
   * @return an unmodifiable list view
   */
  @JsonProperty("customers")
  public List<CustomerId> customers() {
    return customers.list();
  }

  /**
   * The analysis date, inclusive: purchases on it count, with recency 0.
   *
   * @return the date
   */
  @JsonProperty("analysisDate")
  public LocalDate analysisDate() {
    return analysisDate;
  }

  /**
   * The unit of recency.
   *
   * @return the unit
   */
  @JsonProperty("unit")
  public Duration unit() {
    return unit;
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
   * Purchases per row (a copy).
   *
   * @return the frequency column
   */
  @JsonProperty("frequency")
  public int[] frequency() {
    return frequency.clone();
  }

  /**
   * Total value per row (a copy).
   *
   * @return the total column
   */
  @JsonProperty("monetaryTotal")
  public double[] monetaryTotal() {
    return monetaryTotal.clone();
  }

  /**
   * Mean value per purchase per row (a copy).
   *
   * @return the mean column
   */
  @JsonProperty("monetaryMean")
  public double[] monetaryMean() {
    return monetaryMean.clone();
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
   * Purchases of one row.
   *
   * @param i the row
   * @return the frequency
   */
  public int frequency(int i) {
    return frequency[i];
  }

  /**
   * Total value of one row.
   *
   * @param i the row
   * @return the total
   */
  public double monetaryTotal(int i) {
    return monetaryTotal[i];
  }

  /**
   * Mean value of one row.
   *
   * @param i the row
   * @return the mean
   */
  public double monetaryMean(int i) {
    return monetaryMean[i];
  }

  /**
   * One row as a value.
   *
   * @param i the 0-based row
   * @return the summary of that customer
   */
  public RfmSummary get(int i) {
    return ImmutableRfmSummary.of(
        customer(i), recency[i], frequency[i], monetaryTotal[i], monetaryMean[i]);
  }

  /**
   * Every row as a value.
   *
   * @return an unmodifiable list view
   */
  public List<RfmSummary> toList() {
    return CustomerRows.view(frequency.length, this::get);
  }

  /**
   * The fields that equality and the hash code compare, in order: {@link Arrays#deepHashCode} of
   * them is {@code Objects.hash} of the same fields with each column's {@code Arrays.hashCode}.
   */
  private Object[] fields() {
    return new Object[] {
      analysisDate, unit, customers(), recency, frequency, monetaryTotal, monetaryMean
    };
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RfmSummaries other && Arrays.deepEquals(fields(), other.fields());
  }

  @Override
  public int hashCode() {
    return Arrays.deepHashCode(fields());
  }

  @Override
  public String toString() {
    return "RfmSummaries{"
        + size()
        + " customers, analysis date "
        + analysisDate
        + ", unit "
        + unit
        + "}";
  }
}
