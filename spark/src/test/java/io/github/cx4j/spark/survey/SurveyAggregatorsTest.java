/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.spark.survey;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udaf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.RatingScale;
import io.github.cx4j.scoring.quality.Kano;
import io.github.cx4j.scoring.quality.KanoAccumulator;
import io.github.cx4j.scoring.quality.KanoFeatureResult;
import io.github.cx4j.scoring.survey.Ces;
import io.github.cx4j.scoring.survey.CesResult;
import io.github.cx4j.scoring.survey.Csat;
import io.github.cx4j.scoring.survey.CsatResult;
import io.github.cx4j.scoring.survey.InputPolicy;
import io.github.cx4j.scoring.survey.Nps;
import io.github.cx4j.scoring.survey.NpsResult;
import io.github.cx4j.scoring.survey.NpsScale;
import io.github.cx4j.scoring.survey.SatisfactionIndex;
import io.github.cx4j.scoring.survey.SatisfactionIndexAccumulator;
import io.github.cx4j.scoring.survey.SatisfactionIndexResult;
import io.github.cx4j.spark.CxSpark;
import io.github.cx4j.spark.Spark;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Seeded survey answers by region and month; every measure against the single-JVM API. */
class SurveyAggregatorsTest {
  static final String[] REGIONS = {"north", "south", "east"};
  static final String[] MONTHS = {"2024-01", "2024-02"};
  private static final double[] WEIGHTS = {0.5, 0.3, 0.2};
  private static Dataset<Row> answers;
  private static List<Row> local;

