/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.quality;

import io.github.cx4j.core.CxValidationException;

/**
 * One respondent's answers about one feature: the functional question (the feature is present) and
 * the dysfunctional question (it is absent).
 *
 * @param feature the feature's name
 * @param functional the answer when the feature is present
 * @param dysfunctional the answer when it is absent
 */
public record KanoResponse(String feature, KanoAnswer functional, KanoAnswer dysfunctional) {

  /**
   * Checks the feature name.
   *
   * @throws CxValidationException if the name is blank
   */
  public KanoResponse {
    if (feature.isBlank()) {
      throw CxValidationException.of("KanoResponse.feature", "not be blank", feature);
    }
  }

  /**
   * The category of this pair of answers.
   *
   * @return the category from Kano's evaluation table
   */
  public KanoCategory category() {
    return Kano.classify(functional, dysfunctional);
  }
}
