/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.spark.survey;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udaf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cx4j.core.RatingScale;
import io.github.cx4j.scoring.survey.InputPolicy;
import io.github.cx4j.scoring.survey.NpsScale;
import io.github.cx4j.spark.Spark;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** The rewritten (native) plan of the survey aggregators against the unrewritten typed plan. */
class NativeSurveyAggregatesTest {
  private static final StructType SCHEMA =
      new StructType().add("g", DataTypes.IntegerType).add("score", DataTypes.IntegerType);

  private static Dataset<Row> answers(long seed, int n, boolean offScale) {
    SplittableRandom rng = new SplittableRandom(seed);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int k = rng.nextInt(30);
      Integer score = k == 0 ? null : (offScale && k == 1 ? 11 + rng.nextInt(3) : rng.nextInt(11));
      rows.add(RowFactory.create(rng.nextInt(7), score));
    }
    return Spark.session().createDataFrame(rows, SCHEMA);
  }

  private static <T> T with(boolean enabled, Supplier<T> run) {
    SparkSession s = Spark.session();
    s.conf().set(NativeSurveyAggregates.ENABLED, String.valueOf(enabled));
    try {
      return run.get();
    } finally {
      s.conf().unset(NativeSurveyAggregates.ENABLED);
    }
  }

  private static List<Row> byGroup(Dataset<Row> d, Column... aggs) {
    return d
        .groupBy("g")
        .agg(aggs[0], java.util.Arrays.copyOfRange(aggs, 1, aggs.length))
        .collectAsList()
        .stream()
        .sorted(Comparator.comparing((Row r) -> r.getInt(0)))
        .toList();
  }

  private static Column[] measures() {
    return new Column[] {
      udaf(SurveyAggregators.nps(), Encoders.INT()).apply(col("score")).as("nps"),
      udaf(
              SurveyAggregators.nps(
                  new NpsScale(RatingScale.of(0, 10), 5, 8), InputPolicy.SKIP, 0.9),
              Encoders.INT())
          .apply(col("score"))
          .as("npsSkip"),
      udaf(SurveyAggregators.csat(RatingScale.of(0, 10), 3, InputPolicy.SKIP, 0.95), Encoders.INT())
          .apply(col("score"))
          .as("csat"),
      udaf(SurveyAggregators.ces(InputPolicy.SKIP, 0.95), Encoders.INT())
          .apply(col("score"))
          .as("ces")
    };
  }

  @Test
  void theNativePlanGivesTheTypedPlansRowsUnderEveryPolicy() {
    Dataset<Row> d = answers(3, 1200, true).filter("g > 0 or score <= 10 or score is null");
    Dataset<Row> skipOnly = answers(4, 1200, true);
    List<Row> typed =
        with(false, () -> byGroup(d.filter("score <= 10 or score is null"), measures()));
    List<Row> rewritten =
        with(true, () -> byGroup(d.filter("score <= 10 or score is null"), measures()));
    assertEquals(typed, rewritten);
    Column[] skipping = java.util.Arrays.copyOfRange(measures(), 1, 4);
    assertEquals(
        with(false, () -> byGroup(skipOnly, skipping)),
        with(true, () -> byGroup(skipOnly, skipping)));
    String plan =
        with(
            true,
            () ->
                skipOnly.groupBy("g").agg(skipping[0]).queryExecution().executedPlan().toString());
    assertTrue(plan.contains("HashAggregate"), plan);
    assertFalse(plan.contains("ObjectHashAggregate"), plan);
    String typedPlan =
        with(
            false,
            () ->
                skipOnly.groupBy("g").agg(skipping[0]).queryExecution().executedPlan().toString());
    assertTrue(typedPlan.contains("ObjectHashAggregate"), typedPlan);
  }

  @Test
  void offScaleAndUnansweredRowsFailWithTheLibrarysMessage() {
    Dataset<Row> bad =
        Spark.session()
            .createDataFrame(
                List.of(
                    RowFactory.create(1, 3), RowFactory.create(1, 12), RowFactory.create(2, null)),
                SCHEMA);
    Exception e =
        assertThrows(
            Exception.class,
            () ->
                with(
                    true,
                    () ->
                        byGroup(
                            bad,
                            udaf(SurveyAggregators.nps(), Encoders.INT()).apply(col("score")))));
    assertTrue(
        String.valueOf(e.getMessage()).contains("Nps.score must be within 0..10, was 12"),
        e.getMessage());
    Exception r =
        assertThrows(
            Exception.class,
            () ->
                with(
                    true,
                    () ->
                        byGroup(
                            bad.filter("score is null or score < 10"),
                            udaf(
                                    SurveyAggregators.nps(
                                        NpsScale.STANDARD, InputPolicy.REJECT, 0.95),
                                    Encoders.INT())
                                .apply(col("score")))));
    assertTrue(
        String.valueOf(r.getMessage())
            .contains("Nps.score must be answered under policy REJECT, was unanswered"),
        r.getMessage());
  }

  @Test
  void theTypedColumnIsRewrittenToo() {
    Dataset<Integer> scores = answers(5, 1000, false).select("score").as(Encoders.INT());
    NpsRow typed = with(false, () -> scores.select(SurveyAggregators.nps().toColumn()).head());
    NpsRow rewritten = with(true, () -> scores.select(SurveyAggregators.nps().toColumn()).head());
    assertEquals(typed.getN(), rewritten.getN());
    assertEquals(typed.getMissing(), rewritten.getMissing());
    assertEquals(typed.getPromoters(), rewritten.getPromoters());
    assertEquals(typed.getNps(), rewritten.getNps(), 1e-12);
    assertEquals(typed.getLow(), rewritten.getLow(), 1e-12);
  }
}
