/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.survey;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.RatingScale;

/**
 * A mergeable accumulator of (perception, expectation) pairs for one attribute; integer sums, so
 * any split and merge order gives the same result.
 */
public final class DisconfirmationAccumulator {
  private final String attribute;
  private final RatingScale scale;
  private final ToleranceZone zone;
  private long n;
  private long sumP;
  private long sumE;
  private long sumD;
  private long sumD2;
  private long skipped;

  DisconfirmationAccumulator(String attribute, RatingScale scale, ToleranceZone zone) {
    this.attribute = attribute;
    this.scale = scale;
    this.zone = zone;
  }

  /**
   * Adds a pair; a pair with a missing or off-scale rating is skipped and counted.
   *
   * @param perception the perceived performance
   * @param expectation the expectation
   * @return this accumulator
   */
  public DisconfirmationAccumulator add(int perception, int expectation) {
    if (!scale.contains(perception) || !scale.contains(expectation)) {
      skipped++;
      return this;
    }
    long d = (long) perception - expectation;
    n++;
    sumP += perception;
    sumE += expectation;
    sumD += d;
    sumD2 += d * d;
    return this;
  }

  /**
   * Adds another accumulator's data.
   *
   * @param other an accumulator of the same attribute, scale and zone
   * @return this accumulator
   */
  public DisconfirmationAccumulator merge(DisconfirmationAccumulator other) {
    if (!attribute.equals(other.attribute)
        || !scale.equals(other.scale)
        || !zone.equals(other.zone)) {
      throw CxValidationException.of(
          "Disconfirmation.merge", "combine the same attribute " + attribute, other.attribute);
    }
    n += other.n;
    sumP += other.sumP;
    sumE += other.sumE;
    sumD += other.sumD;
    sumD2 += other.sumD2;
    skipped += other.skipped;
    return this;
  }

  /**
   * The result.
   *
   * @return the disconfirmation of the attribute
   * @throws CxValidationException if no pair was complete
   */
  public DisconfirmationResult result() {
    if (n == 0) {
      throw CxValidationException.of(
          "Disconfirmation.pairs",
          "contain at least one complete pair for " + attribute + " (" + skipped + " skipped)",
          0);
    }
    double gap = sumD / (double) n;
    double var = n < 2 ? 0 : Math.max(0, (sumD2 - sumD * (double) sumD / n) / (n - 1));
    return new DisconfirmationResult(
        attribute,
        n,
        sumP / (double) n,
        sumE / (double) n,
        gap,
        Math.sqrt(var),
        zone,
        zone.classify(gap),
        skipped);
  }
}
