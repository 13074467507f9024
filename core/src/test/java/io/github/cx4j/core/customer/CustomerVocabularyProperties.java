/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.cx4j.core.CxValidationException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CustomerVocabularyProperties {

  @Test
  void tiersAreRankedAndEachHasItsOwnServiceApproach() {
    Set<TierApproach> approaches = EnumSet.noneOf(TierApproach.class);
    for (CustomerTier tier : CustomerTier.values()) {
      approaches.add(tier.serviceApproach());
    }
    assertEquals(4, approaches.size());
    assertEquals(1, CustomerTier.SUPER_HEAVYWEIGHT.rank());
    assertEquals(4, CustomerTier.LIGHTWEIGHT.rank());
    assertEquals(
        TierApproach.DEDICATED_PARTNERSHIP, CustomerTier.SUPER_HEAVYWEIGHT.serviceApproach());
    assertEquals("次重量级", CustomerTier.SUB_HEAVYWEIGHT.label(Locale.CHINESE));
  }

  @Test
  void strategyMatrixCellsAndRisk() {
    assertEquals(CustomerStrategy.LOYALTY, CustomerStrategy.of(Novelty.EXISTING, Novelty.EXISTING));
    assertEquals(CustomerStrategy.EXPANSION, CustomerStrategy.of(Novelty.EXISTING, Novelty.NEW));
    assertEquals(CustomerStrategy.ACQUISITION, CustomerStrategy.of(Novelty.NEW, Novelty.EXISTING));
    assertEquals(CustomerStrategy.DIVERSIFICATION, CustomerStrategy.of(Novelty.NEW, Novelty.NEW));
    for (CustomerStrategy s : CustomerStrategy.values()) {
      assertEquals(s, CustomerStrategy.of(s.customers(), s.offers()));
      // more novelty never lowers the risk
      for (CustomerStrategy t : CustomerStrategy.values()) {
        if (t.customers().compareTo(s.customers()) >= 0 && t.offers().compareTo(s.offers()) >= 0) {
          assertTrue(t.riskRank() >= s.riskRank(), s + " -> " + t);
        }
      }
    }
    assertEquals(4, CustomerStrategy.DIVERSIFICATION.riskRank());
    assertEquals(Set.of(CustomerStrategy.LOYALTY), CustomerStrategy.EXPANSION.oftenCombinedWith());
    assertEquals(Set.of(CustomerStrategy.EXPANSION), CustomerStrategy.LOYALTY.oftenCombinedWith());
    assertEquals(Set.of(), CustomerStrategy.ACQUISITION.oftenCombinedWith());
    assertEquals("客户多样化战略", CustomerStrategy.DIVERSIFICATION.label(Locale.CHINESE));
  }

  @Test
  void loyaltyTypesFollowDickAndBasu() {
    assertEquals(LoyaltyType.LOYALTY, LoyaltyType.classify(0.9, 0.8));
    assertEquals(LoyaltyType.LATENT, LoyaltyType.classify(0.9, 0.1));
    assertEquals(LoyaltyType.SPURIOUS, LoyaltyType.classify(0.1, 0.9));
    assertEquals(LoyaltyType.NONE, LoyaltyType.classify(0.1, 0.1));
    assertEquals(LoyaltyType.LOYALTY, LoyaltyType.classify(0.5, 0.5));
    assertEquals(LoyaltyType.SPURIOUS, LoyaltyType.classify(3.0, 0.7, 4.0, 0.6));
    for (LoyaltyType t : LoyaltyType.values()) {
      assertEquals(t, LoyaltyType.of(t.attitude(), t.patronage()));
    }
    assertEquals(Level.HIGH, LoyaltyType.LATENT.attitude());
    assertEquals("虚假忠诚", LoyaltyType.SPURIOUS.label(Locale.CHINESE));
    CxValidationException e =
        assertThrows(CxValidationException.class, () -> LoyaltyType.classify(-0.1, 0.5));
    assertEquals(
        "LoyaltyType.relativeAttitude must be a finite number within 0..1, was -0.1",
        e.getMessage());
    assertThrows(CxValidationException.class, () -> LoyaltyType.classify(0.5, 2));
    CxValidationException t =
        assertThrows(CxValidationException.class, () -> LoyaltyType.classify(1, 1, 1, Double.NaN));
    assertEquals("LoyaltyType.patronageThreshold must be a finite number, was NaN", t.getMessage());
  }

  @Test
  void loyaltyClassificationIsMonotone() {
    qt().forAll(doubles().between(0, 1), doubles().between(0, 1), doubles().between(0, 1))
        .checkAssert(
            (attitude, patronage, raise) -> {
              LoyaltyType before = LoyaltyType.classify(attitude, patronage);
              LoyaltyType after =
                  LoyaltyType.classify(
                      Math.min(1, attitude + raise), Math.min(1, patronage + raise));
              assertTrue(after.attitude().compareTo(before.attitude()) >= 0);
              assertTrue(after.patronage().compareTo(before.patronage()) >= 0);
            });
    qt().forAll(
            doubles().between(-100, 100),
            doubles().between(-100, 100),
            doubles().between(0, 50),
            doubles().between(-100, 100))
        .checkAssert(
            (attitude, patronage, raise, threshold) -> {
              LoyaltyType before = LoyaltyType.classify(attitude, patronage, threshold, threshold);
              LoyaltyType after =
                  LoyaltyType.classify(attitude + raise, patronage, threshold, threshold);
              assertTrue(after.attitude().compareTo(before.attitude()) >= 0);
              assertEquals(before.patronage(), after.patronage());
            });
  }

  @Test
  void columnPathAgreesWithTheScalarPath() {
    qt().forAll(
            lists().of(doubles().between(0, 1)).ofSize(20),
            lists().of(doubles().between(0, 1)).ofSize(20),
            doubles().between(0, 1))
        .checkAssert(
            (a, p, t) -> {
              double[] att = a.stream().mapToDouble(Double::doubleValue).toArray();
              double[] pat = p.stream().mapToDouble(Double::doubleValue).toArray();
              LoyaltyType[] types = LoyaltyType.classify(att, pat, t, 1 - t);
              for (int i = 0; i < att.length; i++) {
                assertEquals(LoyaltyType.classify(att[i], pat[i], t, 1 - t), types[i]);
              }
            });
    CxValidationException len =
        assertThrows(
            CxValidationException.class,
            () -> LoyaltyType.classify(new double[2], new double[3], 0.5, 0.5));
    assertEquals(
        "LoyaltyType.repeatPatronage must have as many entries as relativeAttitude (2), was 3",
        len.getMessage());
    CxValidationException nan =
        assertThrows(
            CxValidationException.class,
            () -> LoyaltyType.classify(new double[] {0.1, Double.NaN}, new double[2], 0.5, 0.5));
    assertEquals(
        "LoyaltyType.relativeAttitude[1] must be a finite number, was NaN", nan.getMessage());
  }
}
