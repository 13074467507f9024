/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.cx4j.core.CxValidationException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The marketing models' attributions, the forward indicators' score, and the two stances. */
class CourseBehaviourTest {
  private static final Locale TW = Locale.TRADITIONAL_CHINESE;

  private static Map<ForwardIndicator, Integer> scores(int cs, int es, int cl) {
    Map<ForwardIndicator, Integer> m = new EnumMap<>(ForwardIndicator.class);
    m.put(ForwardIndicator.CUSTOMER_SATISFACTION, cs);
    m.put(ForwardIndicator.EMPLOYEE_SATISFACTION, es);
    m.put(ForwardIndicator.CUSTOMER_LOYALTY, cl);
    return m;
  }

  @Test
  void eachMarketingModelSaysWhoProposedItInTheSeedAndInTheLiterature() {
    String p = MarketingModel.FOUR_P.attribution(Locale.ENGLISH);
    assertTrue(p.contains("Kotler") && p.contains("McCarthy") && p.contains("1960"), p);
    String c = MarketingModel.FOUR_C.attribution(Locale.ENGLISH);
    assertTrue(c.contains("Lauterborn") && c.contains("1990"), c);
    String r = MarketingModel.FOUR_R.attribution(Locale.ENGLISH);
    assertTrue(
        r.contains("John Murphy") && r.contains("Schultz (2001") && r.contains("Ettenberg"), r);
    assertTrue(r.contains("different list"), r);
    assertTrue(MarketingModel.FOUR_S.attribution(Locale.ENGLISH).contains("no author"));
    String zhP = MarketingModel.FOUR_P.attribution(Locale.CHINESE);
    assertTrue(zhP.contains("菲利普·科特勒") && zhP.contains("麦卡锡") && zhP.contains("1960"), zhP);
    String zhR = MarketingModel.FOUR_R.attribution(Locale.CHINESE);
    assertTrue(zhR.contains("约翰·墨菲") && zhR.contains("舒尔茨") && zhR.contains("艾登伯格"), zhR);
    assertTrue(MarketingModel.FOUR_C.attribution(TW).contains("勞特朋"));
  }

  @Test
  void forwardIndicatorsScoreTheirMeanAndNameTheWeakest() {
    assertEquals(64.666_666_666_666_7, ForwardIndicator.score(scores(78, 61, 55)), 1e-12);
    assertEquals(ForwardIndicator.CUSTOMER_LOYALTY, ForwardIndicator.weakest(scores(78, 61, 55)));
    assertEquals(
        ForwardIndicator.EMPLOYEE_SATISFACTION, ForwardIndicator.weakest(scores(82, 58, 70)));
    assertEquals(0.0, ForwardIndicator.score(scores(0, 0, 0)));
    assertEquals(100.0, ForwardIndicator.score(scores(100, 100, 100)));
    // a tie goes to the first in the course's order
    assertEquals(
        ForwardIndicator.CUSTOMER_SATISFACTION, ForwardIndicator.weakest(scores(40, 40, 40)));
    assertEquals(
        ForwardIndicator.EMPLOYEE_SATISFACTION, ForwardIndicator.weakest(scores(90, 40, 40)));
  }

  @Test
  void aMissingOrOutOfRangeIndicatorIsRejectedByName() {
    Map<ForwardIndicator, Integer> two = scores(80, 70, 60);
    two.remove(ForwardIndicator.CUSTOMER_LOYALTY);
    CxValidationException missing =
        assertThrows(CxValidationException.class, () -> ForwardIndicator.score(two));
    assertEquals(
        "ForwardIndicator.scores has no score for CUSTOMER_LOYALTY; give one (0..100) for each of"
            + " CUSTOMER_SATISFACTION, EMPLOYEE_SATISFACTION, CUSTOMER_LOYALTY",
        missing.getMessage());
    assertEquals(
        missing.getMessage(),
        assertThrows(CxValidationException.class, () -> ForwardIndicator.weakest(two))
            .getMessage());
    assertEquals(
        "ForwardIndicator.CUSTOMER_LOYALTY must be within 0..100, was 120",
        assertThrows(CxValidationException.class, () -> ForwardIndicator.score(scores(80, 70, 120)))
            .getMessage());
    assertEquals(
        "ForwardIndicator.EMPLOYEE_SATISFACTION must be within 0..100, was -1",
        assertThrows(
                CxValidationException.class, () -> ForwardIndicator.weakest(scores(80, -1, 50)))
            .getMessage());
    Map<ForwardIndicator, Integer> withNull = new HashMap<>(scores(80, 70, 60));
    withNull.put(ForwardIndicator.CUSTOMER_SATISFACTION, null);
    assertEquals(
        "ForwardIndicator.CUSTOMER_SATISFACTION must be within 0..100, was null",
        assertThrows(CxValidationException.class, () -> ForwardIndicator.score(withNull))
            .getMessage());
  }

