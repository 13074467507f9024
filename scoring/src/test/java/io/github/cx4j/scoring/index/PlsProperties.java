/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PlsProperties {
  private static final PathModel ECSI = PathModel.ecsi();
  private static final Map<String, double[]> DATA =
      Simulated.generate(ECSI, Simulated.ecsiPaths(), 0.75, 250, 99);
  private static final PlsResult BASE = Pls.fit(ECSI, DATA);

  /**
   * Standardised results do not change when an item is multiplied by a positive constant and
   * shifted.
   */
  @Test
  void standardisedResultsAreScaleInvariant() {
    qt().withExamples(15)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random random = new Random(seed);
              Map<String, double[]> changed = new LinkedHashMap<>();
              for (Map.Entry<String, double[]> e : DATA.entrySet()) {
                double a = Math.exp(random.nextDouble() * 8 - 4);
                double b = random.nextDouble() * 200 - 100;
                double[] c = e.getValue().clone();
                for (int i = 0; i < c.length; i++) {
                  c[i] = a * c[i] + b;
                }
                changed.put(e.getKey(), c);
              }
              PlsResult fit = Pls.fit(ECSI, changed);
              assertSame(BASE, fit, 1e-9);
            });
  }

  /** Reordering data columns, indicators within blocks, constructs and paths changes nothing. */
  @Test
  void resultsDoNotDependOnOrder() {
    qt().withExamples(15)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random random = new Random(seed);
              List<String> keys = new ArrayList<>(DATA.keySet());
              Collections.shuffle(keys, random);
              Map<String, double[]> shuffled = new LinkedHashMap<>();
              for (String k : keys) {
                shuffled.put(k, DATA.get(k));
              }
              List<Construct> constructs = new ArrayList<>();
              for (Construct c : ECSI.constructs()) {
                List<String> items = new ArrayList<>(c.indicators());
                Collections.shuffle(items, random);
                constructs.add(Construct.of(c.name(), c.mode(), items));
              }
              Collections.shuffle(constructs, random);
              List<List<String>> paths = new ArrayList<>(ECSI.paths());
              Collections.shuffle(paths, random);
              PathModel reordered = PathModel.builder().constructs(constructs).paths(paths).build();
              PlsResult fit = Pls.fit(reordered, shuffled);
              // iterations may differ in the last digits: compare within the tolerance
              assertSame(BASE, fit, 1e-6);
            });
  }

  private static void assertSame(PlsResult expected, PlsResult actual, double tolerance) {
    for (Map.Entry<String, Double> w : expected.weights().entrySet()) {
      assertEquals(w.getValue(), actual.weights().get(w.getKey()), tolerance, w.getKey());
      assertEquals(
          expected.loadings().get(w.getKey()),
          actual.loadings().get(w.getKey()),
          tolerance,
          w.getKey());
    }
    for (PathEstimate p : expected.paths()) {
      assertEquals(p.coefficient(), actual.path(p.from(), p.to()), tolerance, p.toString());
    }
    for (Map.Entry<String, Double> r : expected.rSquared().entrySet()) {
      assertEquals(r.getValue(), actual.rSquared().get(r.getKey()), tolerance);
    }
    for (Map.Entry<String, ConstructQuality> q : expected.quality().entrySet()) {
      assertEquals(q.getValue().ave(), actual.quality().get(q.getKey()).ave(), tolerance);
      assertEquals(q.getValue().alpha(), actual.quality().get(q.getKey()).alpha(), tolerance);
    }
    assertEquals(expected.gof(), actual.gof(), tolerance);
    assertEquals(expected.srmr(), actual.srmr(), tolerance);
  }
}
