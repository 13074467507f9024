/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.spark.survey;

import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import io.github.cx4j.core.Interval;
import io.github.cx4j.core.RatingScale;
import io.github.cx4j.scoring.survey.NpsResult;
import io.github.cx4j.scoring.survey.NpsScale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.StructType;

/**
 * The NPS of a group as a native Spark column: the counts are Spark's own {@code count_if} and
 * {@code count} aggregates (so the plan is Spark's hash aggregation with generated code, whatever
 * the number of groups), and one scalar function per group finishes them with the library's {@link
 * NpsResult} into an {@link NpsRow} struct. The result equals {@link SurveyAggregators#nps()}.
 */
final class NpsColumn {
  private NpsColumn() {}

  static Column of(Column score, NpsScale scale, double level) {
    double lv = SurveyAggregators.checkLevel(level);
    int lo = scale.scale().min();
    int hi = scale.scale().max();
    Column valid = score.between(lo, hi);
    Column counts =
        struct(
            count_if(valid.and(score.leq(scale.detractorMax()))).as("d"),
            count_if(valid.and(score.gt(scale.detractorMax())).and(score.lt(scale.promoterMin())))
                .as("p"),
            count_if(valid.and(score.geq(scale.promoterMin()))).as("r"),
            count_if(score.isNull()).as("m"),
            count(when(valid.unary_$bang(), 1)).as("i"),
            min(when(valid.unary_$bang(), score)).as("bad"));
    int dmax = scale.detractorMax();
    int pmin = scale.promoterMin();
    // the lambda captures ints only: the scale records are not serialisable
    StructType schema = Encoders.bean(NpsRow.class).schema();
    String[] names = schema.fieldNames();
    UDF1<Row, Row> finish =
        row ->
            HistogramColumn.asRow(
                finish(row, new NpsScale(RatingScale.of(lo, hi), dmax, pmin), lv), names);
    return udf(finish, schema).apply(counts);
  }

  static NpsRow finish(Row c, NpsScale scale, double level) {
    if (!c.isNullAt(5)) {
      scale.scale().require(c.getInt(5), "Nps.score");
    }
    NpsRow row = new NpsRow();
    row.setMissing(c.getLong(3));
    row.setInvalid(c.getLong(4));
    long d = c.getLong(0);
    long p = c.getLong(1);
    long r = c.getLong(2);
    if (d + p + r == 0) {
      return row;
    }
    NpsResult res = new NpsResult(scale, d, p, r, 0, 0);
    Interval ci = res.scoreInterval(level);
    row.setN(res.n());
    row.setDetractors(d);
    row.setPassives(p);
    row.setPromoters(r);
    row.setNps(res.nps());
    row.setSe(res.se());
    row.setLow(ci.low());
    row.setHigh(ci.high());
    return row;
  }
}
