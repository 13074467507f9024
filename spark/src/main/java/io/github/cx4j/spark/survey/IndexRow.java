/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.spark.survey;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * One group's 0-100 satisfaction index as a Spark row (see {@link
 * io.github.cx4j.scoring.survey.SatisfactionIndexResult}). Measures are null when the group has no
 * respondent.
 *
 * <p>A mutable bean so that {@code Encoders.bean} gives a struct with one column per property.
 */
public final class IndexRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private long respondents;
  private @Nullable Double index;
  private @Nullable Double se;
  private @Nullable Double low;
  private @Nullable Double high;
  private long[] itemN = new long[0];
  private double[] itemMeans = new double[0];

  /** An empty row (for the bean encoder). */
  public IndexRow() {}

  /**
   * Returns respondents added.
   *
   * @return the value
   */
  public long getRespondents() {
    return respondents;
  }

  /**
   * Sets respondents added.
   *
   * @param respondents the value
   */
  public void setRespondents(long respondents) {
    this.respondents = respondents;
  }

  /**
   * Returns the index in [0, 100].
   *
   * @return the value
   */
  public @Nullable Double getIndex() {
    return index;
  }

  /**
   * Sets the index in [0, 100].
   *
   * @param index the value
   */
  public void setIndex(@Nullable Double index) {
    this.index = index;
  }

  /**
   * Returns its standard error in index points.
   *
   * @return the value
   */
  public @Nullable Double getSe() {
    return se;
  }

  /**
   * Sets its standard error in index points.
   *
   * @param se the value
   */
  public void setSe(@Nullable Double se) {
    this.se = se;
  }

  /**
   * Returns the lower end of the normal interval.
   *
   * @return the value
   */
  public @Nullable Double getLow() {
    return low;
  }

  /**
   * Sets the lower end of the normal interval.
   *
   * @param low the value
   */
  public void setLow(@Nullable Double low) {
    this.low = low;
  }

  /**
   * Returns the upper end of the normal interval.
   *
   * @return the value
   */
  public @Nullable Double getHigh() {
    return high;
  }

  /**
   * Sets the upper end of the normal interval.
   *
   * @param high the value
   */
  public void setHigh(@Nullable Double high) {
    this.high = high;
  }

  /**
   * Returns valid answers per item.
   *
   * @return the value
   */
  public long[] getItemN() {
    return itemN;
  }

  /**
   * Sets valid answers per item.
   *
   * @param itemN the value
   */
  public void setItemN(long[] itemN) {
    this.itemN = itemN;
  }

  /**
   * Returns the mean answer per item, empty if there is no respondent.
   *
   * @return the value
   */
  public double[] getItemMeans() {
    return itemMeans;
  }

  /**
   * Sets the mean answer per item, empty if there is no respondent.
   *
   * @param itemMeans the value
   */
  public void setItemMeans(double[] itemMeans) {
    this.itemMeans = itemMeans;
  }
}
