/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.segmentation.rfm;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.cx4j.core.CxValidationException;
import java.util.List;
import org.immutables.value.Value;

/**
 * The cut points that turn recency (days), frequency (purchases) and monetary value (currency
 * units) into scores {@code 1..bins}: {@code bins - 1} non-decreasing numbers per dimension, with
 * how they were obtained and, for sketched cut points, the normalised rank error of the sketch
 * (each cut point's rank is within {@code rankError} of its target {@code k / bins} with 99%
 * confidence).
 *
 * <p>Build with {@link #of(int, double[], double[], double[])} for caller-given cut points, or get
 * them from {@link Rfm#cutPoints(double[], int[], double[], int)} (exact) or {@link
 * RfmSketch#cutPoints(int)} (sketched). Equal neighbouring cut points are allowed (heavily tied
 * data): the bin between them is then empty.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRfmCutPoints.class)
@JsonDeserialize(as = ImmutableRfmCutPoints.class)
public abstract class RfmCutPoints {

  /** The largest number of bins: the composite score {@code R*100 + F*10 + M} needs one digit. */
  public static final int MAX_BINS = 9;

  /**
   * The number of score levels per dimension.
   *
   * @return {@code 2..9}
   */
  public abstract int bins();

  /**
   * Recency cut points in days, ascending.
   *
   * @return {@code bins - 1} values
   */
  public abstract List<Double> recency();

  /**
   * Frequency cut points in purchases, ascending.
   *
   * @return {@code bins - 1} values
   */
  public abstract List<Double> frequency();

  /**
   * Monetary cut points in currency units, ascending.
   *
   * @return {@code bins - 1} values
   */
  public abstract List<Double> monetary();

  /**
   * How the cut points were obtained.
   *
   * @return exact, sketched or given
   */
  @Value.Default
  public CutPointMethod method() {
    return CutPointMethod.GIVEN;
  }

  /**
   * The normalised rank error of the cut points: 0 for exact and given ones, the KLL sketch's
   * single-quantile rank error (99% confidence) for sketched ones.
   *
   * @return a fraction in {@code [0, 1)}
   */
  @Value.Default
  public double rankError() {
    return 0.0;
  }

  /**
   * The number of customers the cut points were computed from (0 for given ones).
   *
   * @return the count
   */
  @Value.Default
  public long n() {
    return 0L;
  }

  /**
   * Caller-given cut points (method {@link CutPointMethod#GIVEN}).
   *
   * @param bins the number of score levels, {@code 2..9}
   * @param recency {@code bins - 1} ascending recency cut points in days
   * @param frequency {@code bins - 1} ascending frequency cut points
   * @param monetary {@code bins - 1} ascending monetary cut points
   * @return the cut points
   * @throws CxValidationException if a list has the wrong length, is not ascending or holds a
   *     non-finite number
   */
  public static RfmCutPoints of(int bins, double[] recency, double[] frequency, double[] monetary) {
    return builder()
        .bins(bins)
        .recency(boxed(recency))
        .frequency(boxed(frequency))
        .monetary(boxed(monetary))
        .build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds cut points. */
  public static final class Builder extends ImmutableRfmCutPoints.Builder {}

  static List<Double> boxed(double[] values) {
    return java.util.Arrays.stream(values).boxed().toList();
  }

  double[] recencyArray() {
    return unboxed(recency());
  }

  double[] frequencyArray() {
    return unboxed(frequency());
  }

  double[] monetaryArray() {
    return unboxed(monetary());
  }

  private static double[] unboxed(List<Double> values) {
    double[] out = new double[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = values.get(i);
    }
    return out;
  }

  @Value.Check
  void check() {
    if (bins() < 2 || bins() > MAX_BINS) {
      throw CxValidationException.of("RfmCutPoints.bins", "be within 2.." + MAX_BINS, bins());
    }
    checkList("RfmCutPoints.recency", recency());
    checkList("RfmCutPoints.frequency", frequency());
    checkList("RfmCutPoints.monetary", monetary());
    if (!(rankError() >= 0.0 && rankError() < 1.0)) {
      throw CxValidationException.of("RfmCutPoints.rankError", "be within [0, 1)", rankError());
    }
    if (n() < 0) {
      throw CxValidationException.of("RfmCutPoints.n", "be at least 0", n());
    }
  }

  private void checkList(String field, List<Double> values) {
    if (values.size() != bins() - 1) {
      throw CxValidationException.of(
          field, "hold bins - 1 = " + (bins() - 1) + " cut points", values);
    }
    for (int i = 0; i < values.size(); i++) {
      double v = values.get(i);
      if (!Double.isFinite(v)) {
        throw CxValidationException.of(field, "hold finite numbers", values);
      }
      if (i > 0 && v < values.get(i - 1)) {
        throw CxValidationException.of(field, "be in ascending order", values);
      }
    }
  }
}
