/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.Labelled;
import io.github.cx4j.core.customer.StrategicCriterion;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The course's headings as values, and the quality of every text of the vocabulary. */
class CourseVocabularyTest {
  private static final Locale TW = Locale.TRADITIONAL_CHINESE;

  /** Half-width punctuation next to a Han character. */
  private static final Pattern HALF_WIDTH_IN_CJK =
      Pattern.compile("\\p{IsHan}[,.;:?!]|[,;:?!]\\p{IsHan}");

  /**
   * What a description says beyond its label: the description with the label, digits, punctuation
   * and spaces removed.
   */
  static String beyondLabel(String description, String label) {
    String rest = description.toLowerCase(Locale.ROOT).replace(label.toLowerCase(Locale.ROOT), "");
    return rest.replaceAll("[\\p{P}\\p{S}\\p{Z}\\d]", "");
  }

  @Test
  void everyDescriptionSaysMoreThanItsLabelOrANumber() {
    List<String> thin = new ArrayList<>();
    for (ConceptGroup group : Vocabulary.groups()) {
      for (Labelled c : group.concepts()) {
        String where = group.code() + "." + c.code();
        if (beyondLabel(c.description(Locale.ENGLISH), c.label(Locale.ENGLISH)).length() < 12) {
          thin.add(where + " (en): " + c.description(Locale.ENGLISH));
        }
        if (beyondLabel(c.description(Locale.CHINESE), c.label(Locale.CHINESE)).length() < 4) {
          thin.add(where + " (zh): " + c.description(Locale.CHINESE));
        }
      }
    }
    assertEquals(List.of(), thin);
  }

  @Test
  void theCheckCatchesThePlaceholdersItWasWrittenFor() {
    assertTrue(beyondLabel("铁律1。", "顾客是公司里最重要的人").length() < 4);
    assertTrue(beyondLabel("Secret 3.", "Care for every customer like family").length() < 12);
    assertTrue(beyondLabel("价格。", "价格").isEmpty());
    assertTrue(beyondLabel("方法40：微笑。", "微笑").length() < 4);
  }

  @Test
  void chineseTextHasNoHalfWidthPunctuationNextToHanCharacters() {
    List<String> bad = new ArrayList<>();
    for (Locale locale : List.of(Locale.CHINESE, TW)) {
      for (ConceptGroup group : Vocabulary.groups()) {
        List<Labelled> all = new ArrayList<>(group.concepts());
        all.add(group);
        for (Labelled c : all) {
          for (String text : List.of(c.label(locale), c.description(locale))) {
            Matcher m = HALF_WIDTH_IN_CJK.matcher(text);
            if (m.find()) {
              bad.add(group.code() + "." + c.code() + " " + locale + ": " + text);
            }
          }
        }
      }
    }
    assertEquals(List.of(), bad);
    assertTrue(HALF_WIDTH_IN_CJK.matcher("顾客,员工").find());
    assertFalse(HALF_WIDTH_IN_CJK.matcher("10:30 左右，P(alive) 为 0.5").find());
  }

  @Test
  void traditionalChineseForTaiwanHongKongAndTheHantScript() {
    assertEquals("愤怒", CustomerState.IRATE.label(Locale.CHINESE));
    for (Locale l : List.of(TW, Locale.forLanguageTag("zh-HK"), Locale.forLanguageTag("zh-Hant"))) {
      assertEquals("憤怒", CustomerState.IRATE.label(l), l.toString());
      assertEquals("無形性", ServiceCharacteristic.INTANGIBILITY.label(l), l.toString());
    }
    assertEquals("愤怒", CustomerState.IRATE.label(Locale.forLanguageTag("zh-Hans-SG")));
    // Taiwan's words for zh-TW and zh-Hant, the plain conversion for Hong Kong and Macao
    assertEquals("通路", MarketingElement.PLACE.label(TW));
    assertEquals("通路", MarketingElement.PLACE.label(Locale.forLanguageTag("zh-Hant")));
    assertEquals("渠道", MarketingElement.PLACE.label(Locale.forLanguageTag("zh-HK")));
    assertEquals("渠道", MarketingElement.PLACE.label(Locale.forLanguageTag("zh-Hant-MO")));
    assertEquals("渠道", MarketingElement.PLACE.label(Locale.CHINESE));
    for (ConceptGroup group : Vocabulary.groups()) {
      for (Labelled c : group.concepts()) {
        assertFalse(c.label(TW).isBlank(), c.code());
        assertTrue(VocabularyProperties.hasCjk(c.description(TW)), c.code());
      }
    }
  }

