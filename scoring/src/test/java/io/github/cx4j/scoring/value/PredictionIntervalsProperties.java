/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Invariants of the predictive distribution of future purchases for parameters over 0.05..20 and
 * histories up to 30 purchases and 100 periods: it sums to one, its mean is the model's conditional
 * expectation, and intervals are nested in their level.
 */
class PredictionIntervalsProperties {

  static List<PurchaseModel> models(long seed) {
    List<PurchaseModel> out = new ArrayList<>(ValueProperties.models(seed));
    SplittableRandom rng = new SplittableRandom(seed + 1);
    out.add(
        new BgBbModel(
            ValueProperties.param(rng),
            ValueProperties.param(rng),
            ValueProperties.param(rng),
            ValueProperties.param(rng)));
    return out;
  }

  @Test
  void distributionSumsToOneAroundTheConditionalExpectation() {
    qt().withExamples(150)
        .forAll(
            integers().all(),
            integers().between(0, 30),
            integers().between(0, 100),
            doubles().between(0, 1))
        .checkAssert(
            (seed, x0, ageWhole, share) -> {
              int t = Math.floorMod(seed, 53); // the future period, 0..52
              for (PurchaseModel m : models(seed)) {
                boolean discrete = m instanceof BgBbModel;
                // map into the model's domain: x <= t_x <= T, whole numbers for BG/BB
                double age = discrete ? Math.max(ageWhole, x0) : ageWhole + share;
                int x = discrete ? x0 : (age == 0 ? 0 : x0);
                double tx = x == 0 ? 0 : discrete ? x + Math.floor((age - x) * share) : age * share;
                double expected = m.conditionalExpectedPurchases(t, x, tx, age);
                if (expected > 500) {
                  continue; // the sum below would need too many terms
                }
                double alive = m.probabilityAlive(x, tx, age);
                FutureCounts counts = FutureCounts.of(m, t, x, age);
                double sum = 1 - alive;
                double mean = 0;
                for (int y = 0; y < 200_000 && sum < 1 - 1e-11; y++) {
                  double p = alive * counts.next();
                  assertTrue(p >= 0 && p <= 1 + 1e-12, "p " + p);
                  sum += p;
                  mean += y * p;
                }
                String what = m + " x=" + x + " tx=" + tx + " T=" + age + " t=" + t;
                assertEquals(1.0, sum, 1e-7, what);
                assertEquals(expected, mean, 1e-5 * (1 + expected), what);
                Intervals wide =
                    PredictionIntervals.purchases(
                        m, t, 0.9, new int[] {x}, new double[] {tx}, new double[] {age});
                Intervals narrow =
                    PredictionIntervals.purchases(
                        m, t, 0.5, new int[] {x}, new double[] {tx}, new double[] {age});
                assertTrue(wide.low()[0] <= narrow.low()[0], what);
                assertTrue(narrow.high()[0] <= wide.high()[0], what);
              }
            });
  }
}
