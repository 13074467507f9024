/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.course;

import io.github.cx4j.core.concept.AllStaffService;
import io.github.cx4j.core.concept.AllStaffServiceStep;
import io.github.cx4j.core.concept.BehaviourNorm;
import io.github.cx4j.core.concept.BrandDimension;
import io.github.cx4j.core.concept.BrandFunnel;
import io.github.cx4j.core.concept.ConceptChecklist;
import io.github.cx4j.core.concept.ConceptFlow;
import io.github.cx4j.core.concept.CourseFile;
import io.github.cx4j.core.concept.EnterpriseLevel;
import io.github.cx4j.core.concept.ForwardIndicator;
import io.github.cx4j.core.concept.GoodServiceStandard;
import io.github.cx4j.core.concept.GoodServiceTrait;
import io.github.cx4j.core.concept.InspectionDimension;
import io.github.cx4j.core.concept.MarketPosition;
import io.github.cx4j.core.concept.MarketingModel;
import io.github.cx4j.core.concept.MindsetDirection;
import io.github.cx4j.core.concept.ServiceAttitude;
import io.github.cx4j.core.concept.ServiceCaution;
import io.github.cx4j.core.concept.ServiceManagementPrinciple;
import io.github.cx4j.core.concept.ServiceMaxim;
import io.github.cx4j.core.concept.ServiceMyth;
import io.github.cx4j.core.concept.ServicePositioning;
import io.github.cx4j.core.concept.ServicePrinciple;
import io.github.cx4j.core.concept.StakeholderPriority;
import io.github.cx4j.core.concept.StpStep;
import io.github.cx4j.examples.tour.CourseChapter;
import io.github.cx4j.examples.tour.Exercise;
import io.github.cx4j.examples.tour.Tour;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Course chapter 8, all-staff service (course file "All-Staff Service", five lectures): the maxims,
 * 4P to 4S, the order of stakeholders, the levels of companies, the brand's five dimensions
 * computed as a funnel, the ten cautions, all-staff service with its goal, steps and two landings,
 * the ways to manage and inspect it, and the mindset, SERVICE and the ten norms. It ends with the
 * course's own exercise: find 100 reasons for a customer to buy.
 */
public final class AllStaffServiceCourse extends CourseChapter {

  /** An example audience and the counts reaching each of the five dimensions. */
  static final long AUDIENCE = 1000;

  /** Awareness, reputation, satisfaction, loyalty and dependence of the example. */
  static final long[] REACHED = {800, 600, 450, 180, 90};

  /** An example company's forward indicators, each from 0 to 100. */
  static final Map<ForwardIndicator, Integer> INDICATORS = indicators(78, 61, 55);

  /** For {@link java.util.ServiceLoader}. */
  public AllStaffServiceCourse() {}

  @Override
  public int order() {
    return 800;
  }

  @Override
  public String title(Tour tour) {
    return tour.text("All-staff service", "全员服务");
  }

  @Override
  public CourseFile course() {
    return CourseFile.ALL_STAFF_SERVICE;
  }

  @Override
  public List<String> objectives(Tour tour) {
    return List.of(
        tour.text(
            "Explain the service chain: the next process is your customer.", "解释服务链：下一道工序就是你的客户。"),
        tour.text(
            "Follow marketing from 4P to 4S and the brand's five dimensions as a funnel.",
            "理解从 4P 到 4S 的演变，并把品牌的五度空间当作漏斗来计算。"),
        tour.text(
            "State what all-staff service is, its ultimate goal, its four steps and two landings.",
            "说出全员服务的含义、终极目标、四个步骤和两个落地。"),
        tour.text(
            "Practise the mindset of service and the ten norms of behaviour.",
            "修炼服务的心态，践行十个行为规范。"));
  }

