/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.audit;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.RatingScale;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * An organisation's answers to the standard questionnaires, as read from JSON:
 *
 * <pre>{@code
 * {"organisation": "Lakeside Hotel",
 *  "scale": {"min": 1, "max": 5},
 *  "answers": {"CS_SYSTEM": {"MS1": 4, "MS2": null, ...}, "RETENTION": {...}}}
 * }</pre>
 *
 * A {@code null} answer, or an item left out, is missing: it is reported, never counted as zero. A
 * questionnaire left out is not audited.
 *
 * @param organisation the audited organisation's name
 * @param scale the Likert scale of every answer
 * @param answers per questionnaire, the answer to each item code
 */
public record AuditAnswers(
    String organisation, RatingScale scale, Map<AuditKind, Map<String, OptionalInt>> answers) {

  /**
   * Checks every answer against its questionnaire and the scale.
   *
   * @throws CxValidationException naming the questionnaire and the code of an unknown item, or the
   *     item and the value of an answer outside the scale
   */
  public AuditAnswers {
    if (organisation.isBlank()) {
      throw CxValidationException.of("AuditAnswers.organisation", "not be blank", organisation);
    }
    Map<AuditKind, Map<String, OptionalInt>> copy = new EnumMap<>(AuditKind.class);
    for (Map.Entry<AuditKind, Map<String, OptionalInt>> e : answers.entrySet()) {
      Questionnaire q = Questionnaire.standard(e.getKey());
      Audit.check(q, scale, e.getValue(), "AuditAnswers.answers." + e.getKey().code());
      copy.put(
          e.getKey(), java.util.Collections.unmodifiableMap(new LinkedHashMap<>(e.getValue())));
    }
    answers = java.util.Collections.unmodifiableMap(copy);
  }
}
