/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.course;

import io.github.cx4j.core.concept.CourseFile;
import io.github.cx4j.core.concept.CustomerOrientedService;
import io.github.cx4j.core.concept.CustomerRight;
import io.github.cx4j.core.concept.IronRule;
import io.github.cx4j.core.concept.RetentionMethod;
import io.github.cx4j.core.concept.RetentionSecret;
import io.github.cx4j.core.concept.RetentionStep;
import io.github.cx4j.examples.tour.CourseChapter;
import io.github.cx4j.examples.tour.Exercise;
import io.github.cx4j.examples.tour.Tour;
import io.github.cx4j.scoring.value.Clv;
import java.util.ArrayList;
import java.util.List;

/**
 * Course chapter 4, keeping customers for ever (course file "CS Theory and Keeping Customers", part
 * "四、永远留住客户"): customer-oriented service, the twelve strategic steps, the fifty methods, the ten
 * iron rules, the ten secrets and the ten rights. Its sections put numbers on "every customer has a
 * lifetime value" (method 22).
 */
public final class KeepingCustomersCourse extends CourseChapter {

  /** For {@link java.util.ServiceLoader}. */
  public KeepingCustomersCourse() {}

  @Override
  public int order() {
    return 400;
  }

  @Override
  public String title(Tour tour) {
    return tour.text("Keeping customers for ever", "永远留住顾客");
  }

  @Override
  public CourseFile course() {
    return CourseFile.CS_THEORY;
  }

  @Override
  public List<String> objectives(Tour tour) {
    return List.of(
        tour.text(
            "Explain customer-oriented service, its barriers, keys and tasks.",
            "解释顾客导向服务及其障碍、关键和任务。"),
        tour.text(
            "Walk the twelve strategic steps and match methods to them.",
            "按顺序说出十二步战略措施，并为每一步找到相应的方法。"),
        tour.text(
            "Apply the iron rules, secrets and rights to a service situation.",
            "把铁律、秘诀和权益用到具体的服务情境中。"),
        tour.text("Put a number on a customer's lifetime value.", "为顾客的终身价值算出一个数字。"));
  }

  @Override
  protected void body(Tour tour) {
    group(tour, CustomerOrientedService.class);
    tour.heading("The twelve strategic steps", "永远留住顾客的十二步战略措施");
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(tour.text("Step", "步骤"), tour.text("Methods that serve it", "对应的方法")));
    for (RetentionStep step : RetentionStep.values()) {
      List<String> numbers = new ArrayList<>();
      step.practices().forEach(m -> numbers.add(String.valueOf(m.number())));
      rows.add(
          List.of(
              step.number() + ". " + label(tour, step),
              String.join(tour.text(", ", "、"), numbers)));
    }
    tour.table(rows);
    tour.say(
        "The course numbers 50 methods but shows "
            + RetentionMethod.values().length
            + " of them: 11 to 15 are missing from the file.",
        "课程列出 50 种方法，文件中实际可见 " + RetentionMethod.values().length + " 种：第 11 至 15 种缺失。");
    group(tour, IronRule.class);
    group(tour, RetentionSecret.class);
    group(tour, CustomerRight.class);
  }

  @Override
  public List<Exercise> exercises(Tour tour) {
    double value = Clv.retention(100, 0.8, 0.1);
    RetentionStep nine = RetentionStep.EMPOWER_TO_SOLVE_AND_PREVENT;
    return List.of(
        new Exercise(
            tour.text(
                "Method 22 says every customer has a lifetime value. A customer brings a margin of"
                    + " 100 a year and stays each year with probability 0.8; money is discounted at"
                    + " 10% a year. What is the customer worth?",
                "方法 22 说每一个顾客都拥有终身价值。一位顾客每年带来 100 元毛利，每年留下来的概率是 0.8，年贴现率 10%。这位顾客值多少？"),
            String.format(
                java.util.Locale.ROOT,
                tour.text(
                    "%.2f: m·r/(1+d−r) = 100 × 0.8 / (1 + 0.1 − 0.8), the margin multiple of"
                        + " Gupta and Lehmann, \"Customers as assets\" (2003); the course states"
                        + " no formula.",
                    "%.2f 元：m·r/(1+d−r) = 100 × 0.8 ÷ (1 + 0.1 − 0.8)，即 Gupta 与 Lehmann"
                        + "《Customers as assets》（2003）的毛利倍数；课程本身没有给出公式。"),
                value)),
        new Exercise(
            tour.text(
                "Which strategic step is \"empower employees to solve and prevent problems\", and"
                    + " which methods serve it?",
                "“授权员工解决问题和预防问题”是第几步？哪些方法与它对应？"),
            tour.text("Step ", "第 ")
                + nine.number()
                + tour.text(": ", " 步：")
                + labels(tour, nine.practices())
                + tour.text(".", "。")),
        new Exercise(
            tour.text(
                "A clerk wins an argument with a customer about a receipt. Which iron rule was"
                    + " broken, and what should the clerk have done?",
                "一位店员在收据问题上和顾客争辩并且赢了。他违反了哪一条铁律？应该怎么做？"),
            label(tour, IronRule.NOT_FOR_ARGUMENT)
                + tour.text(". ", "。")
                + IronRule.NOT_FOR_ARGUMENT.description(tour.locale())));
  }
}
