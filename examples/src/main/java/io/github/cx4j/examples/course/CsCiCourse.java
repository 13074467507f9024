/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.course;

import io.github.cx4j.core.concept.CourseFile;
import io.github.cx4j.core.concept.CsCiComparison;
import io.github.cx4j.core.concept.CsLayer;
import io.github.cx4j.examples.tour.CourseChapter;
import io.github.cx4j.examples.tour.Exercise;
import io.github.cx4j.examples.tour.Tour;
import java.util.ArrayList;
import java.util.List;

/**
 * Course chapter 3, CS and CI (course file "CS Theory and Keeping Customers", part "三、CS与CI"): the
 * two full names as the course gives them, and the comparison. The course's comparison slide is
 * blank; the rows are cx4j's, from general corporate-identity theory, and the chapter says so.
 */
public final class CsCiCourse extends CourseChapter {

  /** For {@link java.util.ServiceLoader}. */
  public CsCiCourse() {}

  @Override
  public int order() {
    return 300;
  }

  @Override
  public String title(Tour tour) {
    return tour.text("CS and CI", "CS 与 CI");
  }

  @Override
  public CourseFile course() {
    return CourseFile.CS_THEORY;
  }

  @Override
  public List<String> objectives(Tour tour) {
    return List.of(
        tour.text("Give the full names of CS and CI.", "说出 CS 与 CI 的全称。"),
        tour.text("Compare CS and CI and pair their layers.", "比较 CS 与 CI，并把两者的层次一一对应。"));
  }

  @Override
  protected void body(Tour tour) {
    tour.say(
        "The course: CS, Customer Satisfaction; CI, \"Corporation Identification\" (the usual term"
            + " is corporate identity).",
        "课程原文：CS，Customer Satisfaction，顾客满意；CI，Corporation Identification，企业识别（通常称 corporate identity）。");
    tour.say(
        "The course's comparison slide is blank; the rows below are cx4j's, from general CI theory.",
        "课程的比较页是空白的；下表为 cx4j 根据一般的企业识别理论补充。");
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(tour.text("Aspect", "比较项"), "CS", "CI"));
    for (CsCiComparison.Row row : CsCiComparison.rows(tour.locale())) {
      rows.add(List.of(row.aspect(), row.cs(), row.ci()));
    }
    tour.table(rows);
    tour.say("Section 3.1 audits an example organisation layer by layer.", "第 3.1 节按层次审计一个示例组织。");
  }

  @Override
  public List<Exercise> exercises(Tour tour) {
    CsCiComparison.Row centre = CsCiComparison.rows(tour.locale()).get(1);
    return List.of(
        new Exercise(
            tour.text("Which CI layer mirrors BS?", "与行为满意（BS）相对应的是 CI 的哪一层？"),
            label(tour, CsLayer.BEHAVIOUR_SATISFACTION.ciCounterpart())),
        new Exercise(
            tour.text("Whom does CS centre on, and whom CI?", "CS 以谁为中心？CI 以谁为中心？"),
            "CS" + tour.text(": ", "：") + centre.cs() + tour.text("; CI: ", "；CI：") + centre.ci()));
  }
}
