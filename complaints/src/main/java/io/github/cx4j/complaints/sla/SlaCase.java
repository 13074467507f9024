/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.sla;

import io.github.cx4j.core.CxValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The clock input of one complaint: when it was created, its priority then, the attributes that
 * policy rules test (for example {@code channel}, {@code team}, {@code tier}), and its timed facts.
 *
 * @param id the complaint's identifier, for reports
 * @param createdAt when the complaint was received; all clocks start here
 * @param priority the priority at creation
 * @param attributes attribute values for policy conditions
 * @param facts the facts, in any order (sorted by instant, ties kept in the given order)
 */
public record SlaCase(
    String id,
    Instant createdAt,
    SlaPriority priority,
    Map<String, String> attributes,
    List<SlaFact> facts) {

  /**
   * Sorts the facts and rejects facts before creation.
   *
   * @param id id
   * @param createdAt creation
   * @param priority priority
   * @param attributes attributes
   * @param facts facts
   */
  public SlaCase {
    attributes = Map.copyOf(attributes);
    List<SlaFact> sorted = List.copyOf(facts);
    if (!inTimeOrder(sorted)) {
      List<SlaFact> order = new ArrayList<>(sorted);
      order.sort(BY_TIME);
      sorted = List.copyOf(order);
    }
    for (SlaFact fact : sorted) {
      if (fact.at().isBefore(createdAt)) {
        throw CxValidationException.of(
            "SlaCase.facts", "not be dated before the creation " + createdAt, fact);
      }
    }
    facts = sorted;
  }

  private static final Comparator<SlaFact> BY_TIME = Comparator.comparing(SlaFact::at);

  private static boolean inTimeOrder(List<SlaFact> facts) {
    for (int i = 1; i < facts.size(); i++) {
      if (facts.get(i).at().isBefore(facts.get(i - 1).at())) {
        return false;
      }
    }
    return true;
  }
}
