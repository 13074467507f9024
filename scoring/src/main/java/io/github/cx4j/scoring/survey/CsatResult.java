/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.survey;

import io.github.cx4j.core.Interval;
import io.github.cx4j.core.internal.Intervals;
import io.github.cx4j.scoring.internal.Stats;

/**
 * Customer satisfaction (CSAT) on a declared scale: the top-box share (the answers in the top
 * {@code topBoxes} points, for example 4-5 on a 1-5 scale for top-2-box) with its Wilson interval,
 * the mean answer with its t interval, and the distribution. Unanswered and skipped invalid items
 * are reported but never enter a denominator.
 *
 * @param distribution the valid answers
 * @param topBoxes how many top points count as satisfied (1 = top box, 2 = top-2-box)
 */
public record CsatResult(ScoreDistribution distribution, int topBoxes) {

  /**
   * The number of valid answers.
   *
   * @return n
   */
  public long n() {
    return distribution.n();
  }

  /**
   * The lowest answer that counts as satisfied.
   *
   * @return {@code max - topBoxes + 1}
   */
  public int threshold() {
    return distribution.scale().max() - topBoxes + 1;
  }

  /**
   * The number of satisfied respondents (answers in the top boxes).
   *
   * @return the count
   */
  public long satisfied() {
    return distribution.countBetween(threshold(), distribution.scale().max());
  }

  /**
   * The CSAT score: the share of valid answers in the top boxes.
   *
   * @return a share in [0, 1]
   */
  public double share() {
    return satisfied() / (double) n();
  }

  /**
   * The CSAT score in percent.
   *
   * @return {@code 100 * share()}
   */
  public double percent() {
    return 100 * share();
  }

  /**
   * Wilson's (1927) score interval for the top-box share; never degenerate, always in [0, 1].
   *
   * @param level the confidence level
   * @return the interval as shares
   */
  public Interval wilson(double level) {
    return Intervals.wilson(satisfied(), n(), Stats.z(level, "CsatResult.level"));
  }

  /**
   * The mean answer.
   *
   * @return the mean in scale points
   */
  public double mean() {
    return distribution.mean();
  }

  /**
   * The sample standard deviation (divisor n - 1; 0 when n = 1).
   *
   * @return the standard deviation in scale points
   */
  public double sd() {
    return distribution.sd();
  }

  /**
   * Student's t interval for the mean.
   *
   * @param level the confidence level
   * @return the interval in scale points
   * @throws io.github.cx4j.core.CxValidationException if n &lt; 2
   */
  public Interval meanInterval(double level) {
    return distribution.meanInterval(level);
  }
}
