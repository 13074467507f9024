/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.cx4j.core.RatingScale;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class AuditProperties {
  private static final Questionnaire Q = Questionnaire.standard(AuditKind.RETENTION);
  private static final RatingScale SCALE = RatingScale.ONE_TO_SEVEN;

  private static Map<String, OptionalInt> sheet(List<Integer> values) {
    Map<String, OptionalInt> m = new LinkedHashMap<>();
    List<String> codes = Q.itemCodes();
    for (int i = 0; i < codes.size(); i++) {
      int v = values.get(i);
      m.put(codes.get(i), v == 0 ? OptionalInt.empty() : OptionalInt.of(v));
    }
    return m;
  }

  @Test
  void raisingAnAnswerNeverLowersItsDimensionAndScoresStayWithin0To100() {
    qt().forAll(
            lists().of(integers().between(0, 7)).ofSize(Q.items().size()),
            integers().between(0, Q.items().size() - 1))
        .checkAssert(
            (values, index) -> {
              SectionScore before = Audit.score(Q, SCALE, sheet(values));
              int v = values.get(index);
              if (v == 0 || v == 7) {
                return;
              }
              List<Integer> raised = new java.util.ArrayList<>(values);
              raised.set(index, v + 1);
              SectionScore after = Audit.score(Q, SCALE, sheet(raised));
              var dim = Q.items().get(index).dimension();
              assertTrue(after.score(dim).orElseThrow() > before.score(dim).orElseThrow());
              assertTrue(after.overall().orElseThrow() > before.overall().orElseThrow());
              for (DimensionScore d : after.dimensions()) {
                d.score().ifPresent(s -> assertTrue(s >= 0 && s <= 100));
              }
              long missing = values.stream().filter(x -> x == 0).count();
              assertEquals(missing, before.missing().size());
              assertEquals(Q.items().size() - missing, before.answered());
            });
  }

  @Test
  void maturityIsMonotoneInTheScore() {
    qt().forAll(integers().between(0, 1000), integers().between(0, 1000))
        .checkAssert(
            (a, b) -> {
              double lo = Math.min(a, b) / 10.0;
              double hi = Math.max(a, b) / 10.0;
              assertTrue(MaturityLevel.of(lo).compareTo(MaturityLevel.of(hi)) <= 0);
            });
  }
}
