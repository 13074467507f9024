/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RelationsTest {

  @Test
  void csLayersMirrorCiLayers() {
    assertEquals(CiLayer.MIND_IDENTITY, CsLayer.MIND_SATISFACTION.ciCounterpart());
    assertEquals(CiLayer.BEHAVIOUR_IDENTITY, CsLayer.BEHAVIOUR_SATISFACTION.ciCounterpart());
    assertEquals(CiLayer.VISUAL_IDENTITY, CsLayer.VISUAL_HEARING_SATISFACTION.ciCounterpart());
    for (CsLayer cs : CsLayer.values()) {
      assertEquals(cs, cs.ciCounterpart().csCounterpart());
    }
    assertEquals("VHS", CsLayer.VISUAL_HEARING_SATISFACTION.abbreviation());
    assertEquals("BI", CiLayer.BEHAVIOUR_IDENTITY.abbreviation());
    assertEquals("理念满意（MS）", CsLayer.MIND_SATISFACTION.label(Locale.CHINESE));
    assertTrue(CsLayer.BEHAVIOUR_SATISFACTION.role(Locale.CHINESE).contains("操作重心"));
    assertFalse(CiLayer.VISUAL_IDENTITY.role(Locale.ENGLISH).isBlank());
  }

  @Test
  void csCiComparisonPutsAspectsAndLayersSideBySide() {
    List<CsCiComparison.Row> en = CsCiComparison.rows(Locale.ENGLISH);
    assertEquals(CsCiAspect.values().length + 3, en.size());
    assertEquals(
        new CsCiComparison.Row("Centre", "Customer-centred", "Company-centred"), en.get(1));
    assertEquals("MS / MI", en.get(CsCiAspect.values().length).aspect());
    List<CsCiComparison.Row> zh = CsCiComparison.rows(Locale.CHINESE);
    assertEquals("以顾客为中心", zh.get(1).cs());
    assertEquals("以企业为中心", zh.get(1).ci());
    assertTrue(zh.get(zh.size() - 1).cs().startsWith("视听满意（VHS）："), zh.get(zh.size() - 1).cs());
  }

  @Test
  void everyRetentionMethodAddressesAStepAndNumbersFollowTheSeed() {
    assertEquals(12, RetentionStep.values().length);
    assertEquals(45, RetentionMethod.values().length);
    Set<RetentionMethod> used = EnumSet.noneOf(RetentionMethod.class);
    for (RetentionStep step : RetentionStep.values()) {
      assertFalse(step.practices().isEmpty(), step.code());
      used.addAll(step.practices());
    }
    assertEquals(EnumSet.allOf(RetentionMethod.class), used);
    List<RetentionMethod> first = RetentionStep.TOP_MANAGEMENT_SUPPORT.practices();
    assertThrows(UnsupportedOperationException.class, () -> first.add(first.get(0)));
    assertEquals(1, RetentionStep.TOP_MANAGEMENT_SUPPORT.number());
    assertEquals(12, RetentionStep.CONTINUOUS_IMPROVEMENT.number());
    assertEquals(10, RetentionMethod.REWARD_LOYALTY.number());
    assertEquals(16, RetentionMethod.FRIENDLY_SERVICE_SYSTEM.number());
    assertEquals(50, RetentionMethod.PROMOTION_AND_SERVICE_TOGETHER.number());
    assertEquals("微笑", RetentionMethod.SMILE.label(Locale.CHINESE));
    assertEquals(10, IronRule.values().length);
    assertEquals(10, RetentionSecret.values().length);
    assertEquals(10, CustomerRight.values().length);
    assertEquals(9, CsCharacteristic.values().length);
  }

  @Test
  void serviceSpellsServiceAndTheNormsAreTen() {
    StringBuilder word = new StringBuilder();
    for (ServicePrinciple p : ServicePrinciple.values()) {
      word.append(p.letter());
      assertEquals(p.letter(), p.label(Locale.ENGLISH).charAt(0));
    }
    assertEquals("SERVICE", word.toString());
    assertEquals(10, BehaviourNorm.values().length);
    assertEquals("心要热", BehaviourNorm.WARM_HEART.label(Locale.CHINESE));
    assertEquals(5, InspectionDimension.values().length);
    assertEquals(5, BrandDimension.values().length);
  }

  @Test
  void marketingModelsHaveFourElementsAndFourPMapsToFourC() {
    for (MarketingModel m : MarketingModel.values()) {
      assertEquals(4, m.elements().size(), m.code());
    }
    assertEquals(
        List.of(
            MarketingElement.CUSTOMER,
            MarketingElement.COST,
            MarketingElement.CONVENIENCE,
            MarketingElement.COMMUNICATION),
        MarketingModel.FOUR_P.elements().stream()
            .map(e -> e.customerView().orElseThrow())
            .toList());
    for (MarketingElement e : MarketingElement.values()) {
      assertEquals(e.model() == MarketingModel.FOUR_P, e.customerView().isPresent(), e.code());
      e.customerView().ifPresent(c -> assertEquals(MarketingModel.FOUR_C, c.model()));
    }
    assertEquals(Optional.empty(), MarketingElement.SHARING.customerView());
  }

  @Test
  void signalsAndListeningExamples() {
    int total = 0;
    for (CommunicationSignal s : CommunicationSignal.values()) {
      total += s.percent();
    }
    assertEquals(100, total);
    assertEquals(55, CommunicationSignal.VISUAL.percent());
    assertEquals(4, DissatisfiedReaction.COMPLAIN.percent());
    assertEquals(95, DissatisfiedReaction.STAY_SILENT.percent());
    assertEquals(50, DissatisfiedReaction.TELL_OTHERS.percent());
    assertEquals("我明白，请继续。", ListeningTechnique.ENCOURAGE.example(Locale.CHINESE));
    for (ListeningTechnique t : ListeningTechnique.values()) {
      assertFalse(t.example(Locale.ENGLISH).isBlank());
    }
    for (CsCiAspect a : CsCiAspect.values()) {
      assertTrue(VocabularyProperties.hasCjk(a.cs(Locale.CHINESE)), a.code());
      assertTrue(VocabularyProperties.hasCjk(a.ci(Locale.CHINESE)), a.code());
    }
  }
}
