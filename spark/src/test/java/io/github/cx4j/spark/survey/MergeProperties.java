/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.spark.survey;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udaf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.cx4j.core.RatingScale;
import io.github.cx4j.spark.CxSpark;
import io.github.cx4j.spark.Spark;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** Merged in Spark over any number of partitions, the accumulators give one result. */
class MergeProperties {
  @Test
  void npsAndIndexDoNotDependOnThePartitioning() {
    List<Row> rows = SurveyAggregatorsTest.generate(5, 600);
    Dataset<Row> data =
        Spark.session().createDataFrame(rows, SurveyAggregatorsTest.schema()).cache();
    List<Row> reference = aggregate(data.coalesce(1));
    qt().withExamples(6)
        .withShrinkCycles(0)
        .forAll(integers().between(1, 12), longs().between(0, 1000))
        .checkAssert(
            (partitions, seed) -> {
              Dataset<Row> shuffled =
                  data.repartition(partitions, org.apache.spark.sql.functions.rand(seed));
              assertEquals(reference, aggregate(shuffled));
            });
  }

  private static List<Row> aggregate(Dataset<Row> d) {
    return d
        .groupBy("region")
        .agg(
            udaf(SurveyAggregators.nps(), Encoders.INT()).apply(col("nps")).as("nps"),
            CxSpark.satisfactionIndex(RatingScale.ONE_TO_TEN, new double[] {0.5, 0.3, 0.2})
                .apply(col("q1"), col("q2"), col("q3"))
                .as("index"),
            udaf(
                    SurveyAggregators.kano(),
                    Encoders.row(
                        new org.apache.spark.sql.types.StructType()
                            .add("f", org.apache.spark.sql.types.DataTypes.IntegerType)
                            .add("d", org.apache.spark.sql.types.DataTypes.IntegerType)))
                .apply(col("f"), col("d"))
                .as("kano"))
        .collectAsList()
        .stream()
        .sorted(java.util.Comparator.comparing((Row r) -> r.getString(0)))
        .toList();
  }
}
