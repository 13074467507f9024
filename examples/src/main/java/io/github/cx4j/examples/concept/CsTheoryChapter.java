/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.concept;

import io.github.cx4j.core.concept.CsCiComparison;
import io.github.cx4j.core.concept.CsLayer;
import io.github.cx4j.examples.tour.Tour;
import io.github.cx4j.examples.tour.TourChapter;
import io.github.cx4j.scoring.audit.Audit;
import io.github.cx4j.scoring.audit.AuditAnswers;
import io.github.cx4j.scoring.audit.AuditKind;
import io.github.cx4j.scoring.audit.AuditReport;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Tour chapter 20, "CS theory / CS 理论": the CS system and its CI mirror side by side, then an audit
 * of the bundled example organisation ({@code examples/audit-answers.json}) with its weakest
 * retention steps, the practices that address them and its service style (course files "CS Theory
 * and Keeping Customers" and "Understanding Customer Service", 004).
 */
public final class CsTheoryChapter implements TourChapter {
  /** The bundled example answers. */
  static final String EXAMPLE = "/examples/audit-answers.json";

  /** For {@link java.util.ServiceLoader}. */
  public CsTheoryChapter() {}

  @Override
  public int order() {
    return 20;
  }

  @Override
  public String title(Tour tour) {
    return tour.text("CS theory", "CS 理论");
  }

  static AuditAnswers example() throws IOException {
    try (InputStream in = CsTheoryChapter.class.getResourceAsStream(EXAMPLE)) {
      if (in == null) {
        throw new IOException("missing bundled resource " + EXAMPLE);
      }
      return AuditCommand.read(in, EXAMPLE);
    }
  }

  @Override
  public void run(Tour tour) throws IOException {
    tour.say(
        "Customer satisfaction (CS) is a system of three layers; corporate identity (CI) has the"
            + " same three layers, seen from the company's side.",
        "顾客满意(CS)是由三个层次构成的系统;企业识别(CI)也有对应的三个层次,但站在企业的角度。");
    tour.heading("CS and CI side by side", "CS与CI对照");
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(tour.text("Aspect", "比较项"), "CS", "CI"));
    for (CsCiComparison.Row row : CsCiComparison.rows(tour.locale())) {
      rows.add(List.of(row.aspect(), row.cs(), row.ci()));
    }
    tour.table(rows);

    AuditAnswers answers = example();
    AuditReport report = Audit.score(answers);
    AuditText text = new AuditText(tour.locale());
    tour.heading(
        "Audit of the example organisation: " + answers.organisation(),
        "示例组织的审计:" + answers.organisation());
    tour.say(
        "Answers on a 1-5 Likert scale; each dimension is rescaled to 0-100, missing answers are"
            + " listed, never counted as zero.",
        "答案采用1-5李克特量表;各维度换算为0-100分,缺失的答案单独列出,绝不按0分计算。");
    tour.println("");
    tour.say(text.title(AuditKind.CS_SYSTEM), text.title(AuditKind.CS_SYSTEM));
    tour.table(text.table(report.csSystem().orElseThrow()));
    CsLayer weakestLayer = CsLayer.MIND_SATISFACTION;
    for (CsLayer layer : CsLayer.values()) {
      if (report.csSystem().orElseThrow().score(layer).orElse(101.0)
          < report.csSystem().orElseThrow().score(weakestLayer).orElse(101.0)) {
        weakestLayer = layer;
      }
    }
    tour.say(
        "Weakest layer: "
            + weakestLayer.label(tour.locale())
            + ", "
            + weakestLayer.role(tour.locale())
            + ".",
        "最弱的层次:"
            + weakestLayer.label(tour.locale())
            + ","
            + weakestLayer.role(tour.locale())
            + "。");
    tour.println("");
    tour.say(text.title(AuditKind.RETENTION), text.title(AuditKind.RETENTION));
    tour.table(text.table(report.retention().orElseThrow().section()));
    text.weakest(report.retention().orElseThrow()).forEach(tour::println);
    tour.println("");
    tour.say(text.title(AuditKind.STAFF_INSPECTION), text.title(AuditKind.STAFF_INSPECTION));
    tour.table(text.table(report.staffInspection().orElseThrow()));
    tour.println("");
    tour.println(text.style(report));
    tour.say(
        "Missing answers: " + String.join(", ", report.missing()),
        "缺失的答案:" + String.join("、", report.missing()));
    tour.say(
        "Try it (then on your own organisation's answers, written like this file):",
        "试一试(再用你自己组织的答案,格式同此文件):");
    tour.command(
        "audit --input examples/src/main/resources/examples/audit-answers.json --lang "
            + (tour.chinese() ? "zh" : "en"));
  }
}
