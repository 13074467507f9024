/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cx4j.core.concept.BrandFunnel;
import io.github.cx4j.core.concept.ForwardIndicator;
import io.github.cx4j.core.concept.MarketingModel;
import io.github.cx4j.core.concept.ResponsibilityCircle;
import io.github.cx4j.core.concept.ResponsibilityStance;
import io.github.cx4j.core.concept.ServiceStyle;
import io.github.cx4j.core.customer.CustomerChoice;
import io.github.cx4j.core.customer.ValuePriceRatio;
import io.github.cx4j.examples.Cx4j;
import io.github.cx4j.examples.course.CustomerServiceCourse;
import io.github.cx4j.scoring.survey.Nps;
import io.github.cx4j.scoring.value.Clv;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The tour follows the course, in every language, with exercises and answer keys. */
class CourseTourTest {
  private static final Pattern HALF_WIDTH_BETWEEN_CJK =
      Pattern.compile("\\p{IsHan}[,.;:?!]\\p{IsHan}|\\p{IsHan}[,;:?!]|[,;:?!]\\p{IsHan}");
  private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_'\\-]*");

  /**
   * The ASCII words a Chinese tour may show besides codes and units: names of authors and models,
   * statistical notation, the course's own English names, a cited title, and the values of the
   * bundled example files (attribute, region and organisation names).
   */
  private static final Set<String> ALLOWED =
      Set.of(
          // authors and named methods
          "Wald",
          "Mehrabian",
          "Gupta",
          "Lehmann",
          "Fader",
          "Hardie",
          "Lee",
          "Dick",
          "Basu",
          "Kano",
          "Pareto",
          "Gini",
          "Wilson",
          "Fong",
          "Johnson",
          "Shapley",
          "Ringle",
          "Sarstedt",
          "Dijkstra",
          "Henseler",
          "Rocks",
          "Tango",
          "Cronbach",
          "Fornell",
          "Larcker",
          "Better",
          "Worse",
          "Gamma",
          // who proposed 4C and 4R (the marketing models of chapter 8)
          "Lauterborn",
          "Schultz",
          "Ettenberg",
          // Spark's own names (the Spark appendix)
          "Spark",
          "Dataset",
          "driver",
          // rule codes of the principle check's evidence
          "empathy",
          "negated",
          "blame",
          "apology",
          // agent ids and the routing rule code of the helpdesk section
          "wang",
          "chen",
          "sam",
          "skills",
          // the models' parameters and functions, as the formulas write them
          "beta",
          "delta",
          "exp",
          // model codes, as typed after --model
          "nbd",
          "bgnbd",
          "mbgnbd",
          "paretonbd",
          // notation
          "alive",
          "alpha",
          "gamma",
          "rho",
          "rhoA",
          "min",
          // the course's English names (file "CS Theory and Keeping Customers") and a cited title
          "Customer",
          "Satisfaction",
          "Corporation",
          "Identification",
          "corporate",
          "identity",
          "Customers",
          "as",
          "assets",
          // an R package cited by name
          "rfm",
          // values of the bundled example files
          "speed",
          "staff",
          "price",
          "app",
          "store",
          "east",
          "north",
          "south",
          "free",
          "parking",
          "live",
          "chat",
          "loyalty",
          "points",
          "mobile",
          "payment",
          "same",
          "day",
          "delivery",
          "Lakeside",
          "Hotel",
          "example");

  private static final StringWriter NO_ERR = new StringWriter();
  private static String en;
  private static String zh;
  private static String tw;

  static String run(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = Cx4j.run(args, new PrintWriter(o), new PrintWriter(e));
    assertEquals("", e.toString(), String.join(" ", args));
    assertEquals(0, code, String.join(" ", args));
    return o.toString();
  }

  @BeforeAll
  static void runTheWholeTourInThreeLanguages() {
    en = run("tour", "--answers");
    zh = run("tour", "--lang", "zh", "--answers");
    tw = run("tour", "--lang", "zh_TW", "--answers");
    assertEquals("", NO_ERR.toString());
  }

  /** The ASCII words of a Chinese output that are neither codes nor units nor allowed names. */
  static Set<String> englishWords(String output) {
    Set<String> found = new TreeSet<>();
    for (String line : output.split("\n")) {
      if (line.contains("cx4j ") || line.contains("/") || line.contains(" --")) {
        continue; // a command to type (options), or a file path: code
      }
      String stripped = line.strip();
      if (stripped
              .codePoints()
              .noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
          && (stripped.endsWith(";")
              || stripped.endsWith(",")
              || stripped.endsWith("{")
              || stripped.endsWith("}")
              || stripped.endsWith("("))) {
        continue; // a line of Java code printed as code
      }
      // file names (complaints.mv.db) and dotted identifiers are code
      Matcher m = WORD.matcher(line.replaceAll("[\\w\\-]+(\\.[A-Za-z]\\w*)+", " "));
      while (m.find()) {
        String w = m.group();
        boolean code =
            w.length() <= 2
                || !w.equals(w.toLowerCase(Locale.ROOT))
                    && !w.substring(1).equals(w.substring(1).toLowerCase(Locale.ROOT))
                || w.chars().anyMatch(c -> Character.isDigit(c) || c == '_' || c == '-');
        if (!code && !ALLOWED.contains(w)) {
          found.add(w + " in: " + line.strip());
        }
      }
    }
    return found;
  }

