/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.spark.rfm;

import static org.apache.spark.sql.functions.col;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.segmentation.rfm.MonetaryMeasure;
import io.github.cx4j.segmentation.rfm.Rfm;
import io.github.cx4j.segmentation.rfm.RfmCutPoints;
import io.github.cx4j.segmentation.rfm.RfmScore;
import io.github.cx4j.segmentation.rfm.RfmSegmentation;
import io.github.cx4j.spark.sketch.CutPointsRow;
import io.github.cx4j.spark.sketch.SketchAggregators;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * RFM scores and segments as columns of a Spark {@link Dataset} of RFM summaries (Hughes 1994,
 * "Strategic Database Marketing"; segment rules as {@link RfmSegmentation}): cut points from the
 * KLL sketch aggregator ({@link #cutPoints}), then {@code rScore, fScore, mScore} and {@code
 * segment} per customer through {@link Rfm#score(double, int, double, RfmCutPoints)} and {@link
 * RfmSegmentation#segmentOf}. The cut points travel as arrays and the segmentation as its JSON
 * form, rebuilt once per partition.
 */
public final class SparkRfm {
  private SparkRfm() {}

  /**
   * Sketch cut points of RFM summaries (columns {@code recency, frequency, monetaryTotal,
   * monetaryMean}).
   *
   * @param summaries the summaries, for example from {@code SparkActivity.rfm}
   * @param measure which monetary column
   * @param bins the number of bins
   * @return the cut points (method SKETCH, with the sketch's rank error)
   */
  public static RfmCutPoints cutPoints(Dataset<Row> summaries, MonetaryMeasure measure, int bins) {
    CutPointsRow row =
        summaries
            .select(
                col("recency").cast("double"),
                col("frequency").cast("int"),
                col(monetaryColumn(measure)).cast("double").as("monetary"))
            .as(Encoders.row(triple()))
            .select(SketchAggregators.rfmCutPoints(bins, SketchAggregators.DEFAULT_K).toColumn())
            .head();
    return SketchAggregators.cutPoints(row);
  }

  private static StructType triple() {
    return new StructType()
        .add("recency", DataTypes.DoubleType)
        .add("frequency", DataTypes.IntegerType)
        .add("monetary", DataTypes.DoubleType);
  }

  static String monetaryColumn(MonetaryMeasure measure) {
    return measure == MonetaryMeasure.TOTAL ? "monetaryTotal" : "monetaryMean";
  }

  /**
   * Appends {@code rScore, fScore, mScore} (int) and {@code segment} (the rule's name, {@value
   * RfmSegmentation#OTHERS} where no rule matches).
   *
   * @param summaries RFM summaries
   * @param cuts the cut points
   * @param measure which monetary column the cut points are for
   * @param segmentation the segment rules
   * @return the summaries with scores and segment
   */
  public static Dataset<Row> score(
      Dataset<Row> summaries,
      RfmCutPoints cuts,
      MonetaryMeasure measure,
      RfmSegmentation segmentation) {
    StructType in = summaries.schema();
    List<String> names = List.of(in.fieldNames());
    String monetary = monetaryColumn(measure);
    for (String n : List.of("recency", "frequency", monetary)) {
      if (!names.contains(n)) {
        throw CxValidationException.of(
            "SparkRfm.columns", "include recency, frequency and " + monetary, names);
      }
    }
    int ri = names.indexOf("recency");
    int fi = names.indexOf("frequency");
    int mi = names.indexOf(monetary);
    int bins = cuts.bins();
    double[] r = unboxed(cuts.recency());
    double[] f = unboxed(cuts.frequency());
    double[] m = unboxed(cuts.monetary());
    String json = segmentation.toJson();
    StructType out =
        in.add("rScore", DataTypes.IntegerType, false)
            .add("fScore", DataTypes.IntegerType, false)
            .add("mScore", DataTypes.IntegerType, false)
            .add("segment", DataTypes.StringType, false);
    MapPartitionsFunction<Row, Row> score =
        rows -> {
          RfmCutPoints c = RfmCutPoints.of(bins, r, f, m);
          RfmSegmentation s = RfmSegmentation.fromJson(json);
          return new java.util.Iterator<Row>() {
            @Override
            public boolean hasNext() {
              return rows.hasNext();
            }

            @Override
            public Row next() {
              Row row = rows.next();
              RfmScore sc =
                  Rfm.score(
                      ((Number) row.get(ri)).doubleValue(),
                      ((Number) row.get(fi)).intValue(),
                      ((Number) row.get(mi)).doubleValue(),
                      c);
              int width = row.size();
              Object[] values = new Object[width + 4];
              for (int j = 0; j < width; j++) {
                values[j] = row.get(j);
              }
              values[width] = sc.recency();
              values[width + 1] = sc.frequency();
              values[width + 2] = sc.monetary();
              values[width + 3] =
                  s.segmentName(s.segmentOf(sc.recency(), sc.frequency(), sc.monetary()));
              return RowFactory.create(values);
            }
          };
        };
    return summaries.mapPartitions(score, Encoders.row(out));
  }

  private static double[] unboxed(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
