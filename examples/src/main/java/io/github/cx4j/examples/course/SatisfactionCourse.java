/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.course;

import io.github.cx4j.complaints.kpi.Iceberg;
import io.github.cx4j.complaints.kpi.IcebergEstimate;
import io.github.cx4j.core.Interval;
import io.github.cx4j.core.Labelled;
import io.github.cx4j.core.concept.ComplaintCause;
import io.github.cx4j.core.concept.ComplaintCountermeasure;
import io.github.cx4j.core.concept.ComplaintValue;
import io.github.cx4j.core.concept.CountermeasureBranch;
import io.github.cx4j.core.concept.CourseFile;
import io.github.cx4j.core.concept.DissatisfactionPolicy;
import io.github.cx4j.core.concept.DissatisfactionResponse;
import io.github.cx4j.core.concept.DissatisfactionValue;
import io.github.cx4j.core.concept.IronRule;
import io.github.cx4j.core.concept.LearningObjective;
import io.github.cx4j.core.concept.ListeningLevel;
import io.github.cx4j.core.concept.MemorableServiceTrait;
import io.github.cx4j.core.concept.NeedsSkill;
import io.github.cx4j.core.concept.NonComplaintReason;
import io.github.cx4j.core.concept.ProductSatisfactionAspect;
import io.github.cx4j.core.concept.ProductSatisfactionStep;
import io.github.cx4j.core.concept.SatisfactionFactor;
import io.github.cx4j.core.concept.ServiceSatisfactionMeans;
import io.github.cx4j.core.concept.ServiceStage;
import io.github.cx4j.examples.tour.CourseChapter;
import io.github.cx4j.examples.tour.Exercise;
import io.github.cx4j.examples.tour.Tour;
import io.github.cx4j.scoring.survey.Nps;
import io.github.cx4j.scoring.survey.NpsResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Course chapter 7, satisfaction and complaints (course file "Customer Satisfaction Management",
 * 项目四 客户满意管理): the file's knowledge and skill objectives, its lead-in case of the late-night guest
 * with the case question "服务员的什么行为赢得了客户的满意？", satisfaction and its degree, the factors, product and
 * service satisfaction, dissatisfaction, and complaints with their causes and the two branches of
 * countermeasures. Its sections measure satisfaction and run complaints.
 */
public final class SatisfactionCourse extends CourseChapter {

  /** The ten guests' answers for the NPS exercise. */
  static final int[] TEN_GUESTS = {10, 9, 9, 8, 7, 10, 6, 9, 3, 10};

  /** For {@link java.util.ServiceLoader}. */
  public SatisfactionCourse() {}

  @Override
  public int order() {
    return 700;
  }

  @Override
  public String title(Tour tour) {
    return tour.text("Satisfaction and complaints", "客户满意与投诉管理");
  }

  @Override
  public CourseFile course() {
    return CourseFile.SATISFACTION_MANAGEMENT;
  }

  @Override
  public boolean objectivesFromTheCourse() {
    return true;
  }

  @Override
  public List<String> objectives(Tour tour) {
    List<String> list = new ArrayList<>();
    for (LearningObjective o : LearningObjective.of(CourseFile.SATISFACTION_MANAGEMENT)) {
      String kind =
          o.kind() == LearningObjective.Kind.SKILL
              ? tour.text("skill", "技能目标")
              : tour.text("knowledge", "知识目标");
      list.add(label(tour, o) + tour.text(" (" + kind + ")", "（" + kind + "）"));
    }
    return list;
  }

  @Override
  protected void body(Tour tour) {
    tour.heading("Lead-in case: the late-night guest", "导入案例：赢得客户的满意");
    tour.say(
        "At about 10:30 p.m. a guest walks into the restaurant and asks whether he can still get"
            + " a late snack: he is tired and does not want to go out again. \"Yes, what would you"
            + " like? I will get it ready.\" It is late and heavy dishes are hard to digest, so the"
            + " waitress suggests a bowl of noodles each and a few small dishes for the three of"
            + " them; the guest is delighted. From their talk she learns they have come to Jinan to"
            + " visit a patient and do not know the way to the hospital; she explains the route and"
            + " draws a small map, with the way back to the hotel. Leaving, the guest praises the"
            + " warm, thoughtful service and says: \"Next time I will stay at your hotel.\"",
        "晚上 10:30 左右，餐厅走进来一位客人，问还能不能吃点夜宵：累了，不想再往外跑了。"
            + "“可以，您想吃点什么？我去给您准备。”已经这么晚了，复杂的饭菜也不利于消化，服务员便建议三位客人每人一碗面，外加几个可口的小菜，客人满意极了。"
            + "服务员从客人的交谈中得知，他们是来济南看病人的，不知道去医院怎么走，于是详细地讲了去医院的路线，还画了张小图，并画上了回酒店的路线。"
            + "客人临走时直夸服务热情、周到，还说：“下次来啊，我住你们酒店。”");
    tour.heading("Satisfaction and its degree", "客户满意与客户满意度");
    tour.say(
        "The course: the customer satisfaction degree (CSR), also called the satisfaction index,"
            + " is relative: how far the customer's experience matches the expectation. Section 7.1"
            + " measures it.",
        "课程：客户满意度（CSR）也叫客户满意指数，是一个相对的概念，是客户期望值与客户体验的匹配程度。第 7.1 节对它进行测量。");
    group(tour, SatisfactionFactor.class);
    group(tour, ProductSatisfactionAspect.class);
    group(tour, ProductSatisfactionStep.class);
    group(tour, ServiceStage.class);
    group(tour, ServiceSatisfactionMeans.class);
    group(tour, DissatisfactionValue.class);
    group(tour, DissatisfactionResponse.class);
    group(tour, DissatisfactionPolicy.class);
    group(tour, ComplaintValue.class);
    group(tour, NonComplaintReason.class);
    group(tour, ComplaintCause.class);
    tour.heading("Countermeasures to complaints", "解决顾客投诉问题的对策");
    for (CountermeasureBranch b : CountermeasureBranch.values()) {
      tour.println(label(tour, b) + tour.text(":", "："));
      concepts(tour, b.countermeasures());
    }
  }

