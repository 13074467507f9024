/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.segmentation.rfm;

import java.util.Arrays;

/**
 * RFM scores of a customer base as columns: for customer {@code i} (the position in the input
 * columns) the recency, frequency and monetary scores {@code 1..bins}, with the cut points that
 * produced them. Made by {@link Rfm#score}; immutable.
 */
public final class RfmScores {
  private final byte[] recency;
  private final byte[] frequency;
  private final byte[] monetary;
  private final RfmCutPoints cutPoints;

  RfmScores(byte[] recency, byte[] frequency, byte[] monetary, RfmCutPoints cutPoints) {
    this.recency = recency;
    this.frequency = frequency;
    this.monetary = monetary;
    this.cutPoints = cutPoints;
  }

  /**
   * The number of customers.
   *
   * @return the count
   */
  public int size() {
    return recency.length;
  }

  /**
   * The number of score levels per dimension.
   *
   * @return {@code 2..9}
   */
  public int bins() {
    return cutPoints.bins();
  }

  /**
   * The cut points used, with their method and rank error.
   *
   * @return the cut points
   */
  public RfmCutPoints cutPoints() {
    return cutPoints;
  }

  /**
   * Customer {@code i}'s recency score (high = recent).
   *
   * @param i the customer's position
   * @return {@code 1..bins}
   */
  public int recency(int i) {
    return recency[i];
  }

  /**
   * Customer {@code i}'s frequency score.
   *
   * @param i the customer's position
   * @return {@code 1..bins}
   */
  public int frequency(int i) {
    return frequency[i];
  }

  /**
   * Customer {@code i}'s monetary score.
   *
   * @param i the customer's position
   * @return {@code 1..bins}
   */
  public int monetary(int i) {
    return monetary[i];
  }

  /**
   * Customer {@code i}'s composite score {@code R*100 + F*10 + M}.
   *
   * @param i the customer's position
   * @return the composite
   */
  public int composite(int i) {
    return recency[i] * 100 + frequency[i] * 10 + monetary[i];
  }

  /**
   * Customer {@code i}'s score triple.
   *
   * @param i the customer's position
   * @return the score
   */
  public RfmScore score(int i) {
    return RfmScore.of(recency[i], frequency[i], monetary[i]);
  }

  /**
   * All composite scores, in input order.
   *
   * @return a new array
   */
  public int[] composites() {
    int[] out = new int[recency.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = composite(i);
    }
    return out;
  }

  /**
   * All recency scores, in input order.
   *
   * @return a new array
   */
  public byte[] recencyScores() {
    return Arrays.copyOf(recency, recency.length);
  }

  /**
   * All frequency scores, in input order.
   *
   * @return a new array
   */
  public byte[] frequencyScores() {
    return Arrays.copyOf(frequency, frequency.length);
  }

  /**
   * All monetary scores, in input order.
   *
   * @return a new array
   */
  public byte[] monetaryScores() {
    return Arrays.copyOf(monetary, monetary.length);
  }

  /**
   * How many customers have each score level per dimension.
   *
   * @return {@code [dimension][level - 1]}: dimension 0 recency, 1 frequency, 2 monetary
   */
  public long[][] levelCounts() {
    long[][] counts = new long[3][bins()];
    for (int i = 0; i < recency.length; i++) {
      counts[0][recency[i] - 1]++;
      counts[1][frequency[i] - 1]++;
      counts[2][monetary[i] - 1]++;
    }
    return counts;
  }

  byte[] recencyColumn() {
    return recency;
  }

  byte[] frequencyColumn() {
    return frequency;
  }

  byte[] monetaryColumn() {
    return monetary;
  }
}
