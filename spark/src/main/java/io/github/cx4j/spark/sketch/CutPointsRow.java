/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.spark.sketch;

import java.io.Serializable;

/**
 * RFM cut points from three KLL sketches, as a Spark row; {@link
 * io.github.cx4j.spark.sketch.SketchAggregators#cutPoints(CutPointsRow)} turns it into the
 * library's {@link io.github.cx4j.segmentation.rfm.RfmCutPoints}.
 *
 * <p>A mutable bean so that {@code Encoders.bean} gives a struct with one column per property.
 */
public final class CutPointsRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private int bins;
  private long n;
  private double[] recency = new double[0];
  private double[] frequency = new double[0];
  private double[] monetary = new double[0];
  private double rankError;

  /** An empty row (for the bean encoder). */
  public CutPointsRow() {}

  /**
   * Returns the number of bins.
   *
   * @return the value
   */
  public int getBins() {
    return bins;
  }

  /**
   * Sets the number of bins.
   *
   * @param bins the value
   */
  public void setBins(int bins) {
    this.bins = bins;
  }

  /**
   * Returns the number of customers.
   *
   * @return the value
   */
  public long getN() {
    return n;
  }

  /**
   * Sets the number of customers.
   *
   * @param n the value
   */
  public void setN(long n) {
    this.n = n;
  }

  /**
   * Returns the recency cut points, empty if n is 0.
   *
   * @return the value
   */
  public double[] getRecency() {
    return recency;
  }

  /**
   * Sets the recency cut points, empty if n is 0.
   *
   * @param recency the value
   */
  public void setRecency(double[] recency) {
    this.recency = recency;
  }

  /**
   * Returns the frequency cut points, empty if n is 0.
   *
   * @return the value
   */
  public double[] getFrequency() {
    return frequency;
  }

  /**
   * Sets the frequency cut points, empty if n is 0.
   *
   * @param frequency the value
   */
  public void setFrequency(double[] frequency) {
    this.frequency = frequency;
  }

  /**
   * Returns the monetary cut points, empty if n is 0.
   *
   * @return the value
   */
  public double[] getMonetary() {
    return monetary;
  }

  /**
   * Sets the monetary cut points, empty if n is 0.
   *
   * @param monetary the value
   */
  public void setMonetary(double[] monetary) {
    this.monetary = monetary;
  }

  /**
   * Returns the normalised rank error, 0 while the sketches are exact.
   *
   * @return the value
   */
  public double getRankError() {
    return rankError;
  }

  /**
   * Sets the normalised rank error, 0 while the sketches are exact.
   *
   * @param rankError the value
   */
  public void setRankError(double rankError) {
    this.rankError = rankError;
  }
}