  @Test
  void chineseToursLeakNoEnglishAndUseFullWidthPunctuation() {
    for (String out : List.of(zh, tw)) {
      assertEquals(Set.of(), englishWords(out));
      List<String> bad = new ArrayList<>();
      for (String line : out.split("\n")) {
        if (HALF_WIDTH_BETWEEN_CJK.matcher(line).find()) {
          bad.add(line);
        }
      }
      assertEquals(List.of(), bad);
      assertFalse(out.contains("PT24H"));
      assertFalse(out.matches("(?s).*\\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \\d\\d-\\d\\d.*"));
    }
    assertTrue(englishWords("状态 Received").contains("Received in: 状态 Received"));
  }

  @Test
  void traditionalChineseIsTraditional() {
    assertTrue(tw.contains("第 1 章 CS 理論範疇與特徵"), tw);
    assertTrue(tw.contains("顧客"), tw);
    assertFalse(tw.contains("顾客"), "a simplified 顾 in the Traditional tour");
    assertEquals(zh.split("\n").length, tw.split("\n").length);
    assertTrue(run("tour", "--lang", "zh_HK", "--chapter", "1").contains("顧客"));
    // Taiwan's words for zh_TW only: 行銷 (marketing), 通路 (channel); Hong Kong keeps 營銷, 渠道
    assertTrue(tw.contains("4P行銷組合：產品、價格、通路、促銷"), tw);
    assertFalse(tw.contains("營銷"), "a mainland word in the Taiwan tour");
    assertTrue(tw.contains("「行銷學之父」"), "Taiwan's quotation marks");
    assertFalse(tw.contains("“"), "a mainland quotation mark in the Taiwan tour");
    String hk = run("tour", "--lang", "zh_HK", "--chapter", "8");
    assertTrue(hk.contains("4P營銷組合：產品、價格、渠道、促銷"), hk);
  }

  @Test
  void chaptersFollowTheCourseAndOpenWithObjectives() {
    String[] heads = {
      "Chapter 1. The scope and features of CS",
      "Chapter 2. The CS system",
      "Chapter 3. CS and CI",
      "Chapter 4. Keeping customers for ever",
      "Chapter 5. Service awareness and communication",
      "Chapter 6. Customer service and the choice of customers",
      "Chapter 7. Satisfaction and complaints",
      "Chapter 8. All-staff service",
      "Appendix A. Pictures"
    };
    int at = -1;
    for (String h : heads) {
      int i = en.indexOf(h);
      assertTrue(i > at, h + " out of order or missing");
      at = i;
    }
    assertEquals(8, en.split("-- Learning objectives", -1).length - 1);
    assertEquals(8, zh.split("-- 学习目标", -1).length - 1);
    assertTrue(zh.contains("掌握客户满意与客户满意度的基本概念（知识目标）"), "objectives of the course file");
    assertTrue(en.contains("3.1 CS theory") && en.contains("7.3 When things go wrong"), en);
    assertFalse(en.contains("source file") || zh.contains("源文件"));
    assertFalse(en.contains("Retention formula of the course") || en.contains("course's formula"));
    assertFalse(zh.contains("课程中的保留率公式"));
    assertTrue(en.contains("Gupta and Lehmann, \"Customers as assets\" (2003)"), en);
  }

  @Test
  void chapterNumbersSelectAsTheHeadingsPrintThem() {
    String five = run("tour", "--lang", "zh", "--chapter", "5");
    assertTrue(five.contains("第 5 章 服务意识与沟通技巧"), five);
    assertFalse(five.contains("第 4 章"));
    assertTrue(five.contains("答案：cx4j tour --chapter 5 --answers"), five);
    String seven = run("tour", "--chapter", "7");
    assertTrue(seven.contains("Chapter 7.") && seven.contains("7.5 Complaints in a database"));
    String section = run("tour", "--chapter", "7.3");
    assertTrue(section.contains("7.3 When things go wrong"));
    assertFalse(section.contains("Chapter 7."));
    assertEquals(section, run("tour", "--chapter", "70"));
    assertTrue(run("tour", "--chapter", "a").contains("Appendix A. Pictures"));
    String list = run("tour", "--list");
    assertTrue(list.contains("  5      Service awareness and communication"), list);
    assertTrue(list.contains("    7.4  SLA clocks"), list);
    assertFalse(list.contains("====="));
  }

