/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.audit;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.Labelled;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A questionnaire as data: a code and its items, each scoring one concept. The standard
 * questionnaires of the course come from {@link #standard(AuditKind)}; callers may build their own
 * (in Java or from JSON) and score them with {@link Audit#score(Questionnaire,
 * io.github.cx4j.core.RatingScale, java.util.Map)}.
 *
 * @param code the questionnaire's code, for example {@code "CS_SYSTEM"}
 * @param items the items, with unique codes, at least one
 */
public record Questionnaire(String code, List<AuditItem> items) {

  /**
   * Copies the items and checks them.
   *
   * @throws CxValidationException if there are no items or two items share a code
   */
  public Questionnaire {
    items = List.copyOf(items);
    if (items.isEmpty()) {
      throw CxValidationException.of("Questionnaire.items", "not be empty", code);
    }
    Set<String> codes = new HashSet<>();
    for (AuditItem item : items) {
      if (!codes.add(item.code())) {
        throw CxValidationException.of("Questionnaire.items", "have unique codes", item.code());
      }
    }
  }

  /**
   * The standard questionnaire of a kind.
   *
   * @param kind the audit
   * @return its questionnaire, whose code is the kind's code
   */
  public static Questionnaire standard(AuditKind kind) {
    return StandardQuestionnaires.of(kind);
  }

  /**
   * The concepts the items score, in the order of their first item.
   *
   * @return the dimensions
   */
  @JsonIgnore
  public List<Labelled> dimensions() {
    Set<Labelled> dims = new LinkedHashSet<>();
    for (AuditItem item : items) {
      dims.add(item.dimension());
    }
    return List.copyOf(dims);
  }

  /**
   * The item with a code.
   *
   * @param itemCode the item's code
   * @return the item, or empty
   */
  public Optional<AuditItem> item(String itemCode) {
    return items.stream().filter(i -> i.code().equals(itemCode)).findFirst();
  }

  /**
   * The codes of the items, in order.
   *
   * @return the codes
   */
  @JsonIgnore
  public List<String> itemCodes() {
    List<String> codes = new ArrayList<>();
    for (AuditItem item : items) {
      codes.add(item.code());
    }
    return codes;
  }
}
