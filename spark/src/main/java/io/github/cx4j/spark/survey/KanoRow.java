/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.spark.survey;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * One feature's Kano counts and indices as a Spark row (see {@link
 * io.github.cx4j.scoring.quality.KanoFeatureResult}). Measures are null when the group has no
 * classified answer pair.
 *
 * <p>A mutable bean so that {@code Encoders.bean} gives a struct with one column per property.
 */
public final class KanoRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private long n;
  private long attractive;
  private long oneDimensional;
  private long mustBe;
  private long indifferent;
  private long reverse;
  private long questionable;
  private long missing;
  private long invalid;
  private @Nullable String dominant;
  private @Nullable Double better;
  private @Nullable Double worse;

  /** An empty row (for the bean encoder). */
  public KanoRow() {}

  /**
   * Returns classified answer pairs.
   *
   * @return the value
   */
  public long getN() {
    return n;
  }

  /**
   * Sets classified answer pairs.
   *
   * @param n the value
   */
  public void setN(long n) {
    this.n = n;
  }

  /**
   * Returns attractive (A).
   *
   * @return the value
   */
  public long getAttractive() {
    return attractive;
  }

  /**
   * Sets attractive (A).
   *
   * @param attractive the value
   */
  public void setAttractive(long attractive) {
    this.attractive = attractive;
  }

  /**
   * Returns one-dimensional (O).
   *
   * @return the value
   */
  public long getOneDimensional() {
    return oneDimensional;
  }

  /**
   * Sets one-dimensional (O).
   *
   * @param oneDimensional the value
   */
  public void setOneDimensional(long oneDimensional) {
    this.oneDimensional = oneDimensional;
  }

  /**
   * Returns must-be (M).
   *
   * @return the value
   */
  public long getMustBe() {
    return mustBe;
  }

  /**
   * Sets must-be (M).
   *
   * @param mustBe the value
   */
  public void setMustBe(long mustBe) {
    this.mustBe = mustBe;
  }

  /**
   * Returns indifferent (I).
   *
   * @return the value
   */
  public long getIndifferent() {
    return indifferent;
  }

  /**
   * Sets indifferent (I).
   *
   * @param indifferent the value
   */
  public void setIndifferent(long indifferent) {
    this.indifferent = indifferent;
  }

  /**
   * Returns reverse (R).
   *
   * @return the value
   */
  public long getReverse() {
    return reverse;
  }

  /**
   * Sets reverse (R).
   *
   * @param reverse the value
   */
  public void setReverse(long reverse) {
    this.reverse = reverse;
  }

  /**
   * Returns questionable (Q).
   *
   * @return the value
   */
  public long getQuestionable() {
    return questionable;
  }

  /**
   * Sets questionable (Q).
   *
   * @param questionable the value
   */
  public void setQuestionable(long questionable) {
    this.questionable = questionable;
  }

  /**
   * Returns unanswered pairs skipped.
   *
   * @return the value
   */
  public long getMissing() {
    return missing;
  }

  /**
   * Sets unanswered pairs skipped.
   *
   * @param missing the value
   */
  public void setMissing(long missing) {
    this.missing = missing;
  }

  /**
   * Returns invalid pairs skipped.
   *
   * @return the value
   */
  public long getInvalid() {
    return invalid;
  }

  /**
   * Sets invalid pairs skipped.
   *
   * @param invalid the value
   */
  public void setInvalid(long invalid) {
    this.invalid = invalid;
  }

  /**
   * Returns the code of the most frequent category, null if n is 0.
   *
   * @return the value
   */
  public @Nullable String getDominant() {
    return dominant;
  }

  /**
   * Sets the code of the most frequent category, null if n is 0.
   *
   * @param dominant the value
   */
  public void setDominant(@Nullable String dominant) {
    this.dominant = dominant;
  }

  /**
   * Returns Berger et al.'s better coefficient.
   *
   * @return the value
   */
  public @Nullable Double getBetter() {
    return better;
  }

  /**
   * Sets Berger et al.'s better coefficient.
   *
   * @param better the value
   */
  public void setBetter(@Nullable Double better) {
    this.better = better;
  }

  /**
   * Returns Berger et al.'s worse coefficient.
   *
   * @return the value
   */
  public @Nullable Double getWorse() {
    return worse;
  }

  /**
   * Sets Berger et al.'s worse coefficient.
   *
   * @param worse the value
   */
  public void setWorse(@Nullable Double worse) {
    this.worse = worse;
  }
}
