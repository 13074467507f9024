/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.spark;

import io.github.cx4j.spark.complaints.ComplaintAggregators;
import io.github.cx4j.spark.sketch.SketchAggregators;
import io.github.cx4j.spark.survey.NativeSurveyAggregates;
import io.github.cx4j.spark.survey.SurveyAggregators;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.catalyst.rules.Rule;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Registers cx4j's aggregators as SQL functions of a session.
 *
 * <table>
 *   <caption>SQL functions</caption>
 *   <tr><th>name</th><th>arguments</th><th>result struct</th></tr>
 *   <tr><td>{@code cx_nps}</td><td>score (int, 0-10)</td><td>{@code NpsRow}</td></tr>
 *   <tr><td>{@code cx_csat}</td><td>score (int, 1-5, top two boxes)</td><td>{@code CsatRow}</td></tr>
 *   <tr><td>{@code cx_ces}</td><td>score (int, 1-7)</td><td>{@code CesRow}</td></tr>
 *   <tr><td>{@code cx_kano}</td><td>functional, dysfunctional (int, 1-5)</td><td>{@code KanoRow}</td></tr>
 *   <tr><td>{@code cx_quantiles}</td><td>value (double): median, p90, p99</td><td>{@code QuantilesRow}</td></tr>
 *   <tr><td>{@code cx_rfm_cut_points}</td><td>recency, frequency, monetary: quintiles</td><td>{@code CutPointsRow}</td></tr>
 *   <tr><td>{@code cx_complaint_kpis}</td><td>the ten columns of {@link ComplaintAggregators#INPUT}</td><td>{@code KpiRow}</td></tr>
 * </table>
 */
public final class CxSpark {
  /** The names registered by {@link #register}. */
  public static final List<String> FUNCTIONS =
      List.of(
          "cx_nps",
          "cx_csat",
          "cx_ces",
          "cx_kano",
          "cx_quantiles",
          "cx_rfm_cut_points",
          "cx_complaint_kpis");

  private CxSpark() {}

  /**
   * Registers the functions of {@link #FUNCTIONS} with their default settings, and adds {@link
   * NativeSurveyAggregates} to the session's optimizer so that the NPS, CSAT and CES aggregators
   * (typed columns, {@code functions.udaf} and these SQL functions) are planned as Spark's own hash
   * aggregation. Calling it again adds nothing twice.
   *
   * @param spark the session
   */
  public static void register(SparkSession spark) {
    addNativeRule(spark);
    spark.udf().register("cx_nps", functions.udaf(SurveyAggregators.nps(), Encoders.INT()));
    spark.udf().register("cx_csat", functions.udaf(SurveyAggregators.csat(), Encoders.INT()));
    spark.udf().register("cx_ces", functions.udaf(SurveyAggregators.ces(), Encoders.INT()));
    spark.udf().register("cx_kano", kano());
    spark
        .udf()
        .register(
            "cx_quantiles",
            functions.udaf(
                SketchAggregators.quantiles(SketchAggregators.DEFAULT_K, 0.5, 0.9, 0.99),
                Encoders.DOUBLE()));
    spark.udf().register("cx_rfm_cut_points", rfmCutPoints(5));
    spark
        .udf()
        .register(
            "cx_complaint_kpis",
            functions.udaf(ComplaintAggregators.kpis(), Encoders.row(ComplaintAggregators.INPUT)));
  }

  private static synchronized void addNativeRule(SparkSession spark) {
    List<Rule<LogicalPlan>> rules =
        new ArrayList<>(CollectionConverters.asJava(spark.experimental().extraOptimizations()));
    for (Rule<LogicalPlan> r : rules) {
      if (r instanceof NativeSurveyAggregates) {
        return;
      }
    }
    rules.add(new NativeSurveyAggregates(spark));
    spark.experimental().extraOptimizations_$eq(CollectionConverters.asScala(rules).toList());
  }

  /**
   * The Kano aggregator as an untyped function of two int columns (functional, dysfunctional).
   *
   * @return the function
   */
  public static UserDefinedFunction kano() {
    StructType pair =
        new StructType()
            .add("functional", DataTypes.IntegerType)
            .add("dysfunctional", DataTypes.IntegerType);
    return functions.udaf(SurveyAggregators.kano(), Encoders.row(pair));
  }

  /**
   * The RFM cut-point aggregator as an untyped function of recency (double), frequency (int) and
   * monetary (double) columns.
   *
   * @param bins the number of bins
   * @return the function
   */
  public static UserDefinedFunction rfmCutPoints(int bins) {
    StructType triple =
        new StructType()
            .add("recency", DataTypes.DoubleType)
            .add("frequency", DataTypes.IntegerType)
            .add("monetary", DataTypes.DoubleType);
    return functions.udaf(
        SketchAggregators.rfmCutPoints(bins, SketchAggregators.DEFAULT_K), Encoders.row(triple));
  }

  /**
   * The satisfaction-index aggregator as an untyped function of {@code k} int item columns.
   *
   * @param scale the items' scale
   * @param weights the item weights, summing to 1
   * @return the function
   */
  public static UserDefinedFunction satisfactionIndex(
      io.github.cx4j.core.RatingScale scale, double[] weights) {
    StructType items = new StructType();
    for (int j = 0; j < weights.length; j++) {
      items = items.add("item" + j, DataTypes.IntegerType);
    }
    return functions.udaf(
        SurveyAggregators.satisfactionIndex(
            scale,
            weights,
            io.github.cx4j.scoring.survey.InputPolicy.REJECT_INVALID,
            SurveyAggregators.DEFAULT_LEVEL),
        Encoders.row(items));
  }
}
