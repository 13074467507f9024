/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.audit;

import java.util.List;
import java.util.Optional;

/**
 * The retention audit over the twelve steps of course file "CS Theory and Keeping Customers": the
 * score per step, the maturity level of the overall score and the weakest steps with the practices
 * that address them.
 *
 * @param section the step scores and the overall score
 * @param maturity the {@link MaturityLevel} of the overall score, empty when nothing was answered
 * @param weakest the lowest-scoring steps below 100, lowest first (ties in step order)
 */
public record RetentionResult(
    SectionScore section, Optional<MaturityLevel> maturity, List<WeakStep> weakest) {
  /**
   * Copies the list.
   *
   * @param section the scores
   * @param maturity the maturity
   * @param weakest the weakest steps
   */
  public RetentionResult {
    weakest = List.copyOf(weakest);
  }
}