  /** The case's behaviours and the concept each one shows (cx4j's reading of the case). */
  static List<Labelled> caseConcepts() {
    return List.of(
        IronRule.CUSTOMERS_ARE_THE_DRIVE,
        NeedsSkill.EMPATHISE,
        ListeningLevel.CONTENT,
        MemorableServiceTrait.UNEXPECTED,
        MemorableServiceTrait.LOW_COST,
        IronRule.MEET_NEEDS_WANTS_EXPECTATIONS);
  }

  @Override
  public List<Exercise> exercises(Tour tour) {
    List<String> behaviours =
        List.of(
            tour.text(
                "she takes the late guest instead of turning him away", "不拒绝深夜来客，主动说“我去给您准备”"),
            tour.text("she suggests light food because it is late", "考虑到夜深，推荐易消化的面和小菜"),
            tour.text(
                "she picks up from their talk that they need the hospital", "从客人的交谈中得知他们要去医院"),
            tour.text("she draws a map, which nobody asked for", "主动画了去医院和回酒店的路线图"),
            tour.text("the map costs her nothing but a minute", "画图几乎不花成本"),
            tour.text("\"you came, so we do our best to satisfy you\"", "“您来了我们就得尽力做到满意”"));
    List<Labelled> concepts = caseConcepts();
    StringBuilder caseKey = new StringBuilder();
    for (int i = 0; i < behaviours.size(); i++) {
      caseKey
          .append(i == 0 ? "" : tour.text("; ", "；"))
          .append(behaviours.get(i))
          .append(" → ")
          .append(label(tour, concepts.get(i)));
    }
    caseKey.append(tour.text(" (cx4j's reading of the case).", "（cx4j 对案例的解读）。"));
    NpsResult nps = Nps.of(TEN_GUESTS);
    Interval ci = nps.adjustedWald(0.95);
    IcebergEstimate ice = Iceberg.estimate(12);
    ComplaintCountermeasure easy = ComplaintCountermeasure.MAKE_COMPLAINING_EASY;
    StringBuilder scores = new StringBuilder();
    for (int s : TEN_GUESTS) {
      scores.append(scores.length() == 0 ? "" : tour.text(", ", "、")).append(s);
    }
    return List.of(
        new Exercise(
            tour.text(
                "Case question: what did the waitress do that won the guest's satisfaction?",
                "案例思考：服务员的什么行为赢得了客户的满意？"),
            caseKey.toString()),
        new Exercise(
            tour.text(
                "Task: ten guests answer \"how likely are you to recommend us?\" (0-10): "
                    + scores
                    + ". What is the NPS, with its 95% interval?",
                "任务：十位客人回答“您向别人推荐我们的可能性有多大？”（0 至 10 分）：" + scores + "。净推荐值（NPS）是多少？95% 区间是多少？"),
            String.format(
                Locale.ROOT,
                tour.text(
                    "NPS %.0f (%d promoters, %d detractors of %d); 95%% interval %.0f to %.0f"
                        + " (adjusted Wald).",
                    "NPS 为 %.0f（%d 位推荐者、%d 位贬损者，共 %d 位）；95%% 区间 %.0f 至 %.0f（调整 Wald 法）。"),
                nps.points(),
                Math.round(nps.promoterShare() * nps.n()),
                Math.round(nps.detractorShare() * nps.n()),
                nps.n(),
                ci.low() * 100,
                ci.high() * 100)),
        new Exercise(
            tour.text(
                "A restaurant receives 12 complaints this month. Using the course's figures (4%"
                    + " complain), how many guests were dissatisfied, and how many stayed silent?",
                "一家餐厅本月收到 12 件投诉。按课程的数字（4% 的人投诉），不满意的客人大约有多少？有多少人选择了沉默？"),
            String.format(
                Locale.ROOT,
                tour.text(
                    "About %.0f dissatisfied, %.0f of them silent.", "大约 %.0f 人不满意，其中 %.0f 人沉默。"),
                ice.dissatisfied(),
                ice.silent())),
        new Exercise(
            tour.text(
                "Which branch of the countermeasures does \"" + label(tour, easy) + "\" belong to?",
                "“" + label(tour, easy) + "”属于对策的哪一个方面？"),
            label(tour, easy.branch())));
  }
}