  @Override
  protected void body(Tour tour) {
    group(tour, ServiceMaxim.class);
    tour.heading("From 4P to 4C, 4R and 4S", "从 4P 到 4C、4R 再到 4S");
    for (MarketingModel m : MarketingModel.values()) {
      tour.println("  " + label(tour, m) + tour.text(": ", "：") + labels(tour, m.elements()));
      tour.println("    " + m.attribution(tour.locale()));
    }
    group(tour, StakeholderPriority.class);
    group(tour, EnterpriseLevel.class);
    group(tour, ForwardIndicator.class);
    forwardIndicators(tour, INDICATORS);
    tour.heading("The brand's five dimensions as a funnel", "品牌的五度空间：一个漏斗");
    BrandFunnel funnel = BrandFunnel.of(AUDIENCE, REACHED);
    List<List<String>> rows = new ArrayList<>();
    rows.add(
        List.of(
            tour.text("Dimension", "维度"),
            tour.text("People", "人数"),
            tour.text("Of all", "占全部"),
            tour.text("Of the step before", "占上一步")));
    for (BrandFunnel.Stage s : funnel.stages()) {
      rows.add(
          List.of(
              label(tour, s.dimension()),
              String.valueOf(s.count()),
              String.format(Locale.ROOT, "%.0f%%", 100 * s.shareOfAudience()),
              String.format(Locale.ROOT, "%.0f%%", 100 * s.conversion())));
    }
    tour.table(rows);
    tour.say(
        String.format(
            Locale.ROOT,
            "Brand score %.1f of 100 (cx4j's: the mean share over the five stages); the funnel"
                + " leaks most at %s.",
            funnel.score(),
            label(tour, funnel.weakestStep().dimension())),
        String.format(
            Locale.ROOT,
            "品牌得分 %.1f（满分 100，cx4j 的算法：五个阶段所占比例的平均值）；漏斗在“%s”这一步流失最多。",
            funnel.score(),
            label(tour, funnel.weakestStep().dimension())));
    group(tour, ServiceCaution.class);
    group(tour, AllStaffService.class);
    group(tour, GoodServiceStandard.class);
    group(tour, GoodServiceTrait.class);
    group(tour, StpStep.class);
    group(tour, MarketPosition.class);
    group(tour, ServicePositioning.class);
    group(tour, AllStaffServiceStep.class);
    tour.println(ConceptFlow.of(AllStaffServiceStep.class).render(tour.locale()));
    group(tour, ServiceManagementPrinciple.class);
    group(tour, InspectionDimension.class);
    group(tour, ServiceAttitude.class);
    group(tour, MindsetDirection.class);
    ServiceMyth fate = ServiceMyth.GAIN_IS_LUCK_LOSS_IS_FATE;
    tour.println(label(tour, fate) + tour.text(" → ", " → ") + fate.correction(tour.locale()));
    group(tour, ServicePrinciple.class);
    group(tour, BehaviourNorm.class);
    ConceptChecklist<BehaviourNorm> norms = ConceptChecklist.of(BehaviourNorm.class);
    List<BehaviourNorm> newHire =
        List.of(
            BehaviourNorm.WARM_HEART,
            BehaviourNorm.SWEET_WORDS,
            BehaviourNorm.SMILING_FACE,
            BehaviourNorm.QUICK_HANDS);
    tour.heading("The ten norms as a checklist", "十个行为规范：一张可以打分的检查表");
    tour.say(
        String.format(
            Locale.ROOT,
            "A new employee meets %s: %.0f of 100 (cx4j's: the share of the norms met, equal"
                + " weights); still to work on: %s; first: %s.",
            labels(tour, newHire),
            norms.score(newHire),
            labels(tour, norms.missing(newHire)),
            label(tour, norms.firstToFix(newHire).orElseThrow())),
        String.format(
            Locale.ROOT,
            "一位新员工做到了%s：得分 %.0f（满分 100，cx4j 的算法：做到的规范所占比例，各项等权）；还要修炼：%s；先练“%s”。",
            labels(tour, newHire),
            norms.score(newHire),
            labels(tour, norms.missing(newHire)),
            label(tour, norms.firstToFix(newHire).orElseThrow())));
  }

  static Map<ForwardIndicator, Integer> indicators(
      int customerSatisfaction, int employeeSatisfaction, int customerLoyalty) {
    Map<ForwardIndicator, Integer> m = new EnumMap<>(ForwardIndicator.class);
    m.put(ForwardIndicator.CUSTOMER_SATISFACTION, customerSatisfaction);
    m.put(ForwardIndicator.EMPLOYEE_SATISFACTION, employeeSatisfaction);
    m.put(ForwardIndicator.CUSTOMER_LOYALTY, customerLoyalty);
    return m;
  }

