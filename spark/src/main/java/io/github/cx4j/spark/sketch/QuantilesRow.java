/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.spark.sketch;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * One group's quantiles from a KLL sketch (Karnin, Lang and Liberty 2016, "Optimal quantile
 * approximation in streams"), as a Spark row: the value at each requested rank and the sketch's
 * normalised rank error (0 while the sketch is still exact). Values are empty when the group has no
 * value.
 *
 * <p>A mutable bean so that {@code Encoders.bean} gives a struct with one column per property.
 */
public final class QuantilesRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private long n;
  private double[] ranks = new double[0];
  private double[] values = new double[0];
  private double rankError;
  private @Nullable Double min;
  private @Nullable Double max;

  /** An empty row (for the bean encoder). */
  public QuantilesRow() {}

  /**
   * Returns the number of values.
   *
   * @return the value
   */
  public long getN() {
    return n;
  }

  /**
   * Sets the number of values.
   *
   * @param n the value
   */
  public void setN(long n) {
    this.n = n;
  }

  /**
   * Returns the requested ranks in [0, 1].
   *
   * @return the value
   */
  public double[] getRanks() {
    return ranks;
  }

  /**
   * Sets the requested ranks in [0, 1].
   *
   * @param ranks the value
   */
  public void setRanks(double[] ranks) {
    this.ranks = ranks;
  }

  /**
   * Returns the quantile at each rank (inclusive search), empty if n is 0.
   *
   * @return the value
   */
  public double[] getValues() {
    return values;
  }

  /**
   * Sets the quantile at each rank (inclusive search), empty if n is 0.
   *
   * @param values the value
   */
  public void setValues(double[] values) {
    this.values = values;
  }

  /**
   * Returns the normalised rank error of the sketch, 0 while it is exact.
   *
   * @return the value
   */
  public double getRankError() {
    return rankError;
  }

  /**
   * Sets the normalised rank error of the sketch, 0 while it is exact.
   *
   * @param rankError the value
   */
  public void setRankError(double rankError) {
    this.rankError = rankError;
  }

  /**
   * Returns the smallest value, null if n is 0.
   *
   * @return the value
   */
  public @Nullable Double getMin() {
    return min;
  }

  /**
   * Sets the smallest value, null if n is 0.
   *
   * @param min the value
   */
  public void setMin(@Nullable Double min) {
    this.min = min;
  }

  /**
   * Returns the largest value, null if n is 0.
   *
   * @return the value
   */
  public @Nullable Double getMax() {
    return max;
  }

  /**
   * Sets the largest value, null if n is 0.
   *
   * @param max the value
   */
  public void setMax(@Nullable Double max) {
    this.max = max;
  }
}
