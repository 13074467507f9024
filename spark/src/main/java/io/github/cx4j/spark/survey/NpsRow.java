/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.spark.survey;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * One group's Net Promoter Score as a Spark row: counts, the score as a share in [-1, 1], its
 * standard error and Tango's score interval (see {@link io.github.cx4j.scoring.survey.NpsResult}).
 * Measures are null when the group has no valid answer.
 *
 * <p>A mutable bean so that {@code Encoders.bean} gives a struct with one column per property.
 */
public final class NpsRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private long n;
  private long detractors;
  private long passives;
  private long promoters;
  private long missing;
  private long invalid;
  private @Nullable Double nps;
  private @Nullable Double se;
  private @Nullable Double low;
  private @Nullable Double high;

  /** An empty row (for the bean encoder). */
  public NpsRow() {}

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
   * Returns detractors.
   *
   * @return the value
   */
  public long getDetractors() {
    return detractors;
  }

  /**
   * Sets detractors.
   *
   * @param detractors the value
   */
  public void setDetractors(long detractors) {
    this.detractors = detractors;
  }

  /**
   * Returns passives.
   *
   * @return the value
   */
  public long getPassives() {
    return passives;
  }

  /**
   * Sets passives.
   *
   * @param passives the value
   */
  public void setPassives(long passives) {
    this.passives = passives;
  }

  /**
   * Returns promoters.
   *
   * @return the value
   */
  public long getPromoters() {
    return promoters;
  }

  /**
   * Sets promoters.
   *
   * @param promoters the value
   */
  public void setPromoters(long promoters) {
    this.promoters = promoters;
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
   * Returns the NPS as a share in [-1, 1], null if n is 0.
   *
   * @return the value
   */
  public @Nullable Double getNps() {
    return nps;
  }

  /**
   * Sets the NPS as a share in [-1, 1], null if n is 0.
   *
   * @param nps the value
   */
  public void setNps(@Nullable Double nps) {
    this.nps = nps;
  }

  /**
   * Returns its standard error, null if n is 0.
   *
   * @return the value
   */
  public @Nullable Double getSe() {
    return se;
  }

  /**
   * Sets its standard error, null if n is 0.
   *
   * @param se the value
   */
  public void setSe(@Nullable Double se) {
    this.se = se;
  }

  /**
   * Returns the lower end of the score interval, null if n is 0.
   *
   * @return the value
   */
  public @Nullable Double getLow() {
    return low;
  }

  /**
   * Sets the lower end of the score interval, null if n is 0.
   *
   * @param low the value
   */
  public void setLow(@Nullable Double low) {
    this.low = low;
  }

  /**
   * Returns the upper end of the score interval, null if n is 0.
   *
   * @return the value
   */
  public @Nullable Double getHigh() {
    return high;
  }

  /**
   * Sets the upper end of the score interval, null if n is 0.
   *
   * @param high the value
   */
  public void setHigh(@Nullable Double high) {
    this.high = high;
  }
}
