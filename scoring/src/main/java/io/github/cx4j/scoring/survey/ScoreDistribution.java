/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.survey;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.Interval;
import io.github.cx4j.core.RatingScale;
import io.github.cx4j.scoring.internal.Stats;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The distribution of valid answers on a rating scale (a histogram), with the number of answers
 * skipped as unanswered or invalid. Every survey measure is a function of it, which is why their
 * accumulators merge exactly: integer counts add up to the same histogram in any order.
 */
public final class ScoreDistribution {
  private final RatingScale scale;
  private final long[] counts;
  private final long missing;
  private final long invalid;
  private final InputPolicy policy;
  private final long n;

  ScoreDistribution(
      RatingScale scale, long[] counts, long missing, long invalid, InputPolicy policy) {
    this.scale = scale;
    this.counts = counts.clone();
    this.missing = missing;
    this.invalid = invalid;
    this.policy = policy;
    long total = 0;
    for (long c : counts) {
      total += c;
    }
    this.n = total;
  }

  /**
   * A distribution from counts per scale point.
   *
   * @param scale the scale
   * @param counts one count per point, lowest first, each at least 0
   * @return the distribution (nothing skipped)
   * @throws CxValidationException if the counts do not match the scale or one is negative
   */
  public static ScoreDistribution ofCounts(RatingScale scale, long... counts) {
    if (counts.length != scale.points()) {
      throw CxValidationException.of(
          "ScoreDistribution.counts", "have " + scale.points() + " entries", counts.length);
    }
    for (long c : counts) {
      if (c < 0) {
        throw CxValidationException.of("ScoreDistribution.counts", "be at least 0", c);
      }
    }
    return new ScoreDistribution(scale, counts, 0, 0, InputPolicy.REJECT_INVALID);
  }

  /**
   * The scale.
   *
   * @return the rating scale
   */
  public RatingScale scale() {
    return scale;
  }

  /**
   * The policy that produced this distribution.
   *
   * @return the input policy
   */
  public InputPolicy policy() {
    return policy;
  }

  /**
   * The number of valid answers (the denominator of every share).
   *
   * @return n
   */
  public long n() {
    return n;
  }

  /**
   * Unanswered items skipped.
   *
   * @return the count
   */
  public long missing() {
    return missing;
  }

  /**
   * Invalid answers skipped (only under {@link InputPolicy#SKIP}).
   *
   * @return the count
   */
  public long invalid() {
    return invalid;
  }

  /**
   * The count of one scale point.
   *
   * @param score a point of the scale
   * @return its count
   */
  public long count(int score) {
    scale.require(score, "ScoreDistribution.score");
    return counts[score - scale.min()];
  }

  /**
   * The counts, lowest point first.
   *
   * @return a copy of the counts
   */
  public long[] counts() {
    return counts.clone();
  }

  /**
   * The number of answers within {@code from..to} (inclusive, clipped to the scale).
   *
   * @param from the lowest point
   * @param to the highest point
   * @return the count
   */
  public long countBetween(int from, int to) {
    long total = 0;
    for (int s = Math.max(from, scale.min()); s <= Math.min(to, scale.max()); s++) {
      total += counts[s - scale.min()];
    }
    return total;
  }

  /**
   * The share of each scale point among valid answers.
   *
   * @return point to share, in scale order (all 0 when n = 0)
   */
  public Map<Integer, Double> shares() {
    Map<Integer, Double> shares = new LinkedHashMap<>();
    for (int s = scale.min(); s <= scale.max(); s++) {
      shares.put(s, n == 0 ? 0.0 : counts[s - scale.min()] / (double) n);
    }
    return shares;
  }

  /**
   * The mean answer in scale points.
   *
   * @return the mean
   * @throws CxValidationException if there is no valid answer
   */
  public double mean() {
    requireN(1, "a mean");
    double sum = 0;
    for (int k = 0; k < counts.length; k++) {
      sum += (double) counts[k] * (scale.min() + k);
    }
    return sum / n;
  }

  /**
   * The sample variance (divisor n - 1) in squared scale points, computed around the mean in two
   * passes over the histogram. It is 0 when n = 1 (no spread observed).
   *
   * @return the variance
   * @throws CxValidationException if there is no valid answer
   */
  public double variance() {
    double mean = mean();
    if (n < 2) {
      return 0.0;
    }
    double ss = 0;
    for (int k = 0; k < counts.length; k++) {
      double d = scale.min() + k - mean;
      ss += counts[k] * d * d;
    }
    return ss / (n - 1);
  }

  /**
   * The sample standard deviation (divisor n - 1); 0 when n = 1.
   *
   * @return the standard deviation in scale points
   */
  public double sd() {
    return Math.sqrt(variance());
  }

  /**
   * The standard error of the mean, {@code sd / sqrt(n)}.
   *
   * @return the standard error in scale points
   */
  public double standardError() {
    return sd() / Math.sqrt(n);
  }

  /**
   * Student's t interval for the mean: {@code mean +- t(n-1) sd / sqrt(n)}, clipped to the scale.
   *
   * @param level the confidence level, for example 0.95
   * @return the interval
   * @throws CxValidationException if n &lt; 2 (no variance to estimate)
   */
  public Interval meanInterval(double level) {
    requireN(2, "a t interval");
    double t = Stats.t(level, n - 1, "ScoreDistribution.level");
    double mean = mean();
    double half = t * standardError();
    return new Interval(Math.max(scale.min(), mean - half), Math.min(scale.max(), mean + half));
  }

  void requireN(long needed, String what) {
    if (n < needed) {
      throw CxValidationException.of(
          "ScoreDistribution.n",
          "be at least "
              + needed
              + " for "
              + what
              + " ("
              + missing
              + " unanswered, "
              + invalid
              + " invalid skipped)",
          n);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScoreDistribution d
        && scale.equals(d.scale)
        && Arrays.equals(counts, d.counts)
        && missing == d.missing
        && invalid == d.invalid
        && policy == d.policy;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(counts) * 31 + scale.hashCode();
  }

  @Override
  public String toString() {
    return "ScoreDistribution{scale="
        + scale
        + ", counts="
        + Arrays.toString(counts)
        + ", missing="
        + missing
        + ", invalid="
        + invalid
        + "}";
  }
}
