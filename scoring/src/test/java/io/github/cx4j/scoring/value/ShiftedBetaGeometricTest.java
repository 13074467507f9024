/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ShiftedBetaGeometricTest {
  /**
   * Customers still active after 0..7 years, per 1,000 at the start, for the "regular" and "high
   * end" segments (Fader and Hardie 2007, "How to project customer retention", Journal of
   * Interactive Marketing 21(1), Table 1; the model is fitted on years 1-7).
   */
  static final double[] REGULAR = {1000, 631, 468, 382, 326, 289, 262, 241};

  static final double[] HIGH_END = {1000, 869, 743, 653, 593, 551, 517, 491};

  @Test
  void reproducesFaderHardie2007Regular() {
    ValueFit fit = ShiftedBetaGeometric.fit(REGULAR);
    assertTrue(fit.converged(), fit.message());
    assertEquals(0.704, fit.param("alpha"), 0.0005);
    assertEquals(1.182, fit.param("beta"), 0.0005);
  }

  @Test
  void reproducesFaderHardie2007HighEnd() {
    ValueFit fit = ShiftedBetaGeometric.fit(HIGH_END);
    assertTrue(fit.converged(), fit.message());
    assertEquals(0.668, fit.param("alpha"), 0.0005);
    assertEquals(3.806, fit.param("beta"), 0.0005);
  }
}
