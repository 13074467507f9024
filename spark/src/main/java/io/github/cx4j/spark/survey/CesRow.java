/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.spark.survey;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * One group's Customer Effort Score (CES 2.0, 1-7) as a Spark row: the mean with Student's t
 * interval and the share agreeing with Wilson's interval (see {@link
 * io.github.cx4j.scoring.survey.CesResult}). Measures are null when undefined.
 *
 * <p>A mutable bean so that {@code Encoders.bean} gives a struct with one column per property.
 */
public final class CesRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private long n;
  private long agreeing;
  private long missing;
  private long invalid;
  private @Nullable Double mean;
  private @Nullable Double meanLow;
  private @Nullable Double meanHigh;
  private @Nullable Double agreeShare;
  private @Nullable Double agreeLow;
  private @Nullable Double agreeHigh;

  /** An empty row (for the bean encoder). */
  public CesRow() {}

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
   * Returns answers of 5 or more.
   *
   * @return the value
   */
  public long getAgreeing() {
    return agreeing;
  }

  /**
   * Sets answers of 5 or more.
   *
   * @param agreeing the value
   */
  public void setAgreeing(long agreeing) {
    this.agreeing = agreeing;
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

  /**
   * Returns the share agreeing.
   *
   * @return the value
   */
  public @Nullable Double getAgreeShare() {
    return agreeShare;
  }

  /**
   * Sets the share agreeing.
   *
   * @param agreeShare the value
   */
  public void setAgreeShare(@Nullable Double agreeShare) {
    this.agreeShare = agreeShare;
  }

  /**
   * Returns the lower end of Wilson's interval for the share agreeing.
   *
   * @return the value
   */
  public @Nullable Double getAgreeLow() {
    return agreeLow;
  }

  /**
   * Sets the lower end of Wilson's interval for the share agreeing.
   *
   * @param agreeLow the value
   */
  public void setAgreeLow(@Nullable Double agreeLow) {
    this.agreeLow = agreeLow;
  }

  /**
   * Returns the upper end of Wilson's interval for the share agreeing.
   *
   * @return the value
   */
  public @Nullable Double getAgreeHigh() {
    return agreeHigh;
  }

  /**
   * Sets the upper end of Wilson's interval for the share agreeing.
   *
   * @param agreeHigh the value
   */
  public void setAgreeHigh(@Nullable Double agreeHigh) {
    this.agreeHigh = agreeHigh;
  }
}
