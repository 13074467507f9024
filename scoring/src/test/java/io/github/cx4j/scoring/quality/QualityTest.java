/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.quality;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.RatingScale;
import io.github.cx4j.scoring.survey.InputPolicy;
import io.github.cx4j.scoring.survey.Survey;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class QualityTest {
  private static final double EPS = 1e-9;

  @Test
  void servqualInstrumentAsData() {
    assertEquals(22, ServqualItem.all().size());
    assertEquals(4, ServqualItem.of(ServqualDimension.TANGIBLES).size());
    assertEquals(5, ServqualItem.of(ServqualDimension.RELIABILITY).size());
    assertEquals(4, ServqualItem.of(ServqualDimension.RESPONSIVENESS).size());
    assertEquals(4, ServqualItem.of(ServqualDimension.ASSURANCE).size());
    assertEquals(5, ServqualItem.of(ServqualDimension.EMPATHY).size());
    assertEquals(11, ServqualItem.PROMPT_SERVICE.number());
    assertEquals("员工为顾客提供迅速的服务。", ServqualItem.PROMPT_SERVICE.label(Locale.CHINESE));
    assertEquals("Reliability (可靠性)", ServqualDimension.RELIABILITY.bilingualLabel());
    for (ServqualItem item : ServqualItem.values()) {
      assertFalse(item.label(Locale.ENGLISH).isBlank());
      assertFalse(item.description(Locale.CHINESE).isBlank());
    }
  }

  @Test
  void servqualGapsByHand() {
    // two respondents; expectation 6 everywhere; perceptions: item j -> (j % 3) + 4 and 5
    int[][] e = new int[22][2];
    int[][] p = new int[22][2];
    for (int j = 0; j < 22; j++) {
      e[j] = new int[] {6, 6};
      p[j] = new int[] {j % 3 + 4, 5};
    }
    p[0][1] = Survey.MISSING;
    ServqualResult r = Servqual.score(e, p, RatingScale.ONE_TO_SEVEN, InputPolicy.REJECT_INVALID);
    ServqualResult.ItemGap first = r.items().get(0);
    assertEquals(1, first.n());
    assertEquals(1, first.skipped());
    assertEquals(-2.0, first.gap(), EPS);
    // item 2 (j = 1): gaps -1 and -1
    assertEquals(-1.0, r.items().get(1).gap(), EPS);
    assertEquals(0.0, r.items().get(1).se(), EPS);
    // tangibles items j = 0..3: gaps -2, -1, (0 - 1)/2 = -0.5, (-2 - 1)/2 = -1.5 -> mean -1.25
    assertEquals(-1.25, r.dimensionGaps().get(ServqualDimension.TANGIBLES), EPS);
    double unweighted =
        r.dimensionGaps().values().stream().mapToDouble(Double::doubleValue).sum() / 5;
    assertEquals(unweighted, r.unweightedScore(), EPS);
    Map<ServqualDimension, Double> importance = new EnumMap<>(ServqualDimension.class);
    importance.put(ServqualDimension.TANGIBLES, 10.0);
    importance.put(ServqualDimension.RELIABILITY, 30.0);
    importance.put(ServqualDimension.RESPONSIVENESS, 20.0);
    importance.put(ServqualDimension.ASSURANCE, 20.0);
    importance.put(ServqualDimension.EMPATHY, 20.0);
    double weighted = 0;
    for (var entry : importance.entrySet()) {
      weighted += entry.getValue() / 100 * r.dimensionGaps().get(entry.getKey());
    }
    assertEquals(weighted, r.weightedScore(importance), EPS);
    ServqualAccumulator left = Servqual.accumulator(RatingScale.ONE_TO_SEVEN, InputPolicy.SKIP);
    ServqualAccumulator right = Servqual.accumulator(RatingScale.ONE_TO_SEVEN, InputPolicy.SKIP);
    left.add(column(e, 0), column(p, 0));
    right.add(column(e, 1), column(p, 1));
    assertEquals(r.items(), right.merge(left).result().items());
    ServqualResult viaCollector =
        Stream.of(
                new Servqual.Response(column(e, 0), column(p, 0)),
                new Servqual.Response(column(e, 1), column(p, 1)))
            .parallel()
            .collect(Servqual.collector(RatingScale.ONE_TO_SEVEN, InputPolicy.REJECT_INVALID));
    assertEquals(r, viaCollector);
  }

  private static int[] column(int[][] m, int i) {
    return Arrays.stream(m).mapToInt(row -> row[i]).toArray();
  }

  @Test
  void kanoEvaluationTableOfBerger() {
    String[] expected = {"QAAAO", "RIIIM", "RIIIM", "RIIIM", "RRRRQ"};
    for (KanoAnswer f : KanoAnswer.values()) {
      for (KanoAnswer d : KanoAnswer.values()) {
        char letter = expected[f.ordinal()].charAt(d.ordinal());
        assertEquals(letter, Kano.classify(f, d).letter(), f + "/" + d);
        assertEquals(letter, Kano.classify(f.number(), d.number()).letter());
      }
    }
    byte[] column = Kano.classify(new int[] {1, 2, 5}, new int[] {5, 5, 1});
    assertArrayEquals(new byte[] {1, 2, 4}, column);
    assertEquals("魅力质量", KanoCategory.ATTRACTIVE.label(Locale.CHINESE));
  }

  @Test
  void kanoFeatureStatisticsByHand() {
    KanoFeatureResult r = Kano.evaluate("wifi", 10, 5, 12, 3, 1, 1);
    assertEquals(32, r.n());
    assertEquals(KanoCategory.MUST_BE, r.dominant());
    assertEquals(KanoCategory.ATTRACTIVE, r.second());
    assertEquals(15.0 / 30, r.better(), EPS);
    assertEquals(-17.0 / 30, r.worse(), EPS);
    assertEquals(27.0 / 32, r.totalStrength(), EPS);
    assertEquals(2.0 / 32, r.categoryStrength(), EPS);
    // Fong: 1.645 * sqrt(22 * (64 - 22) / 64) = 6.2503
    assertEquals(1.6448536269514722 * Math.sqrt(22 * 42 / 64.0), r.fongCriticalValue(0.90), EPS);
    assertFalse(r.fongSignificant(0.90));
    assertTrue(Kano.evaluate("x", 30, 2, 2, 2, 0, 0).fongSignificant(0.90));
    // tie rule M > O > A > I
    assertEquals(KanoCategory.MUST_BE, Kano.evaluate("t", 5, 5, 5, 5, 0, 0).dominant());
    assertEquals(KanoCategory.ONE_DIMENSIONAL, Kano.evaluate("t", 5, 5, 0, 5, 0, 0).dominant());
    assertEquals(KanoCategory.ATTRACTIVE, Kano.evaluate("t", 5, 0, 0, 5, 0, 0).dominant());
    KanoFeatureResult onlyQ = Kano.evaluate("q", 0, 0, 0, 0, 0, 4);
    assertEquals(0.0, onlyQ.better(), EPS);
    assertEquals(0.0, onlyQ.worse(), EPS);
    assertEquals(KanoCategory.QUESTIONABLE, onlyQ.dominant());
  }

  @Test
  void kanoCollectorGroupsByFeature() {
    SortedMap<String, KanoFeatureResult> map =
        Stream.of(
                new KanoResponse("app", KanoAnswer.LIKE, KanoAnswer.DISLIKE),
                new KanoResponse("app", KanoAnswer.LIKE, KanoAnswer.NEUTRAL),
                new KanoResponse("wifi", KanoAnswer.NEUTRAL, KanoAnswer.DISLIKE))
            .parallel()
            .collect(Kano.collector());
    assertEquals(List.of("app", "wifi"), List.copyOf(map.keySet()));
    assertEquals(1, map.get("app").count(KanoCategory.ONE_DIMENSIONAL));
    assertEquals(1, map.get("app").count(KanoCategory.ATTRACTIVE));
    assertEquals(KanoCategory.MUST_BE, map.get("wifi").dominant());
    assertEquals(Kano.accumulator("app").add(1, 5).add(1, 3).result(), map.get("app"));
  }

  @Test
  void kanoPolicyForUnansweredAndInvalidCodes() {
    KanoFeatureResult r =
        Kano.accumulator("wifi", InputPolicy.SKIP)
            .add(1, 5)
            .add(Survey.MISSING, 5)
            .add(7, 2)
            .result();
    assertEquals(1, r.n());
    assertEquals(1, r.missing());
    assertEquals(1, r.invalid());
    assertMessage(
        "Kano.functional must be within 1..5, was 7", () -> Kano.accumulator("wifi").add(7, 2));
    assertEquals(
        1,
        Kano.accumulator("wifi").add(Survey.MISSING, Survey.MISSING).add(1, 1).result().missing());
    assertMessage(
        "Kano.answers must be answered under policy REJECT, was unanswered for wifi",
        () -> Kano.accumulator("wifi", InputPolicy.REJECT).add(3, Survey.MISSING));
    assertMessage(
        "Kano.counts must hold at least one answer for wifi (1 unanswered, 0 invalid skipped), was 0",
        () -> Kano.accumulator("wifi").add(Survey.MISSING, 2).result());
  }

  @Test
  void ipaQuadrantsAtMeansAndMidpoint() {
    List<Ipa.Attribute> attrs =
        List.of(
            new Ipa.Attribute("speed", 6.5, 3.0),
            new Ipa.Attribute("price", 6.0, 6.0),
            new Ipa.Attribute("decor", 2.0, 6.5),
            new Ipa.Attribute("music", 3.0, 2.5));
    Ipa.Grid means = Ipa.analyse(attrs, RatingScale.ONE_TO_SEVEN, Ipa.Crosshairs.MEANS);
    assertEquals(4.375, means.importanceCrosshair(), EPS);
    assertEquals(4.5, means.performanceCrosshair(), EPS);
    assertEquals(
        List.of(
            IpaQuadrant.CONCENTRATE_HERE,
            IpaQuadrant.KEEP_UP_THE_GOOD_WORK,
            IpaQuadrant.POSSIBLE_OVERKILL,
            IpaQuadrant.LOW_PRIORITY),
        means.placements().stream().map(Ipa.Placement::quadrant).toList());
    Ipa.Grid mid =
        Ipa.analyse(
            List.of(new Ipa.Attribute("x", 4.0, 3.9)),
            RatingScale.ONE_TO_SEVEN,
            Ipa.Crosshairs.SCALE_MIDPOINT);
    assertEquals(IpaQuadrant.CONCENTRATE_HERE, mid.placements().get(0).quadrant());
  }

  // Reference: numpy on the same data: eigh for Johnson's weights, and the LMG average over all
  // 3! orders of entry with R^2 from np.linalg.lstsq (an independent algorithm).
  static final double[][] X = {
    {3, 4, 5, 2, 4, 5, 3, 4, 2, 5, 4, 3},
    {2, 4, 4, 3, 5, 5, 2, 3, 3, 4, 4, 2},
    {5, 3, 4, 2, 3, 4, 4, 5, 1, 5, 3, 2}
  };
  static final double[] Y = {3, 5, 5, 2, 4, 6, 3, 5, 2, 6, 4, 2};
  static final List<String> NAMES = List.of("speed", "staff", "price");

  @Test
  void keyDriversMatchNumpy() {
    double[] raw = KeyDrivers.relativeWeights(NAMES, X, Y);
    assertArrayEquals(
        new double[] {0.3983909817997899, 0.27047559266034293, 0.25423181981409343}, raw, 1e-10);
    double[] lmg = KeyDrivers.shapley(NAMES, X, Y);
    assertArrayEquals(
        new double[] {0.4540785814583409, 0.24299938230751955, 0.22602043050836507}, lmg, 1e-10);
    KeyDrivers.Result r = KeyDrivers.analyse(NAMES, X, Y, 0.95, 500, 11);
    assertEquals(0.9230983942742256, r.rSquared(), 1e-10);
    assertEquals(1.0, r.drivers().stream().mapToDouble(KeyDrivers.Driver::share).sum(), 1e-12);
    for (KeyDrivers.Driver d : r.drivers()) {
      assertTrue(d.rawInterval().low() <= d.rawInterval().high());
      assertTrue(d.shareInterval().low() >= 0 && d.shareInterval().high() <= 1);
    }
    assertEquals(r, KeyDrivers.analyse(NAMES, X, Y, 0.95, 500, 11));
    assertEquals(0.4540785814583409, r.drivers().get(0).shapley().getAsDouble(), 1e-10);
  }

  @Test
  void moreThanFifteenDriversGiveRelativeWeightsWithoutShapley() {
    java.util.Random random = new java.util.Random(5);
    int p = 16;
    int n = 60;
    double[][] x = new double[p][n];
    double[] y = new double[n];
    List<String> names = new java.util.ArrayList<>();
    for (int j = 0; j < p; j++) {
      names.add("d" + j);
      for (int i = 0; i < n; i++) {
        x[j][i] = random.nextGaussian();
        y[i] += 0.2 * x[j][i];
      }
    }
    for (int i = 0; i < n; i++) {
      y[i] += random.nextGaussian();
    }
    KeyDrivers.Result r = KeyDrivers.analyse(names, x, y, 0.9, 100, 1);
    assertTrue(r.drivers().stream().allMatch(d -> d.shapley().isEmpty()));
    assertEquals(
        r.rSquared(), r.drivers().stream().mapToDouble(KeyDrivers.Driver::rawWeight).sum(), 1e-12);
  }

  @Test
  void keyDriversBadInput() {
    double[][] collinear = {X[0], X[0].clone(), X[2]};
    assertMessageStarts(
        "KeyDrivers.drivers must not be collinear, was a singular correlation matrix",
        () -> KeyDrivers.relativeWeights(NAMES, collinear, Y));
    double[][] constant = {X[0], new double[12], X[2]};
    assertMessage(
        "KeyDrivers.drivers[1] (staff) must vary, was \"constant 0.0\"",
        () -> KeyDrivers.shapley(NAMES, constant, Y));
    assertMessage(
        "KeyDrivers.outcome must have at least drivers + 2 = 5 observations, was 4",
        () ->
            KeyDrivers.relativeWeights(
                NAMES,
                new double[][] {{1, 2, 3, 4}, {1, 2, 3, 5}, {4, 3, 2, 2}},
                new double[] {1, 2, 3, 4}));
    assertMessage(
        "KeyDrivers.drivers must be at most 15 for the exact Shapley decomposition, was 16",
        () -> {
          double[][] many = new double[16][20];
          List<String> names = new java.util.ArrayList<>();
          for (int j = 0; j < 16; j++) {
            names.add("d" + j);
          }
          KeyDrivers.shapley(names, many, new double[20]);
        });
    assertMessage(
        "KeyDrivers.outcome[2] must be finite, was NaN",
        () -> KeyDrivers.relativeWeights(NAMES, X, withNaN()));
  }

  private static double[] withNaN() {
    double[] y = Y.clone();
    y[2] = Double.NaN;
    return y;
  }

  @Test
  void badInputMessages() {
    assertMessage(
        "Kano.functional[1] must be within 1..5, was 6",
        () -> Kano.classify(new int[] {1, 6}, new int[] {1, 1}));
    assertMessage("Kano.dysfunctional must be within 1..5, was 0", () -> Kano.classify(1, 0));
    assertMessage(
        "Kano.counts must hold at least one answer for x (0 unanswered, 0 invalid skipped), was 0",
        () -> Kano.evaluate("x", 0, 0, 0, 0, 0, 0));
    assertMessage(
        "KanoResponse.feature must not be blank, was \" \"",
        () -> new KanoResponse(" ", KanoAnswer.LIKE, KanoAnswer.LIKE));
    assertMessage(
        "Ipa.attributes must have unique names, was \"a\"",
        () ->
            Ipa.analyse(
                List.of(new Ipa.Attribute("a", 1, 1), new Ipa.Attribute("a", 2, 2)),
                RatingScale.ONE_TO_FIVE,
                Ipa.Crosshairs.MEANS));
    assertMessage(
        "Servqual.expectations must have 22 item columns, was 1",
        () ->
            Servqual.score(
                new int[1][1], new int[22][1], RatingScale.ONE_TO_SEVEN, InputPolicy.SKIP));
    int[][] e = new int[22][1];
    int[][] p = new int[22][1];
    for (int j = 0; j < 22; j++) {
      e[j][0] = 4;
      p[j][0] = 4;
    }
    p[3][0] = 9;
    assertMessage(
        "Servqual.perceptions[3][0] must be within 1..7, was 9",
        () -> Servqual.score(e, p, RatingScale.ONE_TO_SEVEN, InputPolicy.REJECT_INVALID));
    assertMessage(
        "Servqual.items[3] must have at least one complete pair (1 skipped), was 0",
        () -> Servqual.score(e, p, RatingScale.ONE_TO_SEVEN, InputPolicy.SKIP));
  }

  static void assertMessage(String expected, Runnable call) {
    CxValidationException ex = assertThrows(CxValidationException.class, call::run);
    assertEquals(expected, ex.getMessage());
  }

  static void assertMessageStarts(String expected, Runnable call) {
    CxValidationException ex = assertThrows(CxValidationException.class, call::run);
    assertTrue(ex.getMessage().startsWith(expected), ex.getMessage());
  }
}
