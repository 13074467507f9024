/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.concept;

import io.github.cx4j.core.DisplayWidth;
import io.github.cx4j.core.Labelled;
import io.github.cx4j.core.concept.RetentionMethod;
import io.github.cx4j.core.concept.RetentionStep;
import io.github.cx4j.core.concept.ServiceAxis;
import io.github.cx4j.scoring.audit.AuditKind;
import io.github.cx4j.scoring.audit.AuditReport;
import io.github.cx4j.scoring.audit.DimensionScore;
import io.github.cx4j.scoring.audit.RetentionResult;
import io.github.cx4j.scoring.audit.SectionScore;
import io.github.cx4j.scoring.audit.WeakStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Renders an {@link AuditReport} as tables and lines in one language, for the CLI and the tour. */
final class AuditText {
  private final Locale locale;
  private final boolean zh;

  AuditText(Locale locale) {
    this.locale = locale;
    this.zh = "zh".equals(locale.getLanguage());
  }

  String t(String en, String chinese) {
    return zh ? chinese : en;
  }

  static String number(Optional<Double> score) {
    return score.map(s -> String.format(Locale.ROOT, "%.1f", s)).orElse("-");
  }

  /** The rows of a section: dimension, answered/items, score; then the overall row. */
  List<List<String>> table(SectionScore section) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(t("Dimension", "维度"), t("Answered", "已答"), t("Score 0-100", "得分 0-100")));
    for (DimensionScore d : section.dimensions()) {
      String name = d.dimension().label(locale);
      if (d.dimension() instanceof RetentionStep step) {
        name = step.number() + ". " + name;
      }
      rows.add(List.of(name, d.answered() + "/" + (d.answered() + d.missing()), number(d.score())));
    }
    rows.add(List.of(t("Overall", "总体"), "", number(section.overall())));
    return rows;
  }

  String title(AuditKind kind) {
    return kind.label(locale);
  }

  List<String> weakest(RetentionResult retention) {
    List<String> lines = new ArrayList<>();
    lines.add(
        t("Maturity: ", "成熟度:")
            + retention.maturity().map(m -> m.label(locale)).orElse("-")
            + retention.maturity().map(m -> " (" + m.description(locale) + ")").orElse(""));
    if (retention.weakest().isEmpty()) {
      return lines;
    }
    lines.add(t("Weakest steps and the seed's methods that address them:", "最薄弱的步骤及对应的方法:"));
    for (WeakStep w : retention.weakest()) {
      lines.add(
          String.format(
              Locale.ROOT,
              "  %d. %s (%.1f)",
              w.step().number(),
              w.step().label(locale),
              w.score()));
      for (RetentionMethod m : w.practices()) {
        lines.add("     - " + t("method ", "方法") + m.number() + ": " + m.label(locale));
      }
    }
    return lines;
  }

  String style(AuditReport report) {
    Optional<SectionScore> sides = report.serviceSides();
    String p = number(sides.flatMap(s -> s.score(ServiceAxis.PROCEDURAL)));
    String q = number(sides.flatMap(s -> s.score(ServiceAxis.PERSONAL)));
    return t("Service style: ", "客户服务类型:")
        + report.serviceStyle().map(s -> s.label(locale)).orElse(t("undetermined", "无法判断"))
        + t(" (", "(")
        + label(ServiceAxis.PROCEDURAL)
        + " "
        + p
        + t(", ", ",")
        + label(ServiceAxis.PERSONAL)
        + " "
        + q
        + t(")", ")")
        + report.serviceStyle().map(s -> t(": ", ":") + s.description(locale)).orElse("");
  }

  /** Aligns rows in columns, counting CJK characters as two columns wide. */
  static List<String> align(List<List<String>> rows) {
    int columns = rows.get(0).size();
    int[] width = new int[columns];
    for (List<String> row : rows) {
      for (int c = 0; c < columns; c++) {
        width[c] = Math.max(width[c], displayWidth(row.get(c)));
      }
    }
    List<String> lines = new ArrayList<>();
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder(" ");
      for (int c = 0; c < columns; c++) {
        line.append(' ').append(row.get(c)).append(" ".repeat(width[c] - displayWidth(row.get(c))));
      }
      lines.add(line.toString().stripTrailing());
    }
    return lines;
  }

  static int displayWidth(String text) {
    return DisplayWidth.of(text);
  }

  String label(Labelled concept) {
    return concept.label(locale);
  }
}