  @Test
  void theScoreIsBetweenTheWeakestAndTheStrongest() {
    qt().forAll(integers().between(0, 100), integers().between(0, 100), integers().between(0, 100))
        .checkAssert(
            (a, b, c) -> {
              Map<ForwardIndicator, Integer> m = scores(a, b, c);
              double score = ForwardIndicator.score(m);
              int low = m.get(ForwardIndicator.weakest(m));
              assertEquals(Math.min(a, Math.min(b, c)), low);
              assertTrue(score >= low && score <= Math.max(a, Math.max(b, c)), "score " + score);
              assertEquals((a + b + c) / 3.0, score, 1e-12);
            });
  }

  @Test
  void theOwnerFocusesOnControlAndInfluenceTheVictimOnTheOutside() {
    assertEquals(ResponsibilityStance.OWNER, ResponsibilityStance.of(true));
    assertEquals(ResponsibilityStance.VICTIM, ResponsibilityStance.of(false));
    assertEquals(ResponsibilityStance.OWNER, ResponsibilityStance.of(ResponsibilityCircle.CONTROL));
    assertEquals(
        ResponsibilityStance.OWNER, ResponsibilityStance.of(ResponsibilityCircle.INFLUENCE));
    assertEquals(
        ResponsibilityStance.VICTIM, ResponsibilityStance.of(ResponsibilityCircle.CONCERN));
    assertTrue(ResponsibilityCircle.CONTROL.withinControl());
    assertFalse(ResponsibilityCircle.INFLUENCE.withinControl());
    assertTrue(ResponsibilityCircle.INFLUENCE.withinReach());
    assertFalse(ResponsibilityCircle.CONCERN.withinReach());
    assertFalse(ResponsibilityCircle.CONCERN.withinControl());
    assertEquals(List.of(ResponsibilityCircle.CONCERN), ResponsibilityStance.VICTIM.focus());
    assertEquals(
        List.of(ResponsibilityCircle.CONTROL, ResponsibilityCircle.INFLUENCE),
        ResponsibilityStance.OWNER.focus());
    for (ResponsibilityStance s : ResponsibilityStance.values()) {
      for (ResponsibilityCircle c : s.focus()) {
        assertEquals(s, c.stance(), s + " focuses on " + c);
      }
    }
  }

  @Test
  void theStancesSayWhatTheSlideSays() {
    assertEquals("交通。", ResponsibilityStance.VICTIM.answer(Locale.CHINESE));
    assertEquals("我出发的太晚（未考虑到交通）。", ResponsibilityStance.OWNER.answer(Locale.CHINESE));
    assertEquals("无辜；不负责。", ResponsibilityStance.VICTIM.gains(Locale.CHINESE));
    assertEquals("没有能力；辞职和怨恨。", ResponsibilityStance.VICTIM.costs(Locale.CHINESE));
    assertTrue(ResponsibilityStance.OWNER.gains(Locale.CHINESE).contains("权利"));
    assertTrue(ResponsibilityStance.OWNER.gains(Locale.CHINESE).contains("及时反应的能力"));
    assertEquals("责任；愧疚和焦虑。", ResponsibilityStance.OWNER.costs(Locale.CHINESE));
    assertEquals("控制（自己）", ResponsibilityCircle.CONTROL.label(Locale.CHINESE));
    assertEquals("影响（他人）", ResponsibilityCircle.INFLUENCE.label(Locale.CHINESE));
    assertEquals("无法控制的外部事物", ResponsibilityCircle.CONCERN.label(Locale.CHINESE));
    assertEquals("擔當者", ResponsibilityStance.OWNER.label(TW));
    assertTrue(ResponsibilityStance.VICTIM.costs(Locale.ENGLISH).contains("resentment"));
    assertTrue(ResponsibilityStance.OWNER.costs(Locale.ENGLISH).contains("guilt and anxiety"));
  }
}
