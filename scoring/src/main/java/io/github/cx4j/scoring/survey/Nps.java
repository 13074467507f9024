/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.survey;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.scoring.internal.Stats;
import java.util.Collection;
import java.util.stream.Collector;
import org.jspecify.annotations.Nullable;

/**
 * The Net Promoter Score (Reichheld 2003, "The one number you need to grow", HBR 81(12)) with the
 * interval estimates of Rocks (2016, "Interval estimation for the net promoter score", The American
 * Statistician 70(4):365-372) and Tango's (1998) score interval.
 *
 * <p>Column path: {@link #of(int[])} counts an {@code int[]} at over a billion answers per second;
 * object path: {@link #of(Collection)}; streaming: {@link #accumulator()} and {@link #collector()}.
 * Weighted data: {@link WeightedNps}.
 */
public final class Nps {
  private Nps() {}

  /**
   * The NPS of answers on the standard 0-10 scale; {@link Survey#MISSING} marks unanswered items,
   * which are skipped and counted; any other value off the scale is rejected.
   *
   * @param scores the answers
   * @return the result
   * @throws CxValidationException naming the index of an invalid answer, or if no answer is valid
   */
  public static NpsResult of(int... scores) {
    return of(scores, NpsScale.STANDARD, InputPolicy.REJECT_INVALID);
  }

  /**
   * The NPS of answers on a given scale under a given policy.
   *
   * @param scores the answers, {@link Survey#MISSING} for unanswered items
   * @param scale the scale and cut points
   * @param policy what to do with unanswered and invalid answers
   * @return the result
   * @throws CxValidationException if the policy rejects an answer or no answer is valid
   */
  public static NpsResult of(int[] scores, NpsScale scale, InputPolicy policy) {
    NpsResult fast = countCategories(scores, scale);
    if (fast != null) {
      return fast;
    }
    return accumulator(scale, policy).addAll(scores).result();
  }

  /** Blocks this long keep the int counters of {@link #countCategories} far from overflow. */
  private static final int CATEGORY_BLOCK = 1 << 24;

  /**
   * The fast path of the column: counts detractors and promoters with branch-free arithmetic that
   * the JIT vectorises, and checks the range of every value with one OR per value.
   *
   * @return the result, or {@code null} when any value is off the scale (a missing marker or an
   *     invalid answer) or the input is empty, so that the caller's policy-aware path decides
   */
  private static @Nullable NpsResult countCategories(int[] scores, NpsScale scale) {
    int min = scale.scale().min();
    int max = scale.scale().max();
    if (scores.length == 0 || min < -(1 << 20) || max > (1 << 20)) {
      return null;
    }
    int detractorLimit = scale.detractorMax() + 1;
    int promoterFloor = scale.promoterMin() - 1;
    long detractors = 0;
    long promoters = 0;
    int outside = 0;
    for (int start = 0; start < scores.length; start += CATEGORY_BLOCK) {
      int end = Math.min(start + CATEGORY_BLOCK, scores.length);
      int d = 0;
      int p = 0;
      int bits = 0;
      for (int i = start; i < end; i++) {
        int v = scores[i];
        // negative exactly when v < min or v > max (the bounds are small, so nothing wraps
        // into the scale)
        bits |= (v - min) | (max - v);
        d += (v - detractorLimit) >>> 31;
        p += (promoterFloor - v) >>> 31;
      }
      detractors += d;
      promoters += p;
      outside |= bits;
    }
    if (outside < 0) {
      return null;
    }
    long passives = scores.length - detractors - promoters;
    return new NpsResult(scale, detractors, passives, promoters, 0, 0);
  }

  /**
   * The NPS of responses on the standard scale (weights ignored).
   *
   * @param responses the responses
   * @return the result
   */
  public static NpsResult of(Collection<SurveyResponse> responses) {
    SurveyAccumulator<NpsResult> acc = accumulator();
    for (SurveyResponse r : responses) {
      acc.add(r);
    }
    return acc.result();
  }

