/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.cx4j.core.CxValidationException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The course's lists as checklists one can score. */
class ConceptChecklistTest {

  private static Map<InspectionDimension, Integer> inspectionWeights() {
    Map<InspectionDimension, Integer> w = new EnumMap<>(InspectionDimension.class);
    w.put(InspectionDimension.LEADERSHIP_AWARENESS, 3);
    w.put(InspectionDimension.STAFF_ATTITUDE, 2);
    w.put(InspectionDimension.PERSONAL_CONDUCT, 2);
    w.put(InspectionDimension.FRONT_LINE_IMAGE, 1);
    w.put(InspectionDimension.CUSTOMER_WORD_OF_MOUTH, 2);
    return w;
  }

  @Test
  void theTenNormsScoreTheShareMetAndListWhatIsMissing() {
    ConceptChecklist<BehaviourNorm> norms = ConceptChecklist.of(BehaviourNorm.class);
    List<BehaviourNorm> met =
        List.of(
            BehaviourNorm.WARM_HEART,
            BehaviourNorm.SWEET_WORDS,
            BehaviourNorm.SMILING_FACE,
            BehaviourNorm.QUICK_HANDS,
            BehaviourNorm.QUICK_HANDS);
    assertEquals(40.0, norms.score(met), 1e-12);
    assertEquals(6, norms.missing(met).size());
    assertEquals(BehaviourNorm.COOL_HEAD, norms.missing(met).get(0));
    assertEquals(Optional.of(BehaviourNorm.COOL_HEAD), norms.firstToFix(met));
    assertEquals(100.0, norms.score(norms.items()));
    assertEquals(Optional.empty(), norms.firstToFix(norms.items()));
    assertEquals(0.0, norms.score(List.of()));
    assertEquals(10, norms.items().size());
  }

  @Test
  void weightsDecideTheScoreAndTheFirstItemToFix() {
    ConceptChecklist<InspectionDimension> c =
        ConceptChecklist.weighted(InspectionDimension.class, inspectionWeights());
    List<InspectionDimension> met =
        List.of(
            InspectionDimension.STAFF_ATTITUDE,
            InspectionDimension.FRONT_LINE_IMAGE,
            InspectionDimension.CUSTOMER_WORD_OF_MOUTH);
    assertEquals(50.0, c.score(met), 1e-12); // (2 + 1 + 2) / 10
    assertEquals(Optional.of(InspectionDimension.LEADERSHIP_AWARENESS), c.firstToFix(met));
    assertEquals(3.0, c.weight(InspectionDimension.LEADERSHIP_AWARENESS));
    List<InspectionDimension> leader = List.of(InspectionDimension.LEADERSHIP_AWARENESS);
    // a tie between staff attitude and personal conduct goes to the first in the course's order
    assertEquals(Optional.of(InspectionDimension.STAFF_ATTITUDE), c.firstToFix(leader));
  }

  @Test
  void aMissingOrBadWeightIsRejectedByName() {
    Map<InspectionDimension, Integer> w = inspectionWeights();
    w.remove(InspectionDimension.STAFF_ATTITUDE);
    assertEquals(
        "ConceptChecklist.weights has no weight for InspectionDimension.STAFF_ATTITUDE; give every"
            + " item a weight more than 0",
        assertThrows(
                CxValidationException.class,
                () -> ConceptChecklist.weighted(InspectionDimension.class, w))
            .getMessage());
    Map<InspectionDimension, Double> bad = new EnumMap<>(InspectionDimension.class);
    inspectionWeights().forEach((k, v) -> bad.put(k, v.doubleValue()));
    bad.put(InspectionDimension.FRONT_LINE_IMAGE, 0.0);
    assertEquals(
        "ConceptChecklist.weights.InspectionDimension.FRONT_LINE_IMAGE must be finite and more"
            + " than 0, was 0.0",
        assertThrows(
                CxValidationException.class,
                () -> ConceptChecklist.weighted(InspectionDimension.class, bad))
            .getMessage());
    bad.put(InspectionDimension.FRONT_LINE_IMAGE, Double.NaN);
    assertThrows(
        CxValidationException.class,
        () -> ConceptChecklist.weighted(InspectionDimension.class, bad));
  }

  @Test
  void meetingOneMoreItemNeverLowersTheScore() {
    qt().forAll(
            lists().of(integers().between(1, 20)).ofSize(10),
            lists().of(integers().between(0, 1)).ofSize(10),
            integers().between(0, 9))
        .checkAssert(
            (weights, flags, extra) -> {
              Map<BehaviourNorm, Integer> w = new EnumMap<>(BehaviourNorm.class);
              List<BehaviourNorm> met = new ArrayList<>();
              for (BehaviourNorm n : BehaviourNorm.values()) {
                w.put(n, weights.get(n.ordinal()));
                if (flags.get(n.ordinal()) == 1) {
                  met.add(n);
                }
              }
              ConceptChecklist<BehaviourNorm> c = ConceptChecklist.weighted(BehaviourNorm.class, w);
              double before = c.score(met);
              assertTrue(before >= 0 && before <= 100, "score " + before);
              List<BehaviourNorm> more = new ArrayList<>(met);
              more.add(BehaviourNorm.values()[extra]);
              assertTrue(c.score(more) >= before);
              assertEquals(10 - met.size(), c.missing(met).size());
              c.firstToFix(met)
                  .ifPresent(
                      f -> {
                        for (BehaviourNorm m : c.missing(met)) {
                          assertTrue(c.weight(f) >= c.weight(m));
                        }
                      });
            });
  }
}
