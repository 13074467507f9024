/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.audit;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.Labelled;
import java.util.Locale;

/**
 * One item of a questionnaire: a statement the respondent rates on the audit's Likert scale, and
 * the concept it scores. In JSON the dimension is a qualified code such as {@code
 * "CsLayer.MIND_SATISFACTION"}; an unknown type or code is rejected with a message naming both.
 *
 * @param code the item's code, unique within its questionnaire, for example {@code "MS1"}
 * @param dimension the concept the item scores, for example {@code CsLayer.MIND_SATISFACTION}
 * @param en the statement in English
 * @param zh the statement in Chinese
 */
public record AuditItem(
    String code,
    @JsonSerialize(using = ConceptJson.Serializer.class)
        @JsonDeserialize(using = ConceptJson.Deserializer.class)
        Labelled dimension,
    String en,
    String zh) {

  /**
   * Checks the parts.
   *
   * @throws CxValidationException if the code or a text is blank
   */
  public AuditItem {
    if (!code.matches("[A-Za-z0-9_.-]+")) {
      throw CxValidationException.of("AuditItem.code", "be letters, digits, '_', '.' or '-'", code);
    }
    if (en.isBlank() || zh.isBlank()) {
      throw CxValidationException.of("AuditItem.text", "not be blank", code);
    }
  }

  /**
   * The statement in a language.
   *
   * @param locale any {@code zh} locale for Chinese, anything else for English
   * @return the statement
   */
  @JsonIgnore
  public String text(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? zh : en;
  }
}