  @Test
  void answerKeysAreComputedByTheLibrary() {
    String four = run("tour", "--chapter", "4", "--answers");
    assertTrue(
        four.contains(
            String.format(Locale.ROOT, "%.2f: m·r/(1+d−r)", Clv.retention(100, 0.8, 0.1))),
        four);
    String six = run("tour", "--chapter", "6", "--answers");
    assertTrue(six.contains(ServiceStyle.classify(0.8, 0.3).label(Locale.ENGLISH) + ": "), six);
    String seven = run("tour", "--chapter", "7", "--answers");
    assertTrue(
        seven.contains(
            String.format(
                Locale.ROOT, "NPS %.0f (", Nps.of(10, 9, 9, 8, 7, 10, 6, 9, 3, 10).points())),
        seven);
    assertTrue(seven.contains("Case question: what did the waitress do"), seven);
    String eight = run("tour", "--lang", "zh", "--chapter", "8", "--answers");
    BrandFunnel f = BrandFunnel.of(2000, 1500, 1200, 1000, 300, 200);
    assertTrue(
        eight.contains("在“" + f.weakestStep().dimension().label(Locale.CHINESE) + "”"), eight);
    assertTrue(eight.contains("找到 100 个让客户购买你的产品的理由"), eight);
    assertFalse(run("tour", "--chapter", "8").contains("Answer key"));
    for (TourChapter c : TourCommand.chapters()) {
      if (c instanceof CourseChapter) {
        for (Locale l : List.of(Locale.ENGLISH, Locale.CHINESE)) {
          try {
            List<Exercise> ex = c.exercises(new Tour(new PrintWriter(new StringWriter()), l));
            assertTrue(ex.size() >= 2, c.getClass().getSimpleName());
          } catch (Exception e) {
            throw new AssertionError(e);
          }
        }
      }
    }
  }

  @Test
  void bilingualToursPrintEachLineInBothLanguages() {
    String both = run("tour", "--lang", "en+zh", "--chapter", "1");
    assertTrue(both.contains("Chapter 1. The scope and features of CS\n第 1 章 CS 理论范畴与特征\n"), both);
    assertTrue(both.contains("-- Learning objectives\n-- 学习目标\n"), both);
  }

  /** A chapter another engineer adds, which the tour has never heard of. */
  record Stranger(int order) implements TourChapter {
    @Override
    public String title(Tour tour) {
      return "stranger " + order;
    }

    @Override
    public void run(Tour tour) {
      tour.println("hello");
    }
  }

  @Test
  void aChapterTheTourDoesNotKnowIsPlacedByItsOrderAlone() {
    List<TourChapter> all = new ArrayList<>(TourCommand.chapters());
    // the tour has a helpdesk chapter at 78 (section 7.6) and a Spark chapter at 95 (appendix B)
    Stranger helpdesk = new Stranger(79);
    Stranger spark = new Stranger(96);
    Stranger course = new Stranger(450);
    Stranger late = new Stranger(950);
    all.addAll(List.of(helpdesk, spark, course, late));
    TourOutline outline = TourOutline.of(all);
    assertEquals("7.7", outline.numberOf(helpdesk));
    assertEquals("C", outline.numberOf(spark));
    assertEquals("D", outline.numberOf(late));
    assertTrue(outline.numberOf(course).startsWith("4."), outline.numberOf(course));
    assertEquals(7, TourOutline.place(78));
    assertEquals(4, TourOutline.place(10));
    assertEquals(3, TourOutline.place(20));
    assertEquals(7, TourOutline.place(30));
    assertEquals(4, TourOutline.place(50));
    assertEquals(6, TourOutline.place(60));
    assertEquals(TourOutline.APPENDIX, TourOutline.place(90));
    assertEquals(1, TourOutline.place(5));
    assertEquals(8, TourOutline.place(899));
    StringWriter text = new StringWriter();
    Tour tour = new Tour(new PrintWriter(text), Locale.CHINESE);
    assertEquals("7.7 stranger 79", outline.heading(helpdesk, tour));
    assertEquals("附录 C stranger 96", outline.heading(spark, tour));
  }

