/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.activity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.cx4j.core.CxValidationException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A calibration/holdout split for checking a customer-base model out of sample (Fader, Hardie and
 * Lee 2005, section 4; Python {@code lifetimes.utils.calibration_and_holdout_data}): the repeat
 * summaries of the calibration period (purchases up to its end) and, for the same customers in the
 * same rows, what they bought in the holdout period that follows (after the calibration end, up to
 * and including {@link #holdoutEnd()}).
 *
 * <p>Holdout frequency counts distinct purchase periods (of the calibration's {@link
 * PurchasePeriod}) within the holdout; holdout value sums their purchases. Customers whose first
 * purchase falls in the holdout are not in the split: they were not yet customers at calibration.
 * Column accessors return copies.
 */
@JsonPropertyOrder(alphabetic = true)
public final class CalibrationHoldout {
  private final RepeatSummaries calibration;
  private final LocalDate holdoutEnd;
  private final int[] holdoutFrequency;
  private final double[] holdoutValue;

  CalibrationHoldout(
      RepeatSummaries calibration,
      LocalDate holdoutEnd,
      int[] holdoutFrequency,
      double[] holdoutValue) {
    this.calibration = calibration;
    this.holdoutEnd = holdoutEnd;
    this.holdoutFrequency = holdoutFrequency;
    this.holdoutValue = holdoutValue;
  }

  /**
   * A split from its parts, validated and copied.
   *
   * @param calibration the calibration summaries
   * @param holdoutEnd the last day of the holdout, after the calibration end
   * @param holdoutFrequency purchase periods in the holdout per row
   * @param holdoutValue value bought in the holdout per row
   * @return the split
   * @throws CxValidationException if lengths differ, the end is not after the calibration end, or a
   *     value is negative
   */
  @JsonCreator
  public static CalibrationHoldout of(
      @JsonProperty(value = "calibration", required = true) RepeatSummaries calibration,
      @JsonProperty(value = "holdoutEnd", required = true) LocalDate holdoutEnd,
      @JsonProperty(value = "holdoutFrequency", required = true) int[] holdoutFrequency,
      @JsonProperty(value = "holdoutValue", required = true) double[] holdoutValue) {
    requireAfter(calibration.end(), holdoutEnd);
    int n = calibration.size();
    CustomerRows.requireLength("CalibrationHoldout.holdoutFrequency", holdoutFrequency.length, n);
    CustomerRows.requireLength("CalibrationHoldout.holdoutValue", holdoutValue.length, n);
    for (int i = 0; i < n; i++) {
      if (holdoutFrequency[i] < 0) {
        throw CxValidationException.of(
            "CalibrationHoldout.holdoutFrequency[" + i + "]",
            "not be negative",
            holdoutFrequency[i]);
      }
      RepeatSummary.requireNonNegative(
          "CalibrationHoldout.holdoutValue[" + i + "]", holdoutValue[i]);
    }
    return new CalibrationHoldout(
        calibration, holdoutEnd, holdoutFrequency.clone(), holdoutValue.clone());
  }

  static void requireAfter(LocalDate calibrationEnd, LocalDate holdoutEnd) {
    if (!holdoutEnd.isAfter(calibrationEnd)) {
      throw CxValidationException.of(
          "CalibrationHoldout.holdoutEnd",
          "be after the calibration end " + calibrationEnd,
          holdoutEnd);
    }
  }

  /**
   * The calibration-period summaries.
   *
   * @return the summaries; row {@code i} here is row {@code i} of the holdout columns
   */
  @JsonProperty("calibration")
  public RepeatSummaries calibration() {
    return calibration;
  }

  /**
   * The last day of the holdout period, inclusive.
   *
   * @return the date
   */
  @JsonProperty("holdoutEnd")
  public LocalDate holdoutEnd() {
    return holdoutEnd;
  }

  /**
   * The length of the holdout period in the calibration's unit: from the calibration end to the
   * holdout end.
   *
   * @return the duration in units, positive
   */
  @JsonIgnore
  public double holdoutDuration() {
    double days = holdoutEnd.toEpochDay() - calibration.end().toEpochDay();
    return days / SummarySpec.of(holdoutEnd, calibration.unit()).daysPerUnit();
  }

  /**
   * Distinct purchase periods in the holdout per row (a copy).
   *
   * @return the holdout frequency column
   */
  @JsonProperty("holdoutFrequency")
  public int[] holdoutFrequency() {
    return holdoutFrequency.clone();
  }

  /**
   * Total value bought in the holdout per row (a copy).
   *
   * @return the holdout value column
   */
  @JsonProperty("holdoutValue")
  public double[] holdoutValue() {
    return holdoutValue.clone();
  }

  /**
   * Mean value per holdout purchase period per row: value over frequency, 0 without purchases.
   *
   * @return a new column
   */
  @JsonIgnore
  public double[] holdoutMonetary() {
    double[] mean = new double[holdoutValue.length];
    for (int i = 0; i < mean.length; i++) {
      mean[i] = holdoutFrequency[i] == 0 ? 0 : holdoutValue[i] / holdoutFrequency[i];
    }
    return mean;
  }

  /**
   * The number of customers.
   *
   * @return the row count
   */
  public int size() {
    return holdoutFrequency.length;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CalibrationHoldout other
        && calibration.equals(other.calibration)
        && holdoutEnd.equals(other.holdoutEnd)
        && Arrays.equals(holdoutFrequency, other.holdoutFrequency)
        && Arrays.equals(holdoutValue, other.holdoutValue);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        calibration, holdoutEnd, Arrays.hashCode(holdoutFrequency), Arrays.hashCode(holdoutValue));
  }

  @Override
  public String toString() {
    return "CalibrationHoldout{" + calibration + ", holdout to " + holdoutEnd + "}";
  }
}
