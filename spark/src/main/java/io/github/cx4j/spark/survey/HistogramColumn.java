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

import io.github.cx4j.core.RatingScale;
import java.io.Serializable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * A histogram measure (CSAT, CES) of a group as a native Spark column: one {@code count_if} per
 * scale point plus the unanswered and off-scale counts are Spark's own aggregates (hash aggregation
 * with generated code, whatever the number of groups), and one scalar function per group rebuilds
 * the {@link ScoreHistogram} and finishes it with the same rule as the typed aggregator, so both
 * give the same row.
 */
final class HistogramColumn {
  private HistogramColumn() {}

  /** The finishing rule; serialisable because Spark ships it to the executors. */
  interface Finish<T> extends Serializable {
    T apply(ScoreHistogram h);
  }

  static <T> Column of(
      Column score, int lo, int hi, String field, Class<T> bean, Finish<T> finish) {
    int points = hi - lo + 1;
    Column valid = score.between(lo, hi);
    Column[] counts = new Column[points + 3];
    for (int v = lo; v <= hi; v++) {
      counts[v - lo] = count_if(score.equalTo(v)).as("c" + v);
    }
    counts[points] = count_if(score.isNull()).as("m");
    counts[points + 1] = count(when(valid.unary_$bang(), 1)).as("i");
    counts[points + 2] = min(when(valid.unary_$bang(), score)).as("bad");
    StructType schema = Encoders.bean(bean).schema();
    String[] names = schema.fieldNames();
    UDF1<Row, Row> udf =
        row -> {
          if (!row.isNullAt(points + 2)) {
            RatingScale.of(lo, hi).require(row.getInt(points + 2), field);
          }
          ScoreHistogram h = new ScoreHistogram(points);
          for (int i = 0; i < points; i++) {
            h.counts[i] = row.getLong(i);
          }
          h.missing = row.getLong(points);
          h.invalid = row.getLong(points + 1);
          return asRow(finish.apply(h), names);
        };
    return udf(udf, schema).apply(struct(counts));
  }

  /** A bean as a row in the bean encoder's field order, through its getters. */
  static Row asRow(Object bean, String[] names) {
    @Nullable Object[] values = new Object[names.length];
    for (int i = 0; i < names.length; i++) {
      String n = names[i];
      String getter = "get" + n.substring(0, 1).toUpperCase(Locale.ROOT) + n.substring(1);
      try {
        Method m = bean.getClass().getMethod(getter);
        values[i] = m.invoke(bean);
      } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException(bean.getClass() + " has no readable " + n, e);
      }
    }
    return RowFactory.create(values);
  }
}
