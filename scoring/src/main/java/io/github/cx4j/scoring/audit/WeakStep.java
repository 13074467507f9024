/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.audit;

import io.github.cx4j.core.concept.RetentionMethod;
import io.github.cx4j.core.concept.RetentionStep;
import java.util.List;

/**
 * One of the weakest retention steps of an audited organisation, with the seed's retention methods
 * that address it (course file "CS Theory and Keeping Customers", {@link
 * RetentionStep#practices()}).
 *
 * @param step the step
 * @param score its score, 0-100
 * @param practices the methods to work on
 */
public record WeakStep(RetentionStep step, double score, List<RetentionMethod> practices) {
  /**
   * Copies the list.
   *
   * @param step the step
   * @param score its score
   * @param practices the methods
   */
  public WeakStep {
    practices = List.copyOf(practices);
  }
}
