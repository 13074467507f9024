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
import io.github.cx4j.core.customer.CustomerChoice;
import io.github.cx4j.core.customer.CustomerKind;
import io.github.cx4j.core.customer.CustomerStrategy;
import io.github.cx4j.core.customer.CustomerTier;
import io.github.cx4j.core.customer.StrategicCriterion;
import io.github.cx4j.core.customer.ValueForMoney;
import io.github.cx4j.core.customer.ValuePriceRatio;
import io.github.cx4j.examples.tour.CourseChapter;
import io.github.cx4j.examples.tour.Exercise;
import io.github.cx4j.examples.tour.Tour;
import io.github.cx4j.segmentation.tier.Tiering;
import io.github.cx4j.segmentation.tier.Tiers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Course chapter 6, customer service and the choice of customers (course file "Understanding
 * Customer Service", chapter "客户服务概述"): the chapter's own learning objectives, competition in the
 * traditional arenas, the definition, goal and core of customer service, why it matters, service
 * styles, customer classes, choosing customers (best and worst by profit after the cost of service,
 * the value/price ratio and its two directions), strategic criteria and strategies. Its section
 * computes segments and tiers on the bundled data.
 */
public final class CustomerServiceCourse extends CourseChapter {

  /** Yearly values of ten customers for the tier exercise. */
  static final double[] TEN_CUSTOMERS = {5200, 310, 2400, 180, 95, 760, 4100, 60, 1300, 45};

  /** What serving each of the ten customers cost in the year (the cost-awareness example). */
  static final double[] COST_TO_SERVE = {900, 420, 300, 60, 240, 100, 3900, 20, 380, 90};

  /**
   * The ten customers of the chapter's example, with their yearly value and cost to serve.
   *
   * @return the customers, named C01..C10
   */
  public static List<CustomerChoice.Served> tenServed() {
    List<CustomerChoice.Served> list = new ArrayList<>();
    for (int i = 0; i < TEN_CUSTOMERS.length; i++) {
      list.add(
          new CustomerChoice.Served(
              String.format(Locale.ROOT, "C%02d", i + 1), TEN_CUSTOMERS[i], COST_TO_SERVE[i]));
    }
    return list;
  }

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
    bestAndWorst(tour, CustomerChoice.of(tenServed()));
    group(tour, ValueForMoney.class);
    valueForMoney(tour, ValuePriceRatio.of(90, 100), ValuePriceRatio.of(120, 100));
    group(tour, StrategicCriterion.class);
    group(tour, CustomerStrategy.class);
    group(tour, CustomerTier.class);
  }

  private static String ids(Tour tour, List<CustomerChoice.Served> customers) {
    List<String> ids = new ArrayList<>();
    customers.forEach(c -> ids.add(c.id()));
    return String.join(tour.text(", ", "、"), ids);
  }

  private static void bestAndWorst(Tour tour, CustomerChoice choice) {
    tour.heading("Best and worst customers, with the cost of serving them", "最佳客户和最差客户：算上为他们服务的成本");
    List<List<String>> rows = new ArrayList<>();
    rows.add(
        List.of(
            tour.text("Customer", "客户"),
            tour.text("Brings", "带来"),
            tour.text("Cost to serve", "服务成本"),
            tour.text("Profit", "利润")));
    for (CustomerChoice.Served c : choice.byProfit()) {
      rows.add(
          List.of(
              c.id(),
              String.format(Locale.ROOT, "%.0f", c.revenue()),
              String.format(Locale.ROOT, "%.0f", c.costToServe()),
              String.format(Locale.ROOT, "%.0f", c.profit())));
    }
    tour.table(rows);
    tour.say(
        String.format(
            Locale.ROOT,
            "Best: %s; worst: %s. Cost awareness: service costs %.0f%% of revenue; the %d"
                + " customers who cost more than they bring take %.0f off a total profit of %.0f"
                + " (cx4j's rule: profit = what a customer brings less the cost of serving him).",
            ids(tour, choice.best(2)),
            ids(tour, choice.worst(2)),
            100 * choice.costShare(),
            choice.unprofitable().size(),
            choice.lossFromUnprofitable(),
            choice.profit()),
        String.format(
            Locale.ROOT,
            "最佳客户：%s；最差客户：%s。成本意识：服务成本占收入的 %.0f%%；%d 位带来的不及耗费的客户使总利润少了 %.0f，总利润为 %.0f（cx4j 的规则：利润 = 客户带来的收入减去为他服务的成本）。",
            ids(tour, choice.best(2)),
            ids(tour, choice.worst(2)),
            100 * choice.costShare(),
            choice.unprofitable().size(),
            choice.lossFromUnprofitable(),
            choice.profit()));
  }

  private static void valueForMoney(Tour tour, ValuePriceRatio ours, ValuePriceRatio rival) {
    tour.heading("The value/price ratio and the company's direction", "价值价格比与企业的选择方向");
    tour.say(
        String.format(
            Locale.ROOT,
            "Customers see value %.0f in our offer at price %.0f (ratio %.2f: %s) and %.0f in a"
                + " rival's at %.0f (ratio %.2f). To match it: lower the price to %.0f, or raise"
                + " the value seen to %.0f.",
            ours.perceivedValue(),
            ours.price(),
            ours.ratio(),
            label(tour, ours.reading()),
            rival.perceivedValue(),
            rival.price(),
            rival.ratio(),
            ours.priceToMatch(rival),
            ours.valueToMatch(rival)),
        String.format(
            Locale.ROOT,
            "客户认为我们的产品价值 %.0f、价格 %.0f（比值 %.2f：%s），竞争者的价值 %.0f、价格 %.0f（比值 %.2f）。要追上它：把价格降到 %.0f，或把客户看到的价值提高到 %.0f。",
            ours.perceivedValue(),
            ours.price(),
            ours.ratio(),
            label(tour, ours.reading()),
            rival.perceivedValue(),
            rival.price(),
            rival.ratio(),
            ours.priceToMatch(rival),
            ours.valueToMatch(rival)));
  }

  @Override
  public List<Exercise> exercises(Tour tour) {
    List<CustomerChoice.Served> five =
        List.of(
            new CustomerChoice.Served("A", 1200, 300),
            new CustomerChoice.Served("B", 400, 650),
            new CustomerChoice.Served("C", 2500, 2100),
            new CustomerChoice.Served("D", 800, 100),
            new CustomerChoice.Served("E", 150, 40));
    CustomerChoice choice = CustomerChoice.of(five);
    ValuePriceRatio shop = ValuePriceRatio.of(160, 200);
    ValuePriceRatio rival = ValuePriceRatio.of(180, 150);
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
                + tour.text(" lightweight.", " 位轻量级。")),
        new Exercise(
            tour.text(
                "Task: five customers bring A 1200, B 400, C 2500, D 800 and E 150 a year, and"
                    + " serving them costs A 300, B 650, C 2100, D 100 and E 40. Who is the best"
                    + " customer, who the worst, and what share of revenue goes on service?",
                "任务：五位客户每年分别带来 A 1200、B 400、C 2500、D 800、E 150 元，为他们服务的成本分别是 A 300、B 650、C 2100、D 100、E 40 元。谁是最佳客户？谁是最差客户？服务成本占收入的多少？"),
            String.format(
                Locale.ROOT,
                tour.text(
                    "Best %s (profit %.0f), worst %s (profit %.0f); service costs %.0f%% of"
                        + " revenue. Customer C brings the most, yet is not the best.",
                    "最佳客户 %s（利润 %.0f），最差客户 %s（利润 %.0f）；服务成本占收入的 %.0f%%。C 带来的收入最多，却不是最佳客户。"),
                choice.best(1).get(0).id(),
                choice.best(1).get(0).profit(),
                choice.worst(1).get(0).id(),
                choice.worst(1).get(0).profit(),
                100 * choice.costShare())),
        new Exercise(
            tour.text(
                "Customers value a shop's service at 160 and pay 200; a rival's they value at 180"
                    + " for 150. How do customers read the shop's offer, and what are its two"
                    + " directions?",
                "客户认为一家店的服务值 160 元，却要付 200 元；竞争者的服务值 180 元，只要 150 元。客户怎样看这家店？它有哪两个选择方向？"),
            String.format(
                Locale.ROOT,
                tour.text(
                    "%s (ratio %.2f against %.2f): lower the price to %.0f, or raise the value"
                        + " seen to %.0f.",
                    "%s（比值 %.2f，竞争者 %.2f）：把价格降到 %.0f，或把客户看到的价值提高到 %.0f。"),
                label(tour, shop.reading()),
                shop.ratio(),
                rival.ratio(),
                shop.priceToMatch(rival),
                shop.valueToMatch(rival))));
  }
}