  @Test
  void chinesePolish() {
    assertEquals("周六 03-07 22:45 时限 24 小时", TourWords.chinese("Sat 03-07 22:45 时限 PT24H"));
    assertEquals("1 小时 40 分钟", TourWords.chinese("PT1H40M"));
    assertEquals("10:30 左右，P(alive) 为 0.5。", TourWords.chinese("10:30 左右,P(alive) 为 0.5."));
    assertEquals("调用 allowing()。", TourWords.chinese("调用 allowing()."));
    assertEquals("（见上）", TourWords.chinese("(见上)"));
    Tour zhTour = new Tour(new PrintWriter(new StringWriter()), Locale.CHINESE);
    assertEquals("已受理", TourWords.event(zhTour, "Received"));
    assertEquals("NoSuchEvent", TourWords.event(zhTour, "NoSuchEvent"));
    assertEquals("暂停 (PENDING)", TourWords.clockNote(zhTour, "paused (PENDING)"));
    assertEquals(
        "重开 (RESUME)，从第 1 周期接续 PT1H40M",
        TourWords.clockNote(zhTour, "reopened (RESUME), resuming PT1H40M from cycle 1"));
    assertEquals("3 个工作日", TourWords.clockName(zhTour, "3 business days"));
    Tour enTour = new Tour(new PrintWriter(new StringWriter()), Locale.ENGLISH);
    assertEquals("paused (PENDING)", TourWords.clockNote(enTour, "paused (PENDING)"));
    assertEquals("Received", TourWords.event(enTour, "Received"));
  }

  @Test
  void theCourseChaptersComputeWhatTheHeadingsDescribe() {
    // chapter 5: the late-for-the-meeting slide, circle -> stance -> consequences
    String five = run("tour", "--lang", "zh", "--chapter", "5", "--answers");
    assertTrue(five.contains("-- 你为什么开会迟到？"), five);
    assertTrue(five.contains("“交通。”（无法控制的外部事物）→ 受害者"), five);
    assertTrue(five.contains("“我出发的太晚（未考虑到交通）。”（控制（自己））→ 担当者"), five);
    assertTrue(five.contains("(−) " + ResponsibilityStance.OWNER.costs(Locale.CHINESE)), five);
    assertTrue(
        five.contains(
            "无法控制的外部事物 → " + ResponsibilityCircle.CONCERN.stance().label(Locale.CHINESE) + "（"),
        five);
    // chapter 6: best and worst by profit after the cost of service, the value/price ratio
    String six = run("tour", "--chapter", "6", "--answers");
    CustomerChoice ten = CustomerChoice.of(CustomerServiceCourse.tenServed());
    assertTrue(
        six.contains(
            "Best: "
                + ten.best(2).get(0).id()
                + ", "
                + ten.best(2).get(1).id()
                + "; worst: "
                + ten.worst(2).get(0).id()
                + ", "
                + ten.worst(2).get(1).id()
                + "."),
        six);
    assertTrue(six.contains("Best: C01, C03; worst: C05, C02."), six);
    assertTrue(
        six.contains(
            String.format(Locale.ROOT, "service costs %.0f%% of revenue", 100 * ten.costShare())),
        six);
    ValuePriceRatio shop = ValuePriceRatio.of(160, 200);
    ValuePriceRatio rival = ValuePriceRatio.of(180, 150);
    assertTrue(
        six.contains(
            String.format(
                Locale.ROOT,
                "Not worth its price (ratio %.2f against %.2f): lower the price to %.0f",
                shop.ratio(),
                rival.ratio(),
                shop.priceToMatch(rival))),
        six);
    assertTrue(six.contains("Best A (profit 900), worst B (profit -250)"), six);
    // chapter 8: who proposed 4P/4C/4R, and the forward indicators scored
    String eight = run("tour", "--chapter", "8", "--answers");
    assertTrue(eight.contains(MarketingModel.FOUR_P.attribution(Locale.ENGLISH)), eight);
    assertTrue(eight.contains("McCarthy") && eight.contains("Ettenberg"), eight);
    Map<ForwardIndicator, Integer> shopIndicators = new EnumMap<>(ForwardIndicator.class);
    shopIndicators.put(ForwardIndicator.CUSTOMER_SATISFACTION, 82);
    shopIndicators.put(ForwardIndicator.EMPLOYEE_SATISFACTION, 58);
    shopIndicators.put(ForwardIndicator.CUSTOMER_LOYALTY, 70);
    assertTrue(
        eight.contains(
            String.format(
                Locale.ROOT,
                "Mean %.1f of 100; the weakest is %s.",
                ForwardIndicator.score(shopIndicators),
                ForwardIndicator.weakest(shopIndicators).label(Locale.ENGLISH))),
        eight);
    assertTrue(eight.contains("the mean of the three is 64.7 of 100"), eight);
    // checklists one can score: the ten norms (equal weights), the weighted inspection
    assertTrue(eight.contains(": 40 of 100 (cx4j's: the share of the norms met"), eight);
    assertTrue(eight.contains("50 of 100; first: Leadership awareness."), eight);
  }
}
