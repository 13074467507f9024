/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.spark.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.activity.ActivitySummaries;
import io.github.cx4j.core.activity.RepeatSummaries;
import io.github.cx4j.core.activity.RfmSummaries;
import io.github.cx4j.core.activity.SummarySpec;
import io.github.cx4j.scoring.value.BgBb;
import io.github.cx4j.scoring.value.BgBbModel;
import io.github.cx4j.scoring.value.BgNbd;
import io.github.cx4j.scoring.value.BgNbdModel;
import io.github.cx4j.scoring.value.Clv;
import io.github.cx4j.scoring.value.ClvHorizon;
import io.github.cx4j.scoring.value.FitOptions;
import io.github.cx4j.scoring.value.GammaGamma;
import io.github.cx4j.scoring.value.GammaGammaModel;
import io.github.cx4j.scoring.value.MbgNbd;
import io.github.cx4j.scoring.value.ParetoNbd;
import io.github.cx4j.scoring.value.SimulatedCustomers;
import io.github.cx4j.scoring.value.ValueFit;
import io.github.cx4j.segmentation.rfm.MonetaryMeasure;
import io.github.cx4j.segmentation.rfm.Rfm;
import io.github.cx4j.segmentation.rfm.RfmCutPoints;
import io.github.cx4j.segmentation.rfm.RfmScore;
import io.github.cx4j.segmentation.rfm.RfmSegmentation;
import io.github.cx4j.segmentation.rfm.RfmSketch;
import io.github.cx4j.spark.Spark;
import io.github.cx4j.spark.activity.PurchaseColumns;
import io.github.cx4j.spark.activity.SparkActivity;
import io.github.cx4j.spark.rfm.SparkRfm;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SparkValueTest {
  private static final SummarySpec SPEC =
      SummarySpec.of(LocalDate.of(1998, 6, 30), SummarySpec.WEEKS);
  private static RepeatSummaries single;
  private static Dataset<Row> summaries;

  @BeforeAll
  static void summarise() {
    List<Spark.Purchase> cdnow = Spark.cdnow();
    single = ActivitySummaries.repeat(Spark.log(cdnow), SPEC);
    summaries =
        SparkActivity.repeat(
                Spark.table(cdnow, "customer", "date", "amount"), PurchaseColumns.DEFAULT, SPEC)
            .cache();
  }

  private static void assertSameFit(ValueFit expected, ValueFit actual) {
    assertTrue(actual.converged(), actual.message());
    assertEquals(expected.customers(), actual.customers(), 1e-9);
    assertEquals(
        expected.logLikelihood(),
        actual.logLikelihood(),
        1e-8 * Math.abs(expected.logLikelihood()));
    for (Map.Entry<String, Double> e : expected.params().entrySet()) {
      assertEquals(e.getValue(), actual.param(e.getKey()), 1e-6 * e.getValue(), e.getKey());
    }
  }

  @Test
  void nbdFamilyFitsFromSparkPatternsEqualTheSingleJvmFits() {
    FitOptions o = FitOptions.defaults();
    assertSameFit(
        BgNbd.fit(single.frequency(), single.recency(), single.age(), null, o),
        SparkFits.bgNbd(summaries, o));
    assertSameFit(
        MbgNbd.fit(single.frequency(), single.recency(), single.age(), null, o),
        SparkFits.mbgNbd(summaries, o));
    assertSameFit(
        ParetoNbd.fit(single.frequency(), single.recency(), single.age(), null, o),
        SparkFits.paretoNbd(summaries, o));
    assertSameFit(
        GammaGamma.fit(single.frequency(), single.monetary(), null, o),
        SparkFits.gammaGamma(summaries, o));
    assertTrue(SparkFits.patterns(summaries).count() < single.size());
  }

  @Test
  void bgBbFitFromSparkPatternsEqualsTheSingleJvmFit() {
    int n = 3000;
    int[] opportunities = new int[n];
    for (int i = 0; i < n; i++) {
      opportunities[i] = 4 + i % 3;
    }
    SimulatedCustomers sim = BgBb.simulate(new BgBbModel(1.2, 0.75, 0.66, 2.8), opportunities, 7);
    double[] opp = new double[n];
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      opp[i] = opportunities[i];
      rows.add(RowFactory.create(sim.frequency()[i], sim.recency()[i], opp[i]));
    }
    StructType schema =
        new StructType()
            .add("frequency", DataTypes.IntegerType)
            .add("recency", DataTypes.DoubleType)
            .add("opportunities", DataTypes.DoubleType);
    Dataset<Row> table = Spark.session().createDataFrame(rows, schema).repartition(3);
    FitOptions o = FitOptions.defaults();
    assertSameFit(BgBb.fit(sim.frequency(), sim.recency(), opp, null, o), SparkFits.bgBb(table, o));
  }

  @Test
  void tooManyPatternsAreRefusedWithTheirCount() {
    CxValidationException e =
        assertThrows(
            CxValidationException.class,
            () -> SparkFits.collect(SparkFits.patterns(summaries), 10));
    assertTrue(
        e.getMessage().startsWith("SparkFits.patterns must be at most 10 to fit on the driver"),
        e.getMessage());
    assertTrue(e.getMessage().endsWith("was " + SparkFits.patterns(summaries).count()));
    assertThrows(
        CxValidationException.class, () -> SparkFits.collect(SparkFits.patterns(summaries), 0));
    CxValidationException empty =
        assertThrows(
            CxValidationException.class,
            () -> SparkFits.bgNbd(summaries.limit(0), FitOptions.defaults()));
    assertEquals("SparkFits.summaries must hold at least one customer, was 0", empty.getMessage());
  }

  @Test
  void scoringColumnsEqualTheSingleJvmColumnPath() {
    BgNbdModel model = new BgNbdModel(0.243, 4.414, 0.793, 2.426);
    GammaGammaModel spend = new GammaGammaModel(6.25, 3.74, 15.44);
    ClvHorizon horizon = new ClvHorizon(52, 4, 0.01);
    Dataset<Row> scored =
        SparkScoring.score(summaries.repartition(3), model, spend, 39, horizon, 0.3);
    assertEquals(
        List.of(
            "customer",
            "frequency",
            "recency",
            "age",
            "monetary",
            "pAlive",
            "expectedPurchases",
            "clv"),
        List.of(scored.columns()));
    double[] alive =
        Clv.probabilityAlive(model, single.frequency(), single.recency(), single.age());
    double[] expected =
        Clv.conditionalExpectedPurchases(
            model, 39, single.frequency(), single.recency(), single.age());
    double[] clv = Clv.of(model, spend, single, horizon, 0.3);
    Map<String, Integer> at = new HashMap<>();
    for (int i = 0; i < single.size(); i++) {
      at.put(single.customer(i).value(), i);
    }
    List<Row> rows = scored.collectAsList();
    assertEquals(single.size(), rows.size());
    for (Row r : rows) {
      int i = at.get(r.getString(0));
      assertEquals(alive[i], r.getDouble(5), 1e-12);
      assertEquals(expected[i], r.getDouble(6), 1e-12 * Math.max(1, expected[i]));
      assertEquals(clv[i], r.getDouble(7), 1e-10 * Math.max(1, clv[i]));
    }
    Dataset<Row> noSpend = SparkScoring.score(summaries.drop("monetary"), model, 10);
    assertEquals(6, noSpend.columns().length);
    assertEquals(single.size(), noSpend.count());
    CxValidationException e =
        assertThrows(
            CxValidationException.class,
            () -> SparkScoring.score(summaries.drop("age"), model, 10));
    assertEquals(
        "SparkScoring.columns must include [frequency, recency, age], was [customer, frequency, recency, monetary]",
        e.getMessage());
  }

  @Test
  void modelParametersRoundTrip() {
    BgNbdModel model = new BgNbdModel(0.243, 4.414, 0.793, 2.426);
    ModelParameters p = ModelParameters.of(model);
    assertEquals(model, p.toModel());
    assertEquals(4, p.values().length);
    assertEquals("BGNBD", p.kind().name());
  }

  @Test
  void rfmScoresAndSegmentsAsColumnsEqualTheLibrary() {
    SummarySpec spec = SummarySpec.of(LocalDate.of(1998, 6, 30), SummarySpec.DAYS);
    List<Spark.Purchase> cdnow = Spark.cdnow();
    RfmSummaries rfm = ActivitySummaries.rfm(Spark.log(cdnow), spec);
    Dataset<Row> table =
        SparkActivity.rfm(
            Spark.table(cdnow, "customer", "date", "amount"), PurchaseColumns.DEFAULT, spec);
    RfmCutPoints cuts = SparkRfm.cutPoints(table, MonetaryMeasure.TOTAL, 5);
    RfmCutPoints exact = Rfm.cutPoints(rfm.recency(), rfm.frequency(), rfm.monetaryTotal(), 5);
    RfmCutPoints jvmSketch = RfmSketch.create().update(rfm, MonetaryMeasure.TOTAL).cutPoints(5);
    assertEquals(rfm.size(), cuts.n());
    assertTrue(cuts.rankError() > 0 && cuts.rankError() < 0.02, "rank error " + cuts.rankError());
    assertEquals(jvmSketch.rankError(), cuts.rankError(), 1e-12);
    // every sketch cut point lies within the rank error of the exact quantile
    for (int k = 0; k < 4; k++) {
      double target = (k + 1) / 5.0;
      double rank = rankOf(rfm.monetaryTotal(), cuts.monetary().get(k));
      assertTrue(
          Math.abs(rank - target) <= 2 * cuts.rankError() + 1e-9, "rank " + rank + " vs " + target);
    }
    assertEquals(5, exact.bins());
    RfmSegmentation seg = RfmSegmentation.rfm();
    List<Row> rows =
        SparkRfm.score(table, cuts, MonetaryMeasure.TOTAL, seg).orderBy("customer").collectAsList();
    assertEquals(rfm.size(), rows.size());
    Map<String, Integer> at = new HashMap<>();
    for (int i = 0; i < rfm.size(); i++) {
      at.put(rfm.customer(i).value(), i);
    }
    for (Row r : rows) {
      int i = at.get(r.getString(0));
      RfmScore s = Rfm.score(rfm.recency(i), rfm.frequency(i), rfm.monetaryTotal(i), cuts);
      assertEquals(s.recency(), r.getInt(5));
      assertEquals(s.frequency(), r.getInt(6));
      assertEquals(s.monetary(), r.getInt(7));
      assertEquals(
          seg.segmentName(seg.segmentOf(s.recency(), s.frequency(), s.monetary())), r.getString(8));
    }
  }

  private static double rankOf(double[] values, double v) {
    long below = 0;
    for (double x : values) {
      if (x <= v) {
        below++;
      }
    }
    return below / (double) values.length;
  }
}
