/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Invariants of the Pareto/GGG predictions for any customer and cohort parameters. */
class ParetoGggProperties {

  @Test
  void probabilityAliveIsAProbabilityForAnyParameters() {
    qt().withExamples(3000)
        .forAll(
            doubles().between(-6, 6),
            doubles().between(-8, 3),
            doubles().between(-10, 1),
            doubles().between(0, 200))
        .checkAssert(
            (logK, logLambda, logMu, d) -> {
              double p =
                  ParetoGggChain.probabilityAlive(
                      Math.exp(logK), Math.exp(logLambda), Math.exp(logMu), d);
              assertTrue(p >= 0 && p <= 1, "P(alive) " + p);
            });
  }

  @Test
  void expectationsAreFiniteNonNegativeAndGrowWithTheHorizon() {
    qt().withExamples(40)
        .forAll(
            integers().between(0, 30),
            doubles().between(0, 1),
            doubles().between(1, 80),
            doubles().between(0, 1))
        .checkAssert(
            (x, recencyShare, age, spread) -> {
              long seed = Double.doubleToLongBits(age * spread + recencyShare) ^ x;
              // recency within (0, T] for buyers, 0 otherwise; litt at most x ln(t_x / x)
              double tx = x == 0 ? 0 : Math.max(1e-3, recencyShare) * age;
              double litt = x == 0 ? 0 : x * Math.log(tx / x) - 3 * spread * x;
              double k = 0.2 + 5 * spread;
              List<ParetoGggParameters> cohort =
                  List.of(
                      new ParetoGggParameters(k, 1, 0.5 + spread, 5, 0.5, 10),
                      new ParetoGggParameters(1, 1, 1, 10 * (1 + spread), 1, 5));
              ParetoGggDraws d =
                  ParetoGgg.drawCustomers(
                      cohort,
                      new int[] {x},
                      new double[] {tx},
                      new double[] {age},
                      new double[] {litt},
                      5,
                      seed);
              double alive = d.probabilityAlive()[0];
              assertTrue(alive >= 0 && alive <= 1, "P(alive) " + alive);
              double previous = 0;
              for (double h : new double[] {0, 1, 10, 52, 200}) {
                double e = d.expectedPurchases(h, seed)[0];
                assertTrue(Double.isFinite(e) && e >= previous, "E at " + h + ": " + e);
                previous = e;
              }
              assertTrue(d.expectedPurchases(0, seed)[0] == 0);
            });
  }
}
