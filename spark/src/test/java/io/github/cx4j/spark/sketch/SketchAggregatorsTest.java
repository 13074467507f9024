/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.spark.sketch;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.spark.Spark;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class SketchAggregatorsTest {
  private static Dataset<Row> values(double[] v, int partitions) {
    List<Row> rows = new ArrayList<>();
    for (double x : v) {
      rows.add(RowFactory.create(x));
    }
    return Spark.session()
        .createDataFrame(rows, new StructType().add("v", DataTypes.DoubleType))
        .repartition(partitions);
  }

  private static double rank(double[] sorted, double q) {
    int below = 0;
    while (below < sorted.length && sorted[below] <= q) {
      below++;
    }
    return below / (double) sorted.length;
  }

  @Test
  void quantilesAreWithinTheStatedRankErrorOfTheExactOnes() {
    SplittableRandom rng = new SplittableRandom(3);
    double[] v = new double[20_000];
    for (int i = 0; i < v.length; i++) {
      v[i] = Math.exp(rng.nextGaussian());
    }
    double[] ranks = {0.1, 0.5, 0.9, 0.99};
    QuantilesRow q =
        values(v, 4)
            .select(col("v"))
            .as(Encoders.DOUBLE())
            .select(SketchAggregators.quantiles(200, ranks).toColumn())
            .head();
    double[] sorted = v.clone();
    Arrays.sort(sorted);
    assertEquals(v.length, q.getN());
    assertTrue(q.getRankError() > 0 && q.getRankError() < 0.02, "error " + q.getRankError());
    for (int i = 0; i < ranks.length; i++) {
      assertTrue(
          Math.abs(rank(sorted, q.getValues()[i]) - ranks[i]) <= q.getRankError(),
          "rank " + ranks[i] + " got " + rank(sorted, q.getValues()[i]));
    }
    assertEquals(sorted[0], q.getMin(), 0.0);
    assertEquals(sorted[sorted.length - 1], q.getMax(), 0.0);
  }

  @Test
  void aSmallSampleIsExactInAnyPartitioning() {
    double[] v = {5, 1, 4, 2, 3, 9, 7, 8, 6, 10};
    for (int p : new int[] {1, 3, 7}) {
      QuantilesRow q =
          values(v, p)
              .select(col("v"))
              .as(Encoders.DOUBLE())
              .select(SketchAggregators.quantiles(64, 0.5, 0.9).toColumn())
              .head();
      assertArrayEquals(new double[] {5, 9}, q.getValues(), 0.0);
      assertEquals(0.0, q.getRankError(), 0.0);
    }
    Row sql =
        values(v, 2)
            .agg(org.apache.spark.sql.functions.expr("cx_quantiles(v)"))
            .head()
            .getStruct(0);
    assertEquals(10L, (long) sql.getAs("n"));
  }

  @Test
  void badSettingsAndValuesAreNamed() {
    assertEquals(
        "SketchAggregators.ranks[1] must be within 0..1, was 1.5",
        assertThrows(CxValidationException.class, () -> SketchAggregators.quantiles(64, 0.5, 1.5))
            .getMessage());
    assertEquals(
        "SketchAggregators.k must be within 8..65535, was 4",
        assertThrows(CxValidationException.class, () -> SketchAggregators.quantiles(4, 0.5))
            .getMessage());
    assertEquals(
        "SketchAggregators.bins must be within 2..9, was 1",
        assertThrows(CxValidationException.class, () -> SketchAggregators.rfmCutPoints(1, 200))
            .getMessage());
    assertEquals(
        "CutPointsRow.n must be at least 1, was 0",
        assertThrows(
                CxValidationException.class, () -> SketchAggregators.cutPoints(new CutPointsRow()))
            .getMessage());
    Exception e =
        assertThrows(
            Exception.class,
            () ->
                values(new double[] {1, Double.NaN}, 1)
                    .select(col("v"))
                    .as(Encoders.DOUBLE())
                    .select(SketchAggregators.quantiles(64, 0.5).toColumn())
                    .head());
    assertTrue(
        String.valueOf(e.getMessage()).contains("SketchAggregators.value must be finite, was NaN"));
    assertTrue(Encoders.bean(QuantilesRow.class).schema().fields().length == 6);
    assertTrue(Encoders.bean(CutPointsRow.class).schema().fields().length == 6);
  }
}
