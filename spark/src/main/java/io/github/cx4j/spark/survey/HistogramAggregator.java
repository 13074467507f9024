/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.spark.survey;

import io.github.cx4j.core.RatingScale;
import io.github.cx4j.scoring.survey.InputPolicy;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.catalyst.CatalystTypeConverters;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import scala.Function1;

/**
 * An aggregator of answers on a rating scale into a {@link ScoreHistogram}, finished by a measure.
 * Only the scale bounds, the policy and the level are fields, so the aggregator serialises to a few
 * bytes.
 *
 * @param <R> the output bean
 */
abstract class HistogramAggregator<R> extends Aggregator<Integer, ScoreHistogram, R> {
  private static final long serialVersionUID = 1L;

  private final int min;
  private final int max;
  private final InputPolicy policy;
  private final String field;
  private final Class<R> output;

  /** The confidence level of the intervals. */
  final double level;

  private transient RatingScale scale;

  private transient @Nullable Function1<Object, Object> toCatalyst;

  HistogramAggregator(
      RatingScale scale, InputPolicy policy, double level, String field, Class<R> output) {
    this.min = scale.min();
    this.max = scale.max();
    this.policy = policy;
    this.level = SurveyAggregators.checkLevel(level);
    this.field = field;
    this.output = output;
    this.scale = scale;
  }

  /**
   * The scale, rebuilt after deserialisation (the Immutables scale type is not serialisable).
   *
   * @return the scale
   */
  final RatingScale scale() {
    RatingScale s = scale;
    if (s == null) {
      s = RatingScale.of(min, max);
      scale = s;
    }
    return s;
  }

  /**
   * The struct of the result bean, as the bean encoder writes it.
   *
   * @return the result's data type
   */
  final StructType resultType() {
    return Encoders.bean(output).schema();
  }

  /**
   * Finishes native counts (see {@link NativeSurveyAggregates}) under this aggregator's policy and
   * rule, as {@link #reduce} and {@link #finish} would have done row by row.
   *
   * @param counts the count per scale point
   * @param missing the unanswered answers
   * @param invalid the off-scale answers
   * @param bad the smallest off-scale answer, if {@code invalid > 0}
   * @return the result as a Spark row of {@link #resultType()}
   */
  final InternalRow finishCounts(long[] counts, long missing, long invalid, int bad) {
    ScoreHistogram h = zero();
    if (missing > 0) {
      h.add(null, scale(), policy, field);
    }
    if (invalid > 0) {
      h.add(bad, scale(), policy, field);
    }
    System.arraycopy(counts, 0, h.counts, 0, h.counts.length);
    h.missing = missing;
    h.invalid = invalid;
    Function1<Object, Object> convert = toCatalyst;
    StructType type = resultType();
    if (convert == null) {
      convert = CatalystTypeConverters.createToCatalystConverter(type);
      toCatalyst = convert;
    }
    return (InternalRow) convert.apply(HistogramColumn.asRow(finish(h), type.fieldNames()));
  }

  @Override
  public ScoreHistogram zero() {
    return new ScoreHistogram(max - min + 1);
  }

  @Override
  public ScoreHistogram reduce(ScoreHistogram buffer, Integer score) {
    buffer.add(score, scale(), policy, field);
    return buffer;
  }

  @Override
  public ScoreHistogram merge(ScoreHistogram a, ScoreHistogram b) {
    return a.merge(b);
  }

  @Override
  public Encoder<ScoreHistogram> bufferEncoder() {
    return Encoders.javaSerialization(ScoreHistogram.class);
  }

  @Override
  public Encoder<R> outputEncoder() {
    return Encoders.bean(output);
  }
}
