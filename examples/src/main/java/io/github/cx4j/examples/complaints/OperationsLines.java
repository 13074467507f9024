/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.complaints;

import io.github.cx4j.complaints.kpi.Rate;
import io.github.cx4j.complaints.survey.SurveyFigures;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The helpdesk-operations lines of {@code complaints kpi}: the survey after resolution, breaches.
 */
final class OperationsLines {
  private OperationsLines() {}

  static List<String> lines(SurveyFigures s, Map<String, Map<String, Long>> breaches) {
    List<String> l = new ArrayList<>();
    if (s.sent() > 0) {
      l.add(
          f(
              "surveys after resolution     sent %d, answered %d, invalidated by reopening %d,"
                  + " with a reason %d",
              s.sent(), s.answered(), s.invalidated(), s.withReason()));
      l.add(rate("survey response rate", s.responseRate()));
      l.add(rate("CSAT after resolution", s.csat()));
      s.meanNormalised().ifPresent(m -> l.add(f("%-28s %.3f", "survey mean (0..1)", m)));
    }
    for (Map.Entry<String, Map<String, Long>> e : breaches.entrySet()) {
      StringBuilder b = new StringBuilder();
      for (Map.Entry<String, Long> t : e.getValue().entrySet()) {
        b.append(b.length() == 0 ? "" : ", ").append(t.getKey()).append(' ').append(t.getValue());
      }
      l.add(f("%-28s %s", "SLA breaches " + e.getKey(), b));
    }
    return l;
  }

  private static String rate(String name, Rate r) {
    return f(
        "%-28s %.1f%%  (%d of %d, 95%% CI %.1f%%..%.1f%%)",
        name,
        100 * r.value(),
        r.count(),
        r.n(),
        100 * r.interval().low(),
        100 * r.interval().high());
  }

  private static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