  @Test
  void labelsKeepTheSeedsWording() {
    assertEquals(
        "顾客来访是来协助你成功，而你服务顾客却非帮助顾客", IronRule.CUSTOMERS_HELP_YOU_SUCCEED.label(Locale.CHINESE));
    assertEquals(
        "顾客就像你的产品、员工、设备一样，是你事业的一部分",
        IronRule.CUSTOMERS_ARE_PART_OF_THE_BUSINESS.label(Locale.CHINESE));
    assertEquals("顾客是你事业的命脉，没有顾客也就没有你的事业", IronRule.LIFEBLOOD.label(Locale.CHINESE));
    assertEquals(
        "因你的资源和工作团队提供的完善、长远的服务给顾客带来的利益", CustomerRight.LONG_TERM_BENEFIT.label(Locale.CHINESE));
    assertEquals("服务不是赚钱，是单赢而不是双赢", ServiceCaution.NOT_ABOUT_MONEY.label(Locale.CHINESE));
    assertEquals(
        "服务不是可以马上做到的提升，而是需要过程改善和企业文化支撑",
        ServiceCaution.NEEDS_PROCESS_AND_CULTURE.label(Locale.CHINESE));
    assertEquals(
        "围绕“顾客完全满意”建设新的企业文化", ComplaintCountermeasure.TOTAL_SATISFACTION.label(Locale.CHINESE));
  }

  @Test
  void theCountermeasuresKeepTheirTwoBranches() {
    assertEquals(
        List.of(
            ComplaintCountermeasure.SELL_GOOD_PRODUCTS,
            ComplaintCountermeasure.PROVIDE_GOOD_SERVICE,
            ComplaintCountermeasure.TRAIN_COMPLAINT_HANDLING,
            ComplaintCountermeasure.TOTAL_SATISFACTION),
        CountermeasureBranch.REDUCE_COMPLAINTS.countermeasures());
    assertEquals(4, CountermeasureBranch.HANDLE_EFFECTIVELY.countermeasures().size());
    assertEquals("有效处理顾客投诉", CountermeasureBranch.HANDLE_EFFECTIVELY.label(Locale.CHINESE));
    // the two items that belonged to the countermeasures slide are gone from service satisfaction
    assertEquals(5, ServiceSatisfactionMeans.values().length);
  }

  @Test
  void oneStrategicCriterionWithTheSeedsSevenCriteria() {
    assertEquals(7, StrategicCriterion.values().length);
    assertEquals("独特的增值机会", StrategicCriterion.UNIQUE_VALUE_ADD.label(Locale.CHINESE));
  }

  @Test
  void chainsWalkInTheCoursesOrder() {
    ConceptFlow<ThoughtChainStep> chain = ConceptFlow.of(ThoughtChainStep.class);
    assertEquals("思想 → 情绪 → 行为 → 结果", chain.render(Locale.CHINESE));
    assertEquals("Thought → Emotion → Behaviour → Result", chain.render(Locale.ENGLISH));
    assertEquals(ThoughtChainStep.THOUGHT, chain.first());
    assertEquals(Optional.of(ThoughtChainStep.EMOTION), chain.next(ThoughtChainStep.THOUGHT));
    assertEquals(Optional.empty(), chain.next(ThoughtChainStep.RESULT));
    assertEquals(Optional.empty(), chain.previous(ThoughtChainStep.THOUGHT));
    assertEquals(Optional.of(ThoughtChainStep.BEHAVIOUR), chain.previous(ThoughtChainStep.RESULT));
    ConceptFlow<ExpressionStep> expression = ConceptFlow.of(ExpressionStep.class);
    assertEquals("刺激 → 反应 → 回应", expression.render(Locale.CHINESE));
    assertEquals(
        Optional.empty(),
        expression.firstMistake(expression.parse(List.of("STIMULUS", "REACTION", "RESPONSE"))));
    assertEquals(
        Optional.of(1),
        expression.firstMistake(expression.parse(List.of("STIMULUS", "RESPONSE", "REACTION"))));
    assertEquals(
        Optional.of(2), expression.firstMistake(expression.parse(List.of("STIMULUS", "REACTION"))));
    CxValidationException e =
        assertThrows(
            CxValidationException.class, () -> expression.parse(List.of("STIMULUS", "ANGER")));
    assertEquals(
        "ExpressionStep.code must be one of [STIMULUS, REACTION, RESPONSE], was \"ANGER\"",
        e.getMessage());
    assertEquals(
        "企业对待员工 → 员工对待顾客 → 顾客对待企业", ConceptFlow.of(RelationMirror.class).render(Locale.CHINESE));
  }

  @Test
  void theScriptMapPlacesAPhraseInItsQuadrant() {
    assertEquals(PhraseQuadrant.FIRST, PhraseQuadrant.of(true, true));
    assertEquals(PhraseQuadrant.SECOND, PhraseQuadrant.of(true, false));
    assertEquals(PhraseQuadrant.THIRD, PhraseQuadrant.of(false, false));
    assertEquals(PhraseQuadrant.FOURTH, PhraseQuadrant.of(false, true));
    for (PhraseQuadrant q : PhraseQuadrant.values()) {
      assertEquals(q, PhraseQuadrant.of(q.customersLikeToHear(), q.staffLikeToSay()));
    }
  }

