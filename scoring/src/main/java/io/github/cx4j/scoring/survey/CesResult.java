/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.survey;

import io.github.cx4j.core.Interval;
import io.github.cx4j.core.internal.Intervals;
import io.github.cx4j.scoring.internal.Stats;

/**
 * Customer Effort Score (CES 2.0): agreement on a 1-7 scale with "The company made it easy for me
 * to handle my issue" (Dixon, Freeman and Toman 2010; CEB 2013). Reported as the mean with its t
 * interval and the share agreeing (answers 5-7) with its Wilson interval.
 *
 * @param distribution the valid answers on 1..7
 */
public record CesResult(ScoreDistribution distribution) {
  /** The lowest answer that counts as agreeing (somewhat agree). */
  public static final int AGREE_FROM = 5;

  /**
   * The number of valid answers.
   *
   * @return n
   */
  public long n() {
    return distribution.n();
  }

  /**
   * The mean answer, the CES 2.0 score.
   *
   * @return the mean on 1..7
   */
  public double mean() {
    return distribution.mean();
  }

  /**
   * Student's t interval for the mean.
   *
   * @param level the confidence level
   * @return the interval on 1..7
   * @throws io.github.cx4j.core.CxValidationException if n &lt; 2
   */
  public Interval meanInterval(double level) {
    return distribution.meanInterval(level);
  }

  /**
   * The number agreeing (5, 6 or 7).
   *
   * @return the count
   */
  public long agreeing() {
    return distribution.countBetween(AGREE_FROM, 7);
  }

  /**
   * The share agreeing.
   *
   * @return in [0, 1]
   */
  public double agreeShare() {
    return agreeing() / (double) n();
  }

  /**
   * Wilson's interval for the share agreeing.
   *
   * @param level the confidence level
   * @return the interval as shares
   */
  public Interval agreeInterval(double level) {
    return Intervals.wilson(agreeing(), n(), Stats.z(level, "CesResult.level"));
  }
}
