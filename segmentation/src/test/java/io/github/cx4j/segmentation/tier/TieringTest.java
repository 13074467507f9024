/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.segmentation.tier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cx4j.core.CxJson;
import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.customer.CustomerTier;
import io.github.cx4j.core.customer.TierApproach;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TieringTest {

  private static String classes(Tiers<?> tiers) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < tiers.size(); i++) {
      s.append(tiers.tier(i).name()).append(i + 1 < tiers.size() ? " " : "");
    }
    return s.toString();
  }

  @Test
  void crossingCustomerJoinsTheUpperClass() {
    // total 100: 60 (share before 0) A, 25 (before .60) A -> cumulative .85 crosses .80,
    // 10 (before .85) B, 5 (before .95) C
    Tiers<AbcClass> t = Tiering.abc(new double[] {10, 60, 5, 25});
    assertEquals("B A C A", classes(t));
    assertEquals(List.of(25.0, 10.0), t.thresholds());
  }

  @Test
  void reachingTheCutOffExactlyCountsAsCrossing() {
    // 50 A, 30 (before .5) A -> exactly .80, 10 (before .80) B, 5 and 5 (before .90) B, 0 and -3
    Tiers<AbcClass> t = Tiering.abc(new double[] {50, 30, 10, 5, 5, 0, -3});
    assertEquals("A A B B B NON_POSITIVE NON_POSITIVE", classes(t));
    assertEquals(0, t.count(AbcClass.C));
    TierSummary a = t.summary().get(0);
    assertEquals(2, a.customers());
    assertEquals(0.8, a.valueShare());
    assertEquals(2 / 7.0, a.customerShare());
    assertEquals(30.0, a.minValue().orElseThrow());
    assertEquals(50.0, a.maxValue().orElseThrow());
    assertEquals(CustomerTier.SUPER_HEAVYWEIGHT, a.customerTier());
    assertEquals(TierApproach.DEDICATED_PARTNERSHIP, a.serviceApproach());
    TierSummary c = t.summary().get(2);
    assertTrue(c.minValue().isEmpty());
    TierSummary none = t.summary().get(3);
    assertEquals(-3.0, none.value());
    assertEquals(-0.03, none.valueShare(), 1e-15);
    assertEquals("零或负价值", none.labelZh());
  }

  @Test
  void tiesAreNeverSplit() {
    // 40 A; the three 20s all start before .80 (share before them .40) -> all A
    assertEquals("A A A A", classes(Tiering.abc(new double[] {20, 40, 20, 20})));
    // all equal: one group, all A
    assertEquals("A A A", classes(Tiering.abc(new double[] {7, 7, 7})));
  }

  @Test
  void nothingPositiveMeansEveryoneNonPositive() {
    Tiers<AbcClass> t = Tiering.abc(new double[] {0, -1, 0});
    assertEquals("NON_POSITIVE NON_POSITIVE NON_POSITIVE", classes(t));
    assertEquals(0.0, t.summary().get(3).valueShare());
    assertEquals(0, Tiering.abc(new double[0]).size());
  }

  @Test
  void customCutOffs() {
    // 50/50 split: 60 A (crosses .5), 25 B (before .60 < .9), 10 (before .85 < .9) B, 5 C
    assertEquals("B A C B", classes(Tiering.abc(new double[] {10, 60, 5, 25}, 0.5, 0.9)));
    // 100% closes B: every positive value is A or B
    assertEquals("B A B A", classes(Tiering.abc(new double[] {10, 60, 5, 25}, 0.8, 1.0)));
  }

  @Test
  void fourTiersOfSourceFile002() {
    // total 100: 70 SUPER (crosses .80? before 0, cumulative .70), 12 (before .70) SUPER -> .82,
    // 10 (before .82) HEAVY -> .92, 4 (before .92) HEAVY -> .96, 3 (before .96) SUB -> .99,
    // 1 (before .99) LIGHT, 0 LIGHT (non-positive)
    Tiers<CustomerTier> t = Tiering.fourTier(new double[] {70, 12, 10, 4, 3, 1, 0});
    assertEquals(
        "SUPER_HEAVYWEIGHT SUPER_HEAVYWEIGHT HEAVYWEIGHT HEAVYWEIGHT SUB_HEAVYWEIGHT LIGHTWEIGHT"
            + " LIGHTWEIGHT",
        classes(t));
    assertEquals(CustomerTier.LIGHTWEIGHT, t.customerTier(6));
    assertEquals(TierApproach.EFFICIENT_STANDARD_SERVICE, t.summary().get(3).serviceApproach());
    assertEquals(4, t.summary().size());
    Tiers<CustomerTier> custom =
        Tiering.fourTier(new double[] {70, 12, 10, 4, 3, 1, 0}, new double[] {0.5, 0.9, 0.95});
    assertEquals(CustomerTier.SUPER_HEAVYWEIGHT, custom.tier(0));
    assertEquals(CustomerTier.HEAVYWEIGHT, custom.tier(1));
  }

  @Test
  void pyramidByPercentiles() {
    double[] v = new double[100];
    for (int i = 0; i < 100; i++) {
      v[i] = 100 - i;
    }
    // R: quantile(1:100, c(.95, .8, .5)) = 95.05 80.2 50.5
    Tiers<PyramidTier> t = Tiering.pyramid(v);
    assertEquals(95.05, t.thresholds().get(0), 1e-9);
    assertEquals(80.2, t.thresholds().get(1), 1e-9);
    assertEquals(50.5, t.thresholds().get(2), 1e-9);
    assertEquals(5, t.count(PyramidTier.PLATINUM));
    assertEquals(15, t.count(PyramidTier.GOLD));
    assertEquals(30, t.count(PyramidTier.IRON));
    assertEquals(50, t.count(PyramidTier.LEAD));
    assertEquals(PyramidTier.PLATINUM, t.tier(0));
    assertEquals(CustomerTier.SUPER_HEAVYWEIGHT, t.customerTier(0));
    // a value on a cut point goes down; non-positive values are lead
    Tiers<PyramidTier> ties = Tiering.pyramid(new double[] {5, 5, 5, 5, -1, 0});
    assertEquals("LEAD LEAD LEAD LEAD LEAD LEAD", classes(ties));
    Tiers<PyramidTier> custom = Tiering.pyramid(new double[] {1, 2, 3, 4}, 0.25, 0.5, 0.75);
    assertEquals("LEAD IRON GOLD PLATINUM", classes(custom));
    assertEquals("白金客户", PyramidTier.PLATINUM.label(Locale.CHINESE));
    assertEquals("PLATINUM", PyramidTier.PLATINUM.code());
  }

  @Test
  void paretoCurveAndGini() throws Exception {
    ParetoCurve c = Tiering.curve(new double[] {50, 30, 10, 5, 5, 0, -3}, 8);
    assertEquals(7, c.customers());
    double[] expected = {0, .5, .8, .9, .95, 1, 1, 1};
    for (int j = 0; j < 8; j++) {
      assertEquals(j / 7.0, c.customerShare().get(j), 1e-15);
      assertEquals(expected[j], c.valueShare().get(j), 1e-12);
    }
    // ascending clipped 0 0 5 5 10 30 50: 2 * 615 / 700 - 8 / 7
    assertEquals(2 * 615 / 700.0 - 8 / 7.0, c.gini(), 1e-12);
    assertEquals(0.65, c.valueShareOfTop(1.5 / 7), 1e-12);
    assertEquals(1.0, c.valueShareOfTop(1.0));
    assertEquals(0.0, c.valueShareOfTop(0.0));
    ParetoCurve equal = Tiering.curve(new double[] {3, 3, 3, 3}, 5);
    assertEquals(0.0, equal.gini(), 1e-12);
    assertEquals(0.5, equal.valueShareOfTop(0.5), 1e-12);
    ParetoCurve zero = Tiering.curve(new double[] {0, -2}, 3);
    assertEquals(0.5, zero.valueShare().get(1));
    String json = CxJson.mapper().writeValueAsString(c);
    assertEquals(c, CxJson.mapper().readValue(json, ParetoCurve.class));
  }

  @Test
  void summariesRoundTripThroughJson() throws Exception {
    for (TierSummary row : Tiering.abc(new double[] {50, 30, 10, 5, 5, 0, -3}).summary()) {
      String json = CxJson.mapper().writeValueAsString(row);
      assertEquals(row, CxJson.mapper().readValue(json, TierSummary.class));
    }
  }

  @Test
  void badInput() {
    assertMessage(
        "Tiering.values[1] must be finite, was NaN",
        () -> Tiering.abc(new double[] {1, Double.NaN}));
    assertMessage(
        "Tiering.shares must be increasing within (0, 1], was \"[0.9, 0.8]\"",
        () -> Tiering.abc(new double[] {1}, 0.9, 0.8));
    assertMessage(
        "Tiering.shares must be increasing within (0, 1], was \"[0.8, 1.2]\"",
        () -> Tiering.abc(new double[] {1}, 0.8, 1.2));
    assertMessage(
        "Tiering.shares must hold 3 cut-offs, was \"[0.8]\"",
        () -> Tiering.fourTier(new double[] {1}, new double[] {0.8}));
    assertMessage(
        "Tiering.shares must be increasing within (0, 1), was \"[0.05, 0.2, 1.0]\"",
        () -> Tiering.pyramid(new double[] {1}, 0.05, 0.2, 1.0));
    assertMessage(
        "Tiering.values must hold at least 1 customer, was 0",
        () -> Tiering.pyramid(new double[0]));
    assertMessage(
        "Tiering.values must hold at least 1 customer, was 0",
        () -> Tiering.curve(new double[0], 3));
    assertMessage(
        "Tiering.points must be within 2..100001, was 1", () -> Tiering.curve(new double[] {1}, 1));
    assertMessage(
        "ParetoCurve.share must be within [0, 1], was 1.5",
        () -> Tiering.curve(new double[] {1}, 2).valueShareOfTop(1.5));
    assertMessage(
        "ParetoCurve.points must be at least 2 pairs of equal length, was \"1 and 1\"",
        () ->
            ParetoCurve.builder()
                .customers(1)
                .addCustomerShare(0.0)
                .addValueShare(0.0)
                .gini(0)
                .build());
  }

  @Test
  void overflowingSumsAreRejectedNotTurnedIntoNaN() {
    double[] huge = {Double.MAX_VALUE, Double.MAX_VALUE};
    String msg = "Tiering.values must have a finite sum of positive values, was Infinity";
    assertMessage(msg, () -> Tiering.abc(huge));
    assertMessage(msg, () -> Tiering.curve(huge, 3));
    assertMessage(msg, () -> Tiering.pyramid(huge));
    ParetoCurve big = Tiering.curve(new double[] {Double.MAX_VALUE / 4, Double.MAX_VALUE / 4}, 3);
    assertEquals(0.0, big.gini(), 1e-12);
  }

  static void assertMessage(String expected, Runnable call) {
    CxValidationException e = assertThrows(CxValidationException.class, call::run);
    assertEquals(expected, e.getMessage());
  }
}
