/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.survey;

import io.github.cx4j.core.CxValidationException;

/**
 * The zone of tolerance around a zero gap (Zeithaml, Berry and Parasuraman 1993, "The nature and
 * determinants of customer expectations of service", JAMS 21(1):1-12): a gap (perception minus
 * expectation, in scale points) within {@code [lower, upper]} confirms expectations.
 *
 * @param lower the lower edge, at most 0
 * @param upper the upper edge, at least 0
 */
public record ToleranceZone(double lower, double upper) {

  /**
   * Checks the edges.
   *
   * @throws CxValidationException unless {@code lower <= 0 <= upper}, both finite
   */
  public ToleranceZone {
    if (!Double.isFinite(lower) || lower > 0) {
      throw CxValidationException.of("ToleranceZone.lower", "be finite and at most 0", lower);
    }
    if (!Double.isFinite(upper) || upper < 0) {
      throw CxValidationException.of("ToleranceZone.upper", "be finite and at least 0", upper);
    }
  }

  /**
   * A symmetric zone {@code [-halfWidth, halfWidth]}.
   *
   * @param halfWidth the half width, at least 0
   * @return the zone
   */
  public static ToleranceZone symmetric(double halfWidth) {
    return new ToleranceZone(-halfWidth, halfWidth);
  }

  /**
   * Classifies a gap.
   *
   * @param gap perception minus expectation
   * @return delighted above the zone, dissatisfied below it, satisfied within it
   */
  public DisconfirmationOutcome classify(double gap) {
    if (gap > upper) {
      return DisconfirmationOutcome.DELIGHTED;
    }
    return gap < lower ? DisconfirmationOutcome.DISSATISFIED : DisconfirmationOutcome.SATISFIED;
  }
}