  private static void forwardIndicators(Tour tour, Map<ForwardIndicator, Integer> scores) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<ForwardIndicator, Integer> e : scores.entrySet()) {
      parts.add(label(tour, e.getKey()) + " " + e.getValue());
    }
    tour.say(
        String.format(
            Locale.ROOT,
            "Beside the annual report: %s; the mean of the three is %.1f of 100 (cx4j's equal"
                + " weights), the weakest is %s.",
            String.join(", ", parts),
            ForwardIndicator.score(scores),
            label(tour, ForwardIndicator.weakest(scores))),
        String.format(
            Locale.ROOT,
            "财报年报之外：%s；三项的平均值为 %.1f（满分 100，cx4j 按等权计算），最弱的是“%s”。",
            String.join("，", parts),
            ForwardIndicator.score(scores),
            label(tour, ForwardIndicator.weakest(scores))));
  }

  @Override
  public List<Exercise> exercises(Tour tour) {
    Map<ForwardIndicator, Integer> shop = indicators(82, 58, 70);
    BrandFunnel funnel = BrandFunnel.of(2000, 1500, 1200, 1000, 300, 200);
    List<AllStaffService> missing = AllStaffService.missingLandings(true, false);
    ServiceAttitude product = ServiceAttitude.TOWARDS_PRODUCT;
    Map<InspectionDimension, Integer> weights = new EnumMap<>(InspectionDimension.class);
    weights.put(InspectionDimension.LEADERSHIP_AWARENESS, 3);
    weights.put(InspectionDimension.STAFF_ATTITUDE, 2);
    weights.put(InspectionDimension.PERSONAL_CONDUCT, 2);
    weights.put(InspectionDimension.FRONT_LINE_IMAGE, 1);
    weights.put(InspectionDimension.CUSTOMER_WORD_OF_MOUTH, 2);
    ConceptChecklist<InspectionDimension> inspection =
        ConceptChecklist.weighted(InspectionDimension.class, weights);
    List<InspectionDimension> passed =
        List.of(
            InspectionDimension.STAFF_ATTITUDE,
            InspectionDimension.FRONT_LINE_IMAGE,
            InspectionDimension.CUSTOMER_WORD_OF_MOUTH);
    return List.of(
        new Exercise(
            tour.text(
                "The course's exercise: shut yourself away for three days and find 100 reasons for"
                    + " a customer to buy your product. Why does the course ask for so many?",
                "课程的练习：作为销售，试试闭关三天，找到 100 个让客户购买你的产品的理由。课程为什么要找这么多？"),
            tour.text(
                    "The reasons a customer has to buy decide your influence: the more you find, the"
                        + " more influence you have (attitude to the product: ",
                    "客户要买的理由决定了你的影响力：你总结出越多客户要买的理由，你就越有影响力（对产品的态度：")
                + product.description(tour.locale())
                + tour.text(")", "）")),
        new Exercise(
            tour.text(
                "Task: of 2,000 people asked, 1,500 know the brand, 1,200 think well of it, 1,000"
                    + " are satisfied, 300 are loyal and 200 depend on it. Compute the funnel: where"
                    + " does it leak most?",
                "任务：调查 2000 人，其中 1500 人知道这个品牌，1200 人认为它好，1000 人满意，300 人忠诚，200 人依赖它。计算这个漏斗：哪一步流失最多？"),
            String.format(
                Locale.ROOT,
                tour.text(
                    "At %s: only %.0f%% of the step before stay; brand score %.1f.",
                    "在“%s”：只有上一步的 %.0f%% 留下来；品牌得分 %.1f。"),
                label(tour, funnel.weakestStep().dimension()),
                100 * funnel.weakestStep().conversion(),
                funnel.score())),
        new Exercise(
            tour.text(
                "A company has created a service department but pays it like any other. Has"
                    + " all-staff service landed?",
                "一家公司成立了服务部门，但服务部门的薪酬和其他部门一样。全员服务落地了吗？"),
            tour.text("Not yet; missing: ", "还没有；缺少：")
                + labels(tour, missing)
                + tour.text(".", "。")),
        new Exercise(
            tour.text(
                "Put the four steps of all-staff service in order, and say which one makes the"
                    + " intangible tangible.",
                "把全员服务的四个步骤排好顺序，并说出哪一步把无形的服务有形化。"),
            ConceptFlow.of(AllStaffServiceStep.class).render(tour.locale())
                + tour.text("; ", "；")
                + label(tour, AllStaffServiceStep.VISUAL)
                + tour.text(": ", "：")
                + AllStaffServiceStep.VISUAL.description(tour.locale())),
        new Exercise(
            tour.text(
                "Task: an inspection weighs leadership awareness 3, staff attitude 2, personal"
                    + " conduct 2, front-line image 1 and customer word of mouth 2. A store passes"
                    + " "
                    + labels(tour, passed)
                    + ". Score it out of 100: where should it work first?",
                "任务：检查落地情况时，领导意识记 3 分，员工态度 2 分，个人言行 2 分，终端形象 1 分，客户口碑 2 分。一家门店通过了"
                    + labels(tour, passed)
                    + "。按满分 100 计算它的得分：应该先改进哪一项？"),
            String.format(
                Locale.ROOT,
                tour.text("%.0f of 100; first: %s.", "%.0f 分（满分 100）；先改进“%s”。"),
                inspection.score(passed),
                label(tour, inspection.firstToFix(passed).orElseThrow()))),
        new Exercise(
            tour.text(
                "A shop's annual report shows record profits; its customer satisfaction is 82,"
                    + " employee satisfaction 58 and customer loyalty 70 (each of 100). What do the"
                    + " forward indicators say, and where should it work first?",
                "一家店的年报显示利润创新高；它的客户满意度 82、员工满意度 58、客户忠诚度 70（满分都是 100）。未来性指标说明什么？应该先在哪里下功夫？"),
            String.format(
                Locale.ROOT,
                tour.text("Mean %.1f of 100; the weakest is %s.", "平均 %.1f（满分 100）；最弱的是“%s”。"),
                ForwardIndicator.score(shop),
                label(tour, ForwardIndicator.weakest(shop)))),
        new Exercise(
            tour.text(
                "Which dimension of the brand comes right after satisfaction?",
                "品牌的五度空间中，紧接在满意度之后的是哪一度？"),
            label(
                tour,
                ConceptFlow.of(BrandDimension.class)
                    .next(BrandDimension.SATISFACTION)
                    .orElseThrow())));
  }
}
