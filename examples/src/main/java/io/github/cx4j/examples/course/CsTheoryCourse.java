/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.course;

import io.github.cx4j.core.concept.ConceptFlow;
import io.github.cx4j.core.concept.CourseFile;
import io.github.cx4j.core.concept.CsCharacteristic;
import io.github.cx4j.core.concept.CsFunction;
import io.github.cx4j.core.concept.CsTenet;
import io.github.cx4j.core.concept.RelationMirror;
import io.github.cx4j.examples.tour.CourseChapter;
import io.github.cx4j.examples.tour.Exercise;
import io.github.cx4j.examples.tour.Tour;
import java.util.List;

/**
 * Course chapter 1, the scope and features of CS (course file "CS Theory and Keeping Customers",
 * part "一、CS理论范畴与特征"): the three tenets, the company/employee/customer mirror, the nine
 * characteristics and the functions of CS.
 */
public final class CsTheoryCourse extends CourseChapter {

  /** For {@link java.util.ServiceLoader}. */
  public CsTheoryCourse() {}

  @Override
  public int order() {
    return 100;
  }

  @Override
  public String title(Tour tour) {
    return tour.text("The scope and features of CS", "CS 理论范畴与特征");
  }

  @Override
  public CourseFile course() {
    return CourseFile.CS_THEORY;
  }

  @Override
  public List<String> objectives(Tour tour) {
    return List.of(
        tour.text("State the three tenets of CS and what each means.", "说出 CS 内涵的三种观念及其含义。"),
        tour.text("Explain the mirror of company, employee and customer.", "解释企业、员工、顾客的关系镜子。"),
        tour.text("Name the nine characteristics of CS.", "说出 CS 的九个基本特征。"),
        tour.text("Name the functions of CS.", "说出 CS 的功能。"));
  }

  @Override
  protected void body(Tour tour) {
    group(tour, CsTenet.class);
    group(tour, RelationMirror.class);
    tour.say(
        "As a chain: " + ConceptFlow.of(RelationMirror.class).render(tour.locale()) + ".",
        "作为一条链：" + ConceptFlow.of(RelationMirror.class).render(tour.locale()) + "。");
    group(tour, CsCharacteristic.class);
    group(tour, CsFunction.class);
  }

  @Override
  public List<Exercise> exercises(Tour tour) {
    ConceptFlow<RelationMirror> mirror = ConceptFlow.of(RelationMirror.class);
    List<RelationMirror> learner =
        List.of(
            RelationMirror.EMPLOYEES_TREAT_CUSTOMERS,
            RelationMirror.COMPANY_TREATS_EMPLOYEES,
            RelationMirror.CUSTOMERS_TREAT_COMPANY);
    int wrong = mirror.firstMistake(learner).orElse(-1) + 1;
    CsCharacteristic sixth = CsCharacteristic.values()[5];
    CsCharacteristic seventh = CsCharacteristic.values()[6];
    CsTenet staff = CsTenet.EMPLOYEES_ARE_KINGS_TOO;
    return List.of(
        new Exercise(
            tour.text(
                "A learner orders the mirror as: " + labels(tour, learner) + ". Is it right?",
                "一位学员把关系镜子排成：" + labels(tour, learner) + "。对吗？"),
            tour.text(
                "No: step "
                    + wrong
                    + " is out of place; the order is "
                    + mirror.render(tour.locale())
                    + ".",
                "不对：第 " + wrong + " 步位置错了；正确的顺序是" + mirror.render(tour.locale()) + "。")),
        new Exercise(
            tour.text(
                "How many characteristics of CS does the course list, and which are the sixth and"
                    + " the seventh?",
                "课程列出了 CS 的几个基本特征？第六、第七个是什么？"),
            tour.text(
                CsCharacteristic.values().length
                    + "; the sixth is "
                    + label(tour, sixth)
                    + ", the seventh "
                    + label(tour, seventh)
                    + ".",
                CsCharacteristic.values().length
                    + " 个；第六个是"
                    + label(tour, sixth)
                    + "，第七个是"
                    + label(tour, seventh)
                    + "。")),
        new Exercise(
            tour.text(
                "Which idea of CS says that satisfied employees create satisfied customers?",
                "CS 的哪一种观念说“满意的员工能够创造顾客的满意”？"),
            label(tour, staff) + tour.text(": ", "：") + staff.description(tour.locale())));
  }
}
