/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.spark.survey;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * One group's CSAT as a Spark row: the top-box share with Wilson's interval and the mean with
 * Student's t interval (see {@link io.github.cx4j.scoring.survey.CsatResult}). Measures are null
 * when undefined (no valid answer; the mean interval needs two).
 *
 * <p>A mutable bean so that {@code Encoders.bean} gives a struct with one column per property.
 */
public final class CsatRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private long n;
  private long satisfied;
  private long missing;
  private long invalid;
  private @Nullable Double share;
  private @Nullable Double low;
  private @Nullable Double high;
  private @Nullable Double mean;
  private @Nullable Double sd;
  private @Nullable Double meanLow;
  private @Nullable Double meanHigh;

  /** An empty row (for the bean encoder). */
  public CsatRow() {}

  /**
   * Returns valid answers.
   *
   * @return the value
   */
  public long getN() {
    return n;
  }

  /**
   * Sets valid answers.
   *
   * @param n the value
   */
  public void setN(long n) {
    this.n = n;
  }

  /**
   * Returns answers in the top boxes.
   *
   * @return the value
   */
  public long getSatisfied() {
    return satisfied;
  }

  /**
   * Sets answers in the top boxes.
   *
   * @param satisfied the value
   */
  public void setSatisfied(long satisfied) {
    this.satisfied = satisfied;
  }

  /**
   * Returns unanswered items skipped.
   *
   * @return the value
   */
  public long getMissing() {
    return missing;
  }

  /**
   * Sets unanswered items skipped.
   *
   * @param missing the value
   */
  public void setMissing(long missing) {
    this.missing = missing;
  }

  /**
   * Returns invalid answers skipped.
   *
   * @return the value
   */
  public long getInvalid() {
    return invalid;
  }

  /**
   * Sets invalid answers skipped.
   *
   * @param invalid the value
   */
  public void setInvalid(long invalid) {
    this.invalid = invalid;
  }

  /**
   * Returns the top-box share in [0, 1].
   *
   * @return the value
   */
  public @Nullable Double getShare() {
    return share;
  }

  /**
   * Sets the top-box share in [0, 1].
   *
   * @param share the value
   */
  public void setShare(@Nullable Double share) {
    this.share = share;
  }

  /**
   * Returns the lower end of Wilson's interval.
   *
   * @return the value
   */
  public @Nullable Double getLow() {
    return low;
  }

  /**
   * Sets the lower end of Wilson's interval.
   *
   * @param low the value
   */
  public void setLow(@Nullable Double low) {
    this.low = low;
  }

  /**
   * Returns the upper end of Wilson's interval.
   *
   * @return the value
   */
  public @Nullable Double getHigh() {
    return high;
  }

  /**
   * Sets the upper end of Wilson's interval.
   *
   * @param high the value
   */
  public void setHigh(@Nullable Double high) {
    this.high = high;
  }

  /**
   * Returns the mean answer.
   *
   * @return the value
   */
  public @Nullable Double getMean() {
    return mean;
  }

  /**
   * Sets the mean answer.
   *
   * @param mean the value
   */
  public void setMean(@Nullable Double mean) {
    this.mean = mean;
  }

  /**
   * Returns the sample standard deviation.
   *
   * @return the value
   */
  public @Nullable Double getSd() {
    return sd;
  }

  /**
   * Sets the sample standard deviation.
   *
   * @param sd the value
   */
  public void setSd(@Nullable Double sd) {
    this.sd = sd;
  }

  /**
   * Returns the lower end of the mean's t interval.
   *
   * @return the value
   */
  public @Nullable Double getMeanLow() {
    return meanLow;
  }

  /**
   * Sets the lower end of the mean's t interval.
   *
   * @param meanLow the value
   */
  public void setMeanLow(@Nullable Double meanLow) {
    this.meanLow = meanLow;
  }

  /**
   * Returns the upper end of the mean's t interval.
   *
   * @return the value
   */
  public @Nullable Double getMeanHigh() {
    return meanHigh;
  }

  /**
   * Sets the upper end of the mean's t interval.
   *
   * @param meanHigh the value
   */
  public void setMeanHigh(@Nullable Double meanHigh) {
    this.meanHigh = meanHigh;
  }
}
