/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.audit;

import io.github.cx4j.core.Labelled;
import java.util.List;
import java.util.Optional;

/**
 * The scores of one questionnaire: one per dimension, and overall.
 *
 * @param questionnaire the questionnaire's code
 * @param dimensions the dimension scores, in the questionnaire's order
 * @param overall the unweighted mean of the dimension scores that exist, 0-100; empty when no item
 *     was answered
 * @param answered the number of items answered
 * @param missing the codes of the items without an answer, in the questionnaire's order
 */
public record SectionScore(
    String questionnaire,
    List<DimensionScore> dimensions,
    Optional<Double> overall,
    int answered,
    List<String> missing) {

  /**
   * Copies the lists.
   *
   * @param questionnaire the questionnaire's code
   * @param dimensions the dimension scores
   * @param overall the overall score
   * @param answered the number answered
   * @param missing the missing item codes
   */
  public SectionScore {
    dimensions = List.copyOf(dimensions);
    missing = List.copyOf(missing);
  }

  /**
   * The score of one dimension.
   *
   * @param dimension the concept
   * @return its score on 0-100, empty if it is not in this section or has no answers
   */
  public Optional<Double> score(Labelled dimension) {
    return dimensions.stream()
        .filter(d -> d.dimension().equals(dimension))
        .findFirst()
        .flatMap(DimensionScore::score);
  }
}
