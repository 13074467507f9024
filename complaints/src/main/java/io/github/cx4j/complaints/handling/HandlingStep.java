/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.handling;

import io.github.cx4j.core.CxValidationException;
import java.util.Locale;
import java.util.Optional;

/**
 * One step of a handling framework or playbook, in English and Chinese.
 *
 * @param code a stable code, upper case, for example {@code "LISTEN"}
 * @param english the instruction in English
 * @param chinese the instruction in Chinese
 * @param ifNotSatisfiedGoTo for a step that checks satisfaction: the code of the step to return to
 *     when the customer is not satisfied (the recovery loop of course file "Customer Relationship
 *     Management")
 */
public record HandlingStep(
    String code,
    String english,
    String chinese,
    Optional<String> ifNotSatisfiedGoTo,
    Optional<String> thenGoTo) {

  /** Checks the fields. */
  public HandlingStep {
    if (code == null || !code.matches("[A-Z][A-Z0-9_]*")) {
      throw CxValidationException.of(
          "HandlingStep.code", "be upper-case letters, digits and _", code);
    }
    if (english == null || english.isBlank()) {
      throw CxValidationException.of("HandlingStep.english", "not be blank", english);
    }
    if (chinese == null || chinese.isBlank()) {
      throw CxValidationException.of("HandlingStep.chinese", "not be blank", chinese);
    }
    ifNotSatisfiedGoTo = ifNotSatisfiedGoTo == null ? Optional.empty() : ifNotSatisfiedGoTo;
    thenGoTo = thenGoTo == null ? Optional.empty() : thenGoTo;
  }

  /**
   * A plain step.
   *
   * @param code the code
   * @param english the English instruction
   * @param chinese the Chinese instruction
   * @return the step
   */
  public static HandlingStep of(String code, String english, String chinese) {
    return new HandlingStep(code, english, chinese, Optional.empty(), Optional.empty());
  }

  /**
   * The instruction in a language.
   *
   * @param locale Chinese for Chinese, anything else for English
   * @return the text
   */
  public String text(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? chinese : english;
  }
}
