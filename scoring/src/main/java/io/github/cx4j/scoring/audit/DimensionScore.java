/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.audit;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.Labelled;
import java.util.Optional;

/**
 * The score of one dimension (one concept) of a questionnaire.
 *
 * @param dimension the concept scored; in JSON a qualified code such as {@code
 *     "CsLayer.MIND_SATISFACTION"}
 * @param answered the number of its items answered
 * @param missing the number of its items without an answer
 * @param score the mean of the answered items rescaled to 0-100, empty when no item was answered
 */
public record DimensionScore(
    @JsonSerialize(using = ConceptJson.Serializer.class)
        @JsonDeserialize(using = ConceptJson.Deserializer.class)
        Labelled dimension,
    int answered,
    int missing,
    Optional<Double> score) {

  /**
   * Checks the parts.
   *
   * @throws CxValidationException if counts are negative, the score is outside 0..100 or present
   *     without answers
   */
  public DimensionScore {
    if (answered < 0 || missing < 0) {
      throw CxValidationException.of("DimensionScore.answered", "not be negative", answered);
    }
    if (score.isPresent() != (answered > 0)) {
      throw CxValidationException.of(
          "DimensionScore.score", "be present exactly when an item was answered", score);
    }
    if (score.isPresent() && !(score.get() >= 0 && score.get() <= 100)) {
      throw CxValidationException.of("DimensionScore.score", "be within 0..100", score.get());
    }
  }
}
