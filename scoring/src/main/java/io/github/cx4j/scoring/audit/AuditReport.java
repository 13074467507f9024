/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.audit;

import io.github.cx4j.core.RatingScale;
import io.github.cx4j.core.concept.ServiceStyle;
import java.util.List;
import java.util.Optional;

/**
 * The audit of an organisation: each standard questionnaire that was answered, scored, and the
 * service style from the procedural and personal sub-scores. Every missing answer is listed.
 *
 * @param organisation the organisation
 * @param scale the answers' scale
 * @param csSystem MS, BS, VHS and overall, 0-100
 * @param retention the twelve steps, maturity and weakest steps
 * @param staffInspection the five inspection dimensions of all-staff service
 * @param servicePrinciples the seven SERVICE principles
 * @param serviceSides the procedural and personal sub-scores
 * @param serviceStyle the style from the sub-scores (threshold 50 of 100 on both), empty when a
 *     side has no answers
 * @param missing every missing answer as {@code QUESTIONNAIRE.ITEM}, for example {@code
 *     "CS_SYSTEM.MS2"}
 */
public record AuditReport(
    String organisation,
    RatingScale scale,
    Optional<SectionScore> csSystem,
    Optional<RetentionResult> retention,
    Optional<SectionScore> staffInspection,
    Optional<SectionScore> servicePrinciples,
    Optional<SectionScore> serviceSides,
    Optional<ServiceStyle> serviceStyle,
    List<String> missing) {
  /**
   * Copies the list.
   *
   * @param organisation the organisation
   * @param scale the scale
   * @param csSystem the CS system audit
   * @param retention the retention audit
   * @param staffInspection the inspection
   * @param servicePrinciples the SERVICE principles
   * @param serviceSides the service sides
   * @param serviceStyle the style
   * @param missing the missing answers
   */
  public AuditReport {
    missing = List.copyOf(missing);
  }
}
