/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.survey;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.RatingScale;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collector;

/**
 * A mergeable accumulator of answers on one rating scale, finished into a measure ({@link
 * NpsResult}, {@link CsatResult}, {@link CesResult}). It keeps a histogram, so {@link #add}, {@link
 * #merge} and {@link #result} give exactly the same result however the data was split and in
 * whatever order partial accumulators are merged: the pattern of a parallel stream, a Spark
 * aggregator or a map-reduce combiner. Not thread-safe: use one per thread and merge.
 *
 * <p>Obtain one from the measure: {@link Nps#accumulator()}, {@link Csat#accumulator}, {@link
 * Ces#accumulator()}.
 *
 * @param <R> the measure's result type
 */
public final class SurveyAccumulator<R> {
  private final String measure;
  private final String key;
  private final RatingScale scale;
  private final InputPolicy policy;
  private final Function<ScoreDistribution, R> finisher;
  private final long[] counts;
  private long missing;
  private long invalid;

  SurveyAccumulator(
      String measure,
      String key,
      RatingScale scale,
      InputPolicy policy,
      Function<ScoreDistribution, R> finisher) {
    this.measure = measure;
    this.key = key;
    this.scale = scale;
    this.policy = policy;
    this.finisher = finisher;
    this.counts = new long[scale.points()];
  }

  /**
   * Adds one answer.
   *
   * @param score the answer; {@link Survey#MISSING} marks an unanswered item
   * @return this accumulator
   * @throws CxValidationException if the policy rejects the answer
   */
  public SurveyAccumulator<R> add(int score) {
    addChecked(score, -1);
    return this;
  }

  /**
   * Adds one answer that may be missing.
   *
   * @param score the answer, empty if unanswered
   * @return this accumulator
   */
  public SurveyAccumulator<R> add(OptionalInt score) {
    return add(score.isPresent() ? score.getAsInt() : Survey.MISSING);
  }

  /**
   * Adds a response's score (its weight is ignored: use {@link WeightedNps} for weights).
   *
   * @param response the response
   * @return this accumulator
   */
  public SurveyAccumulator<R> add(SurveyResponse response) {
    return add(response.score());
  }

  /**
   * Adds an unanswered item.
   *
   * @return this accumulator
   * @throws CxValidationException under {@link InputPolicy#REJECT}
   */
  public SurveyAccumulator<R> addMissing() {
    return add(Survey.MISSING);
  }

  /**
   * Adds a column of answers: the fast path.
   *
   * @param scores the answers; {@link Survey#MISSING} marks unanswered items
   * @return this accumulator
   * @throws CxValidationException naming the index if the policy rejects an answer; the answers
   *     before the rejected block have been added
   */
  public SurveyAccumulator<R> addAll(int[] scores) {
    int i = 0;
    while (i < scores.length) {
      i = Histograms.count(scores, i, scores.length, scale.min(), counts);
      if (i < scores.length) {
        // slow path for the block that holds an off-scale value: one value at a time
        int end = (int) Math.min((long) i + (1 << 24), scores.length);
        for (; i < end; i++) {
          addChecked(scores[i], i);
        }
      }
    }
    return this;
  }

  private void addChecked(int score, int index) {
    int v = score - scale.min();
    if (v >= 0 && v < counts.length) {
      counts[v]++;
    } else {
      offScale(score, index);
    }
  }

  private String field(int index) {
    return index < 0 ? measure + ".score" : measure + ".scores[" + index + "]";
  }

  private void offScale(int score, int index) {
    if (score == Survey.MISSING) {
      if (policy == InputPolicy.REJECT) {
        String field = field(index);
        throw CxValidationException.withMessage(
            field, field + " must be answered under policy REJECT, was unanswered");
      }
      missing++;
    } else {
      if (policy != InputPolicy.SKIP) {
        throw CxValidationException.of(field(index), "be within " + scale, score);
      }
      invalid++;
    }
  }

  /**
   * Adds another accumulator's data to this one. The other is left unchanged.
   *
   * @param other an accumulator of the same measure, scale and policy
   * @return this accumulator
   * @throws CxValidationException if the other accumulates a different measure
   */
  public SurveyAccumulator<R> merge(SurveyAccumulator<R> other) {
    if (!key.equals(other.key)) {
      throw CxValidationException.of(
          measure + ".merge", "combine the same measure " + key, other.key);
    }
    for (int k = 0; k < counts.length; k++) {
      counts[k] += other.counts[k];
    }
    missing += other.missing;
    invalid += other.invalid;
    return this;
  }

  /**
   * The histogram accumulated so far.
   *
   * @return the distribution
   */
  public ScoreDistribution distribution() {
    return new ScoreDistribution(scale, counts, missing, invalid, policy);
  }

  /**
   * The measure over everything added and merged.
   *
   * @return the result
   * @throws CxValidationException if there is no valid answer
   */
  public R result() {
    return finisher.apply(distribution());
  }

  /**
   * A collector of responses built on fresh accumulators from the factory.
   *
   * @param factory makes an empty accumulator
   * @param <R> the result type
   * @return the collector (unordered: the result does not depend on encounter order)
   */
  static <R> Collector<SurveyResponse, SurveyAccumulator<R>, R> collector(
      java.util.function.Supplier<SurveyAccumulator<R>> factory) {
    return Collector.of(
        factory,
        SurveyAccumulator::add,
        SurveyAccumulator::merge,
        SurveyAccumulator::result,
        Collector.Characteristics.UNORDERED);
  }
}
