/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import io.github.cx4j.core.CxValidationException;

/**
 * How simulated prediction intervals are computed.
 *
 * @param level the nominal coverage, in (0, 1), for example 0.9
 * @param draws simulated futures per customer, at least 100
 * @param seed the random seed (same seed, same intervals, whatever the number of threads)
 */
public record IntervalOptions(double level, int draws, long seed) {

  /** Validates the options. */
  public IntervalOptions {
    PredictionIntervals.requireLevel(level);
    if (draws < 100 || draws > 1_000_000) {
      throw CxValidationException.of("IntervalOptions.draws", "be within 100..1,000,000", draws);
    }
  }

  /**
   * 90% intervals from 2,000 draws with seed 1.
   *
   * @return the defaults
   */
  public static IntervalOptions defaults() {
    return new IntervalOptions(0.9, 2000, 1L);
  }

  /**
   * A copy with another level.
   *
   * @param coverage the nominal coverage, in (0, 1)
   * @return the new options
   */
  public IntervalOptions withLevel(double coverage) {
    return new IntervalOptions(coverage, draws, seed);
  }
}
