/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.survey;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.RatingScale;

/**
 * The scale of a likelihood-to-recommend question and its cut points: answers up to {@code
 * detractorMax} are detractors, answers from {@code promoterMin} are promoters, the rest passives.
 * {@link #STANDARD} is Reichheld's 0-10 scale with detractors 0-6, passives 7-8 and promoters 9-10;
 * any other scale must state its cut points.
 *
 * @param scale the answer scale
 * @param detractorMax the highest detractor answer
 * @param promoterMin the lowest promoter answer
 */
public record NpsScale(RatingScale scale, int detractorMax, int promoterMin) {
  /** Reichheld's 0-10 scale: detractors 0-6, passives 7-8, promoters 9-10. */
  public static final NpsScale STANDARD = new NpsScale(RatingScale.ZERO_TO_TEN, 6, 9);

  /**
   * Checks the cut points.
   *
   * @throws CxValidationException unless {@code min <= detractorMax < promoterMin <= max}
   */
  public NpsScale {
    if (detractorMax < scale.min() || detractorMax >= scale.max()) {
      throw CxValidationException.of(
          "NpsScale.detractorMax",
          "be within " + scale.min() + ".." + (scale.max() - 1),
          detractorMax);
    }
    if (promoterMin <= detractorMax || promoterMin > scale.max()) {
      throw CxValidationException.of(
          "NpsScale.promoterMin",
          "be within " + (detractorMax + 1) + ".." + scale.max(),
          promoterMin);
    }
  }

  /**
   * The category of an answer.
   *
   * @param score an answer on the scale
   * @return detractor, passive or promoter
   * @throws CxValidationException if the answer is off the scale
   */
  public NpsCategory category(int score) {
    scale.require(score, "NpsScale.score");
    return score <= detractorMax
        ? NpsCategory.DETRACTOR
        : score >= promoterMin ? NpsCategory.PROMOTER : NpsCategory.PASSIVE;
  }

  @Override
  public String toString() {
    return scale + " (detractors <= " + detractorMax + ", promoters >= " + promoterMin + ")";
  }
}
