/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.audit;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.Labelled;

/**
 * The maturity of an organisation's retention practice, from its overall retention-audit score on
 * 0-100. The seed (course file "CS Theory and Keeping Customers") gives the twelve steps but no
 * scale; cx4j uses five levels named after the capability-maturity tradition, with the lower bounds
 * 0, 40, 60, 75 and 90.
 */
public enum MaturityLevel implements Labelled {
  /** Below 40: practices are ad hoc. */
  INITIAL(0),
  /** 40 to below 60: some steps are in place. */
  DEVELOPING(40),
  /** 60 to below 75: most steps are defined. */
  DEFINED(60),
  /** 75 to below 90: steps are measured and managed. */
  MANAGED(75),
  /** 90 and above: continual improvement. */
  OPTIMISING(90);

  private final double lowerBound;

  MaturityLevel(double lowerBound) {
    this.lowerBound = lowerBound;
  }

  @Override
  public String code() {
    return name();
  }

  /**
   * The least score of this level.
   *
   * @return the lower bound on 0-100
   */
  public double lowerBound() {
    return lowerBound;
  }

  /**
   * The level of a score.
   *
   * @param score an overall score on 0-100
   * @return the highest level whose lower bound the score reaches
   * @throws io.github.cx4j.core.CxValidationException if the score is not within 0..100
   */
  public static MaturityLevel of(double score) {
    if (!(score >= 0 && score <= 100)) {
      throw CxValidationException.of("MaturityLevel.score", "be within 0..100", score);
    }
    MaturityLevel level = INITIAL;
    for (MaturityLevel l : values()) {
      if (score >= l.lowerBound) {
        level = l;
      }
    }
    return level;
  }
}
