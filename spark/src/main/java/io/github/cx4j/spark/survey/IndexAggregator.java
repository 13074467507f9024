/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.spark.survey;

import io.github.cx4j.core.Interval;
import io.github.cx4j.core.RatingScale;
import io.github.cx4j.scoring.survey.InputPolicy;
import io.github.cx4j.scoring.survey.SatisfactionIndex;
import io.github.cx4j.scoring.survey.SatisfactionIndexAccumulator;
import io.github.cx4j.scoring.survey.SatisfactionIndexResult;
import io.github.cx4j.scoring.survey.Survey;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;

/** The satisfaction index over rows of k item answers (null or MISSING for unanswered). */
final class IndexAggregator extends Aggregator<Row, IndexBuffer, IndexRow> {
  private static final long serialVersionUID = 1L;

  private final int min;
  private final int max;
  private final double[] weights;
  private final InputPolicy policy;
  private final double level;

  IndexAggregator(RatingScale scale, double[] weights, InputPolicy policy, double level) {
    SatisfactionIndex.accumulator(scale, weights, policy); // validates the weights
    this.min = scale.min();
    this.max = scale.max();
    this.weights = weights.clone();
    this.policy = policy;
    this.level = SurveyAggregators.checkLevel(level);
  }

  int items() {
    return weights.length;
  }

  private SatisfactionIndexAccumulator fresh() {
    return SatisfactionIndex.accumulator(RatingScale.of(min, max), weights, policy);
  }

  private SatisfactionIndexAccumulator open(IndexBuffer b) {
    long[] pending = b.pending;
    if (pending != null) {
      b.accumulator = fresh().mergeState(pending);
      b.pending = null;
    }
    return b.accumulator;
  }

  @Override
  public IndexBuffer zero() {
    return new IndexBuffer(fresh());
  }

  @Override
  public IndexBuffer reduce(IndexBuffer b, Row row) {
    int k = weights.length;
    if (row.size() != k) {
      throw io.github.cx4j.core.CxValidationException.of(
          "SatisfactionIndex.answers", "have one answer per item (" + k + ")", row.size());
    }
    int[] answers = new int[k];
    for (int j = 0; j < k; j++) {
      answers[j] = row.isNullAt(j) ? Survey.MISSING : ((Number) row.get(j)).intValue();
    }
    open(b).add(answers);
    return b;
  }

  @Override
  public IndexBuffer merge(IndexBuffer a, IndexBuffer b) {
    open(a).merge(open(b));
    return a;
  }

  @Override
  public IndexRow finish(IndexBuffer b) {
    SatisfactionIndexAccumulator acc = open(b);
    long[] state = acc.state();
    long respondents = state[state.length - 1];
    IndexRow row = new IndexRow();
    row.setRespondents(respondents);
    int k = weights.length;
    long[] itemN = new long[k];
    for (int j = 0; j < k; j++) {
      itemN[j] = state[j * k + j];
    }
    row.setItemN(itemN);
    if (respondents == 0) {
      return row;
    }
    SatisfactionIndexResult r = acc.result();
    Interval ci = r.interval(level);
    row.setIndex(r.index());
    row.setSe(r.se());
    row.setLow(ci.low());
    row.setHigh(ci.high());
    row.setItemMeans(r.itemMeans());
    return row;
  }

  @Override
  public Encoder<IndexBuffer> bufferEncoder() {
    return Encoders.javaSerialization(IndexBuffer.class);
  }

  @Override
  public Encoder<IndexRow> outputEncoder() {
    return Encoders.bean(IndexRow.class);
  }
}
