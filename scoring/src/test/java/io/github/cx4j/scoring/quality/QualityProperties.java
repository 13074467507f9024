/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QualityProperties {

  @Test
  void kanoMergeOrderAndRanges() {
    qt().withExamples(200)
        .forAll(lists().of(integers().between(0, 24)).ofSizeBetween(1, 100), integers().all())
        .checkAssert(
            (pairs, seed) -> {
              Random random = new Random(seed);
              KanoAccumulator whole = Kano.accumulator("f");
              KanoAccumulator a = Kano.accumulator("f");
              KanoAccumulator b = Kano.accumulator("f");
              for (int code : pairs) {
                int f = code / 5 + 1;
                int d = code % 5 + 1;
                whole.add(f, d);
                (random.nextBoolean() ? a : b).add(f, d);
              }
              KanoFeatureResult r = whole.result();
              assertEquals(r, b.merge(a).result());
              assertTrue(r.better() >= 0 && r.better() <= 1);
              assertTrue(r.worse() >= -1 && r.worse() <= 0);
              assertTrue(r.categoryStrength() >= 0 && r.totalStrength() <= 1);
              assertTrue(r.count(r.dominant()) >= r.count(r.second()));
            });
  }

  @Test
  void servqualMergeOrder() {
    qt().withExamples(60)
        .forAll(integers().between(1, 40), integers().all())
        .checkAssert(
            (respondents, seed) -> {
              Random random = new Random(seed);
              io.github.cx4j.core.RatingScale scale = io.github.cx4j.core.RatingScale.ONE_TO_SEVEN;
              ServqualAccumulator whole =
                  Servqual.accumulator(scale, io.github.cx4j.scoring.survey.InputPolicy.SKIP);
              ServqualAccumulator a =
                  Servqual.accumulator(scale, io.github.cx4j.scoring.survey.InputPolicy.SKIP);
              ServqualAccumulator b =
                  Servqual.accumulator(scale, io.github.cx4j.scoring.survey.InputPolicy.SKIP);
              for (int i = 0; i < respondents; i++) {
                int[] e = new int[22];
                int[] p = new int[22];
                for (int j = 0; j < 22; j++) {
                  e[j] = random.nextInt(8);
                  p[j] = random.nextInt(8);
                }
                whole.add(e, p);
                (random.nextBoolean() ? a : b).add(e, p);
              }
              ServqualResult r;
              try {
                r = whole.result();
              } catch (IllegalArgumentException noCompletePair) {
                return;
              }
              assertEquals(r, b.merge(a).result());
              double u = r.unweightedScore();
              assertTrue(u >= -6 && u <= 6);
            });
  }

  @Test
  void relativeWeightsAndShapleyBothSumToRSquared() {
    qt().withExamples(40)
        .forAll(integers().between(1, 6), integers().between(0, 10_000))
        .checkAssert(
            (p, seed) -> {
              Random random = new Random(seed);
              int n = 40;
              double[][] x = new double[p][n];
              double[] y = new double[n];
              for (int i = 0; i < n; i++) {
                double common = random.nextGaussian();
                for (int j = 0; j < p; j++) {
                  x[j][i] = common + random.nextGaussian();
                  y[i] += (j + 1) * 0.3 * x[j][i];
                }
                y[i] += random.nextGaussian();
              }
              List<String> names =
                  java.util.stream.IntStream.range(0, p).mapToObj(j -> "d" + j).toList();
              double[] raw = KeyDrivers.relativeWeights(names, x, y);
              double[] shapley = KeyDrivers.shapley(names, x, y);
              double sumRaw = 0;
              double sumShapley = 0;
              for (int j = 0; j < p; j++) {
                assertTrue(raw[j] >= -1e-12);
                sumRaw += raw[j];
                sumShapley += shapley[j];
              }
              assertEquals(sumRaw, sumShapley, 1e-9);
              assertTrue(sumRaw >= 0 && sumRaw <= 1 + 1e-12);
            });
  }
}
