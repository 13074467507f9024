/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.spark.survey;

import io.github.cx4j.core.RatingScale;
import io.github.cx4j.scoring.survey.InputPolicy;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;

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
