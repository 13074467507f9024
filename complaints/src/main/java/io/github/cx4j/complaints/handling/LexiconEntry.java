/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.handling;

import io.github.cx4j.core.CxValidationException;
import java.util.List;
import java.util.Locale;

/**
 * One phrase family the reply checker looks for: its triggers in one language, what the customer
 * hears in it and a better wording. Entries are data: the caller can load or add their own.
 *
 * @param code a stable upper-case code, for example {@code "COMPANY_POLICY"}
 * @param kind blame-shifting or negative
 * @param language {@code "en"} or {@code "zh"}
 * @param triggers the texts that flag the phrase, matched case-insensitively (English at word
 *     boundaries, Chinese anywhere)
 * @param customerHears what the customer hears in it
 * @param betterWording a better wording
 */
public record LexiconEntry(
    String code,
    PhraseKind kind,
    String language,
    List<String> triggers,
    String customerHears,
    String betterWording) {

  /** Checks the fields and lower-cases the triggers. */
  public LexiconEntry {
    if (code == null || !code.matches("[A-Z][A-Z0-9_]*")) {
      throw CxValidationException.of(
          "LexiconEntry.code", "be upper-case letters, digits and _", code);
    }
    if (kind == null) {
      throw CxValidationException.of("LexiconEntry.kind", "be present", null);
    }
    if (!"en".equals(language) && !"zh".equals(language)) {
      throw CxValidationException.of("LexiconEntry.language", "be en or zh", language);
    }
    if (triggers == null || triggers.isEmpty()) {
      throw CxValidationException.of("LexiconEntry.triggers", "not be empty", triggers);
    }
    triggers = triggers.stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).toList();
    for (String t : triggers) {
      if (t.isEmpty()) {
        throw CxValidationException.of("LexiconEntry.triggers", "not contain blank texts", t);
      }
    }
    if (customerHears == null || customerHears.isBlank()) {
      throw CxValidationException.of("LexiconEntry.customerHears", "not be blank", customerHears);
    }
    if (betterWording == null || betterWording.isBlank()) {
      throw CxValidationException.of("LexiconEntry.betterWording", "not be blank", betterWording);
    }
  }
}
