/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.recovery;

import io.github.cx4j.core.Money;
import java.util.Collection;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a set of remedies gave: the count per kind, the value per currency and how often each
 * justice dimension was addressed (Tax, Brown and Chandrashekaran 1998: customers judge a recovery
 * by all dimensions, so a remedy mix that addresses only one is a warning sign).
 *
 * @param count the number of remedies
 * @param byKind the count per kind
 * @param valueByCurrency the total value per ISO 4217 code
 * @param justice how many remedies address each dimension (every dimension present, possibly 0)
 */
public record RecoverySummary(
    int count,
    Map<RemedyKind, Integer> byKind,
    Map<String, Money> valueByCurrency,
    Map<JusticeDimension, Integer> justice) {

  /**
   * Summarises remedies.
   *
   * @param remedies the remedies
   * @return the summary
   */
  public static RecoverySummary of(Collection<Remedy> remedies) {
    Map<RemedyKind, Integer> kinds = new EnumMap<>(RemedyKind.class);
    Map<String, Money> value = new TreeMap<>();
    Map<JusticeDimension, Integer> justice = new EnumMap<>(JusticeDimension.class);
    for (JusticeDimension d : JusticeDimension.values()) {
      justice.put(d, 0);
    }
    for (Remedy r : remedies) {
      kinds.merge(r.kind(), 1, Integer::sum);
      if (r.value().isPresent()) {
        Money m = r.value().get();
        Currency c = m.currency();
        value.merge(c.getCurrencyCode(), m, Money::plus);
      }
      for (JusticeDimension d : r.justice()) {
        justice.merge(d, 1, Integer::sum);
      }
    }
    return new RecoverySummary(
        remedies.size(), Map.copyOf(kinds), Map.copyOf(value), Map.copyOf(justice));
  }

  /**
   * The dimensions no remedy addressed.
   *
   * @return the missing dimensions, in declaration order
   */
  public java.util.List<JusticeDimension> missingJustice() {
    java.util.List<JusticeDimension> missing = new java.util.ArrayList<>();
    for (JusticeDimension d : JusticeDimension.values()) {
      if (justice.getOrDefault(d, 0) == 0) {
        missing.add(d);
      }
    }
    return missing;
  }
}