  @Test
  void theBrandFunnelComputesSharesConversionsScoreAndTheWeakestStep() {
    BrandFunnel f = BrandFunnel.of(1000, 800, 600, 450, 180, 90);
    assertEquals(0.8, f.stages().get(0).shareOfAudience(), 1e-12);
    assertEquals(0.75, f.stages().get(1).conversion(), 1e-12);
    assertEquals(0.4, f.stages().get(3).conversion(), 1e-12);
    assertEquals(BrandDimension.LOYALTY, f.weakestStep().dimension());
    assertEquals(100.0 * (0.8 + 0.6 + 0.45 + 0.18 + 0.09) / 5, f.score(), 1e-12);
    BrandFunnel empty = BrandFunnel.of(10, 0, 0, 0, 0, 0);
    assertEquals(0.0, empty.score());
    assertEquals(BrandDimension.AWARENESS, empty.weakestStep().dimension());
    assertEquals(0.0, empty.stages().get(4).conversion());
  }

  @Test
  void aBrandFunnelThatGrowsIsRejectedWithTheDimensionAndTheValue() {
    assertEquals(
        "BrandFunnel.SATISFACTION must be at most REPUTATION (600), was 700",
        assertThrows(CxValidationException.class, () -> BrandFunnel.of(1000, 800, 600, 700, 1, 0))
            .getMessage());
    assertEquals(
        "BrandFunnel.AWARENESS must be at most audience (10), was 11",
        assertThrows(CxValidationException.class, () -> BrandFunnel.of(10, 11, 0, 0, 0, 0))
            .getMessage());
    assertEquals(
        "BrandFunnel.LOYALTY must be at least 0, was -1",
        assertThrows(CxValidationException.class, () -> BrandFunnel.of(10, 5, 5, 5, -1, 0))
            .getMessage());
    assertEquals(
        "BrandFunnel.audience must be more than 0, was 0",
        assertThrows(CxValidationException.class, () -> BrandFunnel.of(0, 0, 0, 0, 0, 0))
            .getMessage());
    assertEquals(
        "BrandFunnel.counts must have one count per dimension (5), was 3",
        assertThrows(CxValidationException.class, () -> BrandFunnel.of(10, 1, 1, 1)).getMessage());
  }

  @Test
  void headingsWithBehaviour() {
    assertEquals(
        List.of(AllStaffService.TOP_PAY_FOR_SERVICE), AllStaffService.missingLandings(true, false));
    assertEquals(List.of(), AllStaffService.missingLandings(true, true));
    assertEquals(AllStaffService.landings(), AllStaffService.missingLandings(false, false));
    assertTrue(AllStaffService.SERVICE_DEPARTMENT.isLanding());
    assertFalse(AllStaffService.ULTIMATE_GOAL.isLanding());
    assertEquals(
        List.of(CsLayerPart.WHAT_IS_VHS, CsLayerPart.VHS_STRUCTURE, CsLayerPart.VHS_DESIGN),
        CsLayerPart.of(CsLayer.VISUAL_HEARING_SATISFACTION));
    for (CsLayer layer : CsLayer.values()) {
      assertEquals(3, CsLayerPart.of(layer).size());
    }
    assertEquals(4, LearningObjective.of(CourseFile.CUSTOMER_SERVICE).size());
    assertEquals(7, LearningObjective.of(CourseFile.SATISFACTION_MANAGEMENT).size());
    assertEquals(
        2,
        LearningObjective.of(CourseFile.SATISFACTION_MANAGEMENT).stream()
            .filter(o -> o.kind() == LearningObjective.Kind.SKILL)
            .count());
    assertEquals(List.of(), LearningObjective.of(CourseFile.ALL_STAFF_SERVICE));
    assertEquals(1, ServiceMaxim.NEXT_PROCESS_IS_YOUR_CUSTOMER.lecture());
    assertEquals(3, ServiceMaxim.SERVICE_IS_LIFESPAN.lecture());
    assertEquals("产品的服务是企业的寿命", ServiceMaxim.SERVICE_IS_LIFESPAN.label(Locale.CHINESE));
  }

  @Test
  void theMythAndItsCorrection() {
    ServiceMyth m = ServiceMyth.MORE_IS_SPECIAL;
    assertEquals("特别服务就是要六样给八样", m.label(Locale.CHINESE));
    assertTrue(m.correction(Locale.CHINESE).startsWith("错！"), m.correction(Locale.CHINESE));
    assertTrue(m.correction(Locale.ENGLISH).startsWith("Wrong."));
    assertTrue(m.correction(TW).startsWith("錯！"), m.correction(TW));
    assertNotEquals(
        ServiceMyth.GAIN_IS_LUCK_LOSS_IS_FATE.label(Locale.CHINESE),
        ServiceMyth.GAIN_IS_LUCK_LOSS_IS_FATE.correction(Locale.CHINESE));
  }
}