  /**
   * The NPS from the three counts, on the standard scale.
   *
   * @param detractors detractors
   * @param passives passives
   * @param promoters promoters
   * @return the result
   */
  public static NpsResult ofCounts(long detractors, long passives, long promoters) {
    return new NpsResult(NpsScale.STANDARD, detractors, passives, promoters, 0, 0);
  }

  /**
   * The NPS of a distribution of answers.
   *
   * @param distribution answers on {@code scale.scale()}
   * @param scale the cut points
   * @return the result
   */
  public static NpsResult of(ScoreDistribution distribution, NpsScale scale) {
    if (!distribution.scale().equals(scale.scale())) {
      throw CxValidationException.of(
          "Nps.distribution.scale", "be the NPS scale " + scale.scale(), distribution.scale());
    }
    if (distribution.n() == 0) {
      throw CxValidationException.of(
          "Nps.scores",
          "contain at least one valid answer ("
              + distribution.missing()
              + " unanswered, "
              + distribution.invalid()
              + " invalid skipped)",
          0);
    }
    return new NpsResult(
        scale,
        distribution.countBetween(scale.scale().min(), scale.detractorMax()),
        distribution.countBetween(scale.detractorMax() + 1, scale.promoterMin() - 1),
        distribution.countBetween(scale.promoterMin(), scale.scale().max()),
        distribution.missing(),
        distribution.invalid());
  }

  /**
   * An empty accumulator on the standard scale with policy {@link InputPolicy#REJECT_INVALID}.
   *
   * @return the accumulator
   */
  public static SurveyAccumulator<NpsResult> accumulator() {
    return accumulator(NpsScale.STANDARD, InputPolicy.REJECT_INVALID);
  }

  /**
   * An empty accumulator.
   *
   * @param scale the scale and cut points
   * @param policy the input policy
   * @return the accumulator
   */
  public static SurveyAccumulator<NpsResult> accumulator(NpsScale scale, InputPolicy policy) {
    return new SurveyAccumulator<>(
        "Nps", "Nps " + scale + " " + policy, scale.scale(), policy, d -> of(d, scale));
  }

  /**
   * A collector of responses on the standard scale (weights ignored).
   *
   * @return the collector
   */
  public static Collector<SurveyResponse, ?, NpsResult> collector() {
    return collector(NpsScale.STANDARD, InputPolicy.REJECT_INVALID);
  }

  /**
   * A collector of responses.
   *
   * @param scale the scale and cut points
   * @param policy the input policy
   * @return the collector
   */
  public static Collector<SurveyResponse, ?, NpsResult> collector(
      NpsScale scale, InputPolicy policy) {
    return SurveyAccumulator.collector(() -> accumulator(scale, policy));
  }

  /**
   * Tests the difference between the NPS of two independent samples: {@code difference = nps(A) -
   * nps(B)}, {@code se = sqrt(var(A)/n(A) + var(B)/n(B))} (each variance with divisor n, as {@link
   * NpsResult#se()}), {@code z = difference / se}, two-sided p from the normal distribution and the
   * Wald interval {@code difference +- z(level) se}, clamped to [-2, 2] (Rocks 2016, section 4).
   * When both samples fall in a single category each, se is 0: an equal difference gives z = 0 and
   * p = 1, a different one is an error (there is no variance to test with).
   *
   * @param a sample A
   * @param b sample B
   * @param level the confidence level of the interval
   * @return the comparison, in NPS shares
   * @throws CxValidationException if se = 0 and the scores differ
   */
  public static Comparison compare(NpsResult a, NpsResult b, double level) {
    double z = Stats.z(level, "Nps.level");
    double diff = a.nps() - b.nps();
    double se = Math.sqrt(a.variance() / a.n() + b.variance() / b.n());
    return Comparisons.wald(diff, se, z, level, -2, 2, "Nps.compare");
  }
}