  /** Rows: region, month, nps (0-10), csat (1-5), ces (1-7), q1..q3 (1-10, some null), f, d. */
  static List<Row> generate(long seed, int n) {
    SplittableRandom rng = new SplittableRandom(seed);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Integer q3 = rng.nextInt(10) == 0 ? null : 1 + rng.nextInt(10);
      rows.add(
          RowFactory.create(
              REGIONS[rng.nextInt(REGIONS.length)],
              MONTHS[rng.nextInt(MONTHS.length)],
              rng.nextInt(20) == 0 ? null : rng.nextInt(11),
              1 + rng.nextInt(5),
              1 + rng.nextInt(7),
              1 + rng.nextInt(10),
              1 + rng.nextInt(10),
              q3,
              1 + rng.nextInt(5),
              1 + rng.nextInt(5)));
    }
    return rows;
  }

  static StructType schema() {
    return new StructType()
        .add("region", DataTypes.StringType)
        .add("month", DataTypes.StringType)
        .add("nps", DataTypes.IntegerType)
        .add("csat", DataTypes.IntegerType)
        .add("ces", DataTypes.IntegerType)
        .add("q1", DataTypes.IntegerType)
        .add("q2", DataTypes.IntegerType)
        .add("q3", DataTypes.IntegerType)
        .add("f", DataTypes.IntegerType)
        .add("d", DataTypes.IntegerType);
  }

  @BeforeAll
  static void data() {
    local = generate(11, 4000);
    answers = Spark.session().createDataFrame(local, schema()).repartition(5).cache();
    answers.createOrReplaceTempView("answers");
  }

  private static String key(Row r) {
    return r.getString(0) + "/" + r.getString(1);
  }

  @Test
  void npsCsatAndCesByRegionAndMonthEqualTheSingleJvmApi() {
    Map<String, List<Row>> groups = new HashMap<>();
    for (Row r : local) {
      groups.computeIfAbsent(key(r), k -> new ArrayList<>()).add(r);
    }
    List<Row> out =
        answers
            .groupBy("region", "month")
            .agg(
                udaf(SurveyAggregators.nps(), Encoders.INT()).apply(col("nps")).as("nps"),
                udaf(SurveyAggregators.csat(), Encoders.INT()).apply(col("csat")).as("csat"),
                udaf(SurveyAggregators.ces(), Encoders.INT()).apply(col("ces")).as("ces"))
            .collectAsList();
    assertEquals(6, out.size());
    for (Row r : out) {
      List<Row> g = groups.get(key(r));
      var npsAcc = Nps.accumulator();
      List<Integer> csat = new ArrayList<>();
      List<Integer> ces = new ArrayList<>();
      for (Row a : g) {
        if (a.isNullAt(2)) {
          npsAcc.addMissing();
        } else {
          npsAcc.add(a.getInt(2));
        }
        csat.add(a.getInt(3));
        ces.add(a.getInt(4));
      }
      NpsResult nps = npsAcc.result();
      Row n = r.getStruct(2);
      assertEquals(nps.n(), (long) n.getAs("n"));
      assertEquals(nps.missing(), (long) n.getAs("missing"));
      assertEquals(nps.promoters(), (long) n.getAs("promoters"));
      assertEquals(nps.nps(), (double) n.getAs("nps"), 1e-12);
      assertEquals(nps.se(), (double) n.getAs("se"), 1e-12);
      assertEquals(nps.scoreInterval(0.95).low(), (double) n.getAs("low"), 1e-12);
      assertEquals(nps.scoreInterval(0.95).high(), (double) n.getAs("high"), 1e-12);
      CsatResult c =
          Csat.of(csat.stream().mapToInt(Integer::intValue).toArray(), RatingScale.ONE_TO_FIVE, 2);
      Row cs = r.getStruct(3);
      assertEquals(c.share(), (double) cs.getAs("share"), 1e-12);
      assertEquals(c.wilson(0.95).low(), (double) cs.getAs("low"), 1e-12);
      assertEquals(c.mean(), (double) cs.getAs("mean"), 1e-12);
      assertEquals(c.sd(), (double) cs.getAs("sd"), 1e-12);
      assertEquals(c.meanInterval(0.95).high(), (double) cs.getAs("meanHigh"), 1e-12);
      CesResult e = Ces.of(ces.stream().mapToInt(Integer::intValue).toArray());
      Row ce = r.getStruct(4);
      assertEquals(e.mean(), (double) ce.getAs("mean"), 1e-12);
      assertEquals(e.meanInterval(0.95).low(), (double) ce.getAs("meanLow"), 1e-12);
      assertEquals(e.agreeShare(), (double) ce.getAs("agreeShare"), 1e-12);
      assertEquals(e.agreeInterval(0.95).high(), (double) ce.getAs("agreeHigh"), 1e-12);
    }
  }

  @Test
  void sqlFunctionsGiveTheTypedColumnsResult() {
    Row sql =
        Spark.session()
            .sql("select cx_nps(nps) as n, cx_kano(f, d) as k from answers where region = 'north'")
            .head();
    NpsRow typed =
        answers
            .where("region = 'north'")
            .select(col("nps"))
            .as(Encoders.INT())
            .select(SurveyAggregators.nps().toColumn())
            .head();
    assertEquals(typed.getNps(), (double) sql.getStruct(0).getAs("nps"), 0.0);
    assertEquals(typed.getN(), (long) sql.getStruct(0).getAs("n"));
    KanoAccumulator kano = Kano.accumulator("north");
    for (Row r : local) {
      if (r.getString(0).equals("north")) {
        kano.add(r.getInt(8), r.getInt(9));
      }
    }
    KanoFeatureResult k = kano.result();
    Row ks = sql.getStruct(1);
    assertEquals(k.n(), (long) ks.getAs("n"));
    assertEquals(
        k.count(io.github.cx4j.scoring.quality.KanoCategory.ATTRACTIVE),
        (long) ks.getAs("attractive"));
    assertEquals(k.dominant().code(), ks.getAs("dominant"));
    assertEquals(k.better(), (double) ks.getAs("better"), 1e-12);
    assertEquals(k.worse(), (double) ks.getAs("worse"), 1e-12);
    assertTrue(CxSpark.FUNCTIONS.contains("cx_kano"));
  }

  @Test
  void satisfactionIndexEqualsTheSingleJvmAccumulator() {
    SatisfactionIndexAccumulator acc =
        SatisfactionIndex.accumulator(RatingScale.ONE_TO_TEN, WEIGHTS, InputPolicy.REJECT_INVALID);
    for (Row r : local) {
      acc.add(
          r.getInt(5),
          r.getInt(6),
          r.isNullAt(7) ? io.github.cx4j.scoring.survey.Survey.MISSING : r.getInt(7));
    }
    SatisfactionIndexResult expected = acc.result();
    Row got =
        answers
            .agg(
                CxSpark.satisfactionIndex(RatingScale.ONE_TO_TEN, WEIGHTS)
                    .apply(col("q1"), col("q2"), col("q3")))
            .head()
            .getStruct(0);
    assertEquals(expected.index(), (double) got.getAs("index"), 1e-12);
    assertEquals(expected.se(), (double) got.getAs("se"), 1e-12);
    assertEquals(expected.interval(0.95).low(), (double) got.getAs("low"), 1e-12);
    assertEquals(expected.respondents(), (long) got.getAs("respondents"));
  }

  @Test
  void aGroupWithoutValidAnswersGivesNullMeasuresNotAFailure() {
    StructType s = new StructType().add("score", DataTypes.IntegerType);
    Dataset<Row> empty =
        Spark.session().createDataFrame(List.of(RowFactory.create((Object) null)), s);
    Row r =
        empty
            .agg(udaf(SurveyAggregators.nps(), Encoders.INT()).apply(col("score")))
            .head()
            .getStruct(0);
    assertEquals(0L, (long) r.getAs("n"));
    assertEquals(1L, (long) r.getAs("missing"));
    assertNull(r.getAs("nps"));
    Row c =
        empty
            .agg(udaf(SurveyAggregators.csat(), Encoders.INT()).apply(col("score")))
            .head()
            .getStruct(0);
    assertNull(c.getAs("share"));
    Row e =
        empty
            .agg(udaf(SurveyAggregators.ces(), Encoders.INT()).apply(col("score")))
            .head()
            .getStruct(0);
    assertNull(e.getAs("mean"));
  }

  @Test
  void theNativeNpsColumnEqualsTheTypedAggregatorInEveryGroup() {
    List<Row> out =
        answers
            .groupBy("region", "month")
            .agg(
                udaf(SurveyAggregators.nps(), Encoders.INT()).apply(col("nps")).as("typed"),
                SurveyAggregators.npsColumn(col("nps")).as("native"))
            .collectAsList();
    assertEquals(6, out.size());
    for (Row r : out) {
      Row t = r.getStruct(2);
      Row n = r.getStruct(3);
      for (String f : List.of("n", "detractors", "passives", "promoters", "missing", "invalid")) {
        assertEquals((long) t.getAs(f), (long) n.getAs(f), f);
      }
      for (String f : List.of("nps", "se", "low", "high")) {
        assertEquals((double) t.getAs(f), (double) n.getAs(f), 1e-12, f);
      }
    }
    StructType s = new StructType().add("score", DataTypes.IntegerType);
    Dataset<Row> bad =
        Spark.session().createDataFrame(List.of(RowFactory.create(3), RowFactory.create(11)), s);
    Exception e =
        assertThrows(
            Exception.class, () -> bad.agg(SurveyAggregators.npsColumn(col("score"))).head());
    assertTrue(
        String.valueOf(e.getMessage()).contains("Nps.score must be within 0..10, was 11"),
        e.getMessage());
    Row none =
        Spark.session()
            .createDataFrame(List.of(RowFactory.create((Object) null)), s)
            .agg(SurveyAggregators.npsColumn(col("score")))
            .head()
            .getStruct(0);
    assertEquals(0L, (long) none.getAs("n"));
    assertEquals(1L, (long) none.getAs("missing"));
    assertNull(none.getAs("nps"));
  }

  @Test
  void nativeCsatAndCesColumnsEqualTheTypedAggregators() {
    List<Row> out =
        answers
            .groupBy("region", "month")
            .agg(
                udaf(SurveyAggregators.csat(), Encoders.INT()).apply(col("csat")).as("csatTyped"),
                SurveyAggregators.csatColumn(col("csat")).as("csatNative"),
                udaf(SurveyAggregators.ces(), Encoders.INT()).apply(col("ces")).as("cesTyped"),
                SurveyAggregators.cesColumn(col("ces")).as("cesNative"))
            .collectAsList();
    assertEquals(6, out.size());
    for (Row r : out) {
      for (int k : new int[] {2, 4}) {
        Row t = r.getStruct(k);
        Row n = r.getStruct(k + 1);
        assertEquals(t.schema(), n.schema());
        for (String f : t.schema().fieldNames()) {
          Object a = t.getAs(f);
          Object b = n.getAs(f);
          if (a instanceof Double) {
            assertEquals((double) a, (double) b, 1e-12, f);
          } else {
            assertEquals(a, b, f);
          }
        }
      }
    }
    StructType s = new StructType().add("score", DataTypes.IntegerType);
    Dataset<Row> bad =
        Spark.session().createDataFrame(List.of(RowFactory.create(3), RowFactory.create(6)), s);
    Exception e =
        assertThrows(
            Exception.class, () -> bad.agg(SurveyAggregators.csatColumn(col("score"))).head());
    assertTrue(
        String.valueOf(e.getMessage()).contains("Csat.score must be within 1..5, was 6"),
        e.getMessage());
    Dataset<Row> badCes =
        Spark.session().createDataFrame(List.of(RowFactory.create(0), RowFactory.create(7)), s);
    Exception ce =
        assertThrows(
            Exception.class, () -> badCes.agg(SurveyAggregators.cesColumn(col("score"))).head());
    assertTrue(
        String.valueOf(ce.getMessage()).contains("Ces.score must be within 1..7, was 0"),
        ce.getMessage());
    Row none =
        Spark.session()
            .createDataFrame(List.of(RowFactory.create((Object) null)), s)
            .agg(SurveyAggregators.csatColumn(col("score")))
            .head()
            .getStruct(0);
    assertEquals(0L, (long) none.getAs("n"));
    assertEquals(1L, (long) none.getAs("missing"));
    assertNull(none.getAs("share"));
    assertThrows(
        CxValidationException.class,
        () -> SurveyAggregators.csatColumn(col("score"), RatingScale.ONE_TO_FIVE, 0, 0.95));
    assertThrows(CxValidationException.class, () -> SurveyAggregators.cesColumn(col("score"), 1.0));
  }

  @Test
  void anOffScaleAnswerFailsTheJobNamingFieldAndValue() {
    StructType s = new StructType().add("score", DataTypes.IntegerType);
    Dataset<Row> bad = Spark.session().createDataFrame(List.of(RowFactory.create(11)), s);
    Exception e =
        assertThrows(
            Exception.class,
            () ->
                bad.agg(udaf(SurveyAggregators.nps(), Encoders.INT()).apply(col("score"))).head());
    assertTrue(
        String.valueOf(e.getMessage()).contains("Nps.score must be within 0..10, was 11"),
        e.getMessage());
    Row skipped =
        bad.agg(
                udaf(
                        SurveyAggregators.nps(NpsScale.STANDARD, InputPolicy.SKIP, 0.9),
                        Encoders.INT())
                    .apply(col("score")))
            .head()
            .getStruct(0);
    assertEquals(1L, (long) skipped.getAs("invalid"));
  }

  @Test
  void badSettingsAreRejectedUpFront() {
    CxValidationException level =
        assertThrows(
            CxValidationException.class,
            () -> SurveyAggregators.nps(NpsScale.STANDARD, InputPolicy.SKIP, 1.5));
    assertEquals("SurveyAggregators.level must be within (0, 1), was 1.5", level.getMessage());
    CxValidationException boxes =
        assertThrows(
            CxValidationException.class,
            () -> SurveyAggregators.csat(RatingScale.ONE_TO_FIVE, 6, InputPolicy.SKIP, 0.95));
    assertEquals("SurveyAggregators.topBoxes must be within 1..5, was 6", boxes.getMessage());
  }

  @Test
  void resultBeansNeverEncodeToAnEmptyStruct() {
    for (Class<?> bean :
        List.of(NpsRow.class, CsatRow.class, CesRow.class, IndexRow.class, KanoRow.class)) {
      StructType schema = Encoders.bean(bean).schema();
      assertTrue(schema.fields().length >= 7, bean + " -> " + schema);
    }
    assertTrue(
        List.of(Encoders.bean(NpsRow.class).schema().fieldNames())
            .containsAll(List.of("n", "nps", "se", "low", "high")));
  }
}
