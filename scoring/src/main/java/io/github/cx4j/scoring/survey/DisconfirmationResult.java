/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.survey;

import io.github.cx4j.core.Interval;
import io.github.cx4j.scoring.internal.Stats;

/**
 * Expectation-disconfirmation for one attribute: the mean gap perception - expectation over
 * respondents who rated both, its standard error and the outcome of the mean gap against the
 * tolerance zone.
 *
 * @param attribute the attribute's name
 * @param n respondents with both ratings
 * @param meanPerception the mean perception
 * @param meanExpectation the mean expectation
 * @param gap the mean gap (perception - expectation) in scale points
 * @param sd the standard deviation of the individual gaps (divisor n - 1, 0 when n = 1)
 * @param zone the tolerance zone
 * @param outcome the outcome of the mean gap
 * @param skipped pairs skipped because a rating was missing or invalid
 */
public record DisconfirmationResult(
    String attribute,
    long n,
    double meanPerception,
    double meanExpectation,
    double gap,
    double sd,
    ToleranceZone zone,
    DisconfirmationOutcome outcome,
    long skipped) {

  /**
   * The standard error of the mean gap, {@code sd / sqrt(n)}.
   *
   * @return the standard error in scale points
   */
  public double se() {
    return sd / Math.sqrt(n);
  }

  /**
   * The paired t interval for the mean gap.
   *
   * @param level the confidence level
   * @return the interval in scale points
   * @throws io.github.cx4j.core.CxValidationException if n &lt; 2
   */
  public Interval interval(double level) {
    if (n < 2) {
      throw io.github.cx4j.core.CxValidationException.of(
          "DisconfirmationResult.n", "be at least 2 for a t interval", n);
    }
    double t = Stats.t(level, n - 1, "DisconfirmationResult.level");
    return new Interval(gap - t * se(), gap + t * se());
  }

  /**
   * Whether the t interval of the mean gap lies entirely outside the tolerance zone, so that the
   * outcome of the mean is not an artefact of sampling noise.
   *
   * @param level the confidence level
   * @return true if the interval lies entirely above or entirely below the zone
   */
  public boolean clearlyOutsideZone(double level) {
    Interval i = interval(level);
    return i.low() > zone.upper() || i.high() < zone.lower();
  }
}
