/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.course;

import io.github.cx4j.core.concept.CompetitionArena;
import io.github.cx4j.core.concept.CourseFile;
import io.github.cx4j.core.concept.CustomerSelection;
import io.github.cx4j.core.concept.CustomerServiceEssence;
import io.github.cx4j.core.concept.LearningObjective;
import io.github.cx4j.core.concept.ServiceImportance;
import io.github.cx4j.core.concept.ServiceStyle;
import io.github.cx4j.core.customer.CustomerKind;
import io.github.cx4j.core.customer.CustomerStrategy;
import io.github.cx4j.core.customer.CustomerTier;
import io.github.cx4j.core.customer.StrategicCriterion;
import io.github.cx4j.examples.tour.CourseChapter;
import io.github.cx4j.examples.tour.Exercise;
import io.github.cx4j.examples.tour.Tour;
import io.github.cx4j.segmentation.tier.Tiering;
import io.github.cx4j.segmentation.tier.Tiers;
import java.util.ArrayList;
import java.util.List;

/**
 * Course chapter 6, customer service and the choice of customers (course file "Understanding
 * Customer Service", chapter "客户服务概述"): the chapter's own learning objectives, competition in the
 * traditional arenas, the definition, goal and core of customer service, why it matters, service
 * styles, customer classes, choosing customers, strategic criteria and strategies. Its section
 * computes segments and tiers on the bundled data.
 */
public final class CustomerServiceCourse extends CourseChapter {

  /** Yearly values of ten customers for the tier exercise. */
  static final double[] TEN_CUSTOMERS = {5200, 310, 2400, 180, 95, 760, 4100, 60, 1300, 45};

  /** For {@link java.util.ServiceLoader}. */
  public CustomerServiceCourse() {}

  @Override
  public int order() {
    return 600;
  }

  @Override
  public String title(Tour tour) {
    return tour.text("Customer service and the choice of customers", "客户服务与客户选择");
  }

  @Override
  public CourseFile course() {
    return CourseFile.CUSTOMER_SERVICE;
  }

  @Override
  public boolean objectivesFromTheCourse() {
    return true;
  }

  @Override
  public List<String> objectives(Tour tour) {
    List<String> list = new ArrayList<>();
    LearningObjective.of(CourseFile.CUSTOMER_SERVICE).forEach(o -> list.add(label(tour, o)));
    return list;
  }

  @Override
  protected void body(Tour tour) {
    group(tour, CompetitionArena.class);
    group(tour, CustomerServiceEssence.class);
    group(tour, ServiceImportance.class);
    group(tour, ServiceStyle.class);
    group(tour, CustomerKind.class);
    group(tour, CustomerSelection.class);
    group(tour, StrategicCriterion.class);
    group(tour, CustomerStrategy.class);
    group(tour, CustomerTier.class);
  }

  @Override
  public List<Exercise> exercises(Tour tour) {
    ServiceStyle style = ServiceStyle.classify(0.8, 0.3);
    CustomerStrategy riskiest = CustomerStrategy.LOYALTY;
    for (CustomerStrategy s : CustomerStrategy.values()) {
      if (s.riskRank() > riskiest.riskRank()) {
        riskiest = s;
      }
    }
    Tiers<CustomerTier> tiers = Tiering.fourTier(TEN_CUSTOMERS);
    StringBuilder values = new StringBuilder();
    for (double v : TEN_CUSTOMERS) {
      values.append(values.length() == 0 ? "" : tour.text(", ", "、")).append((long) v);
    }
    return List.of(
        new Exercise(
            tour.text(
                "A help desk follows its procedures well (0.8 of 1) but its staff are curt (0.3 of"
                    + " 1). Which style of service is it?",
                "某服务台的程序特性很好（0.8，满分 1），但员工态度冷淡（个人特性 0.3）。它属于哪一种客户服务类型？"),
            label(tour, style) + tour.text(": ", "：") + style.description(tour.locale())),
        new Exercise(
            tour.text(
                "Which customer strategy carries the highest risk, and why?", "哪一种客户战略风险最高？为什么？"),
            label(tour, riskiest) + tour.text(": ", "：") + riskiest.description(tour.locale())),
        new Exercise(
            tour.text(
                "Task: ten customers bring "
                    + values
                    + " a year. Sort them into the four tiers of"
                    + " the course (cx4j cuts at 80%, 95% and 99% of cumulative value). How many"
                    + " are super-heavyweight?",
                "任务：十位客户每年分别带来 " + values + " 元。按课程的四层层级划分（cx4j 以累计价值的 80%、95%、99% 为界）。超重量级客户有几位？"),
            tiers.count(CustomerTier.SUPER_HEAVYWEIGHT)
                + tour.text(" super-heavyweight, ", " 位超重量级，")
                + tiers.count(CustomerTier.HEAVYWEIGHT)
                + tour.text(" heavyweight, ", " 位重量级，")
                + tiers.count(CustomerTier.SUB_HEAVYWEIGHT)
                + tour.text(" sub-heavyweight, ", " 位次重量级，")
                + tiers.count(CustomerTier.LIGHTWEIGHT)
                + tour.text(" lightweight.", " 位轻量级。")));
  }
}
