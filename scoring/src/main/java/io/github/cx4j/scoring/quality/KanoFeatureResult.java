/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.quality;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.scoring.internal.Stats;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * The Kano evaluation of one feature.
 *
 * <ul>
 *   <li>Better = (A + O) / (A + O + M + I), Worse = -(O + M) / (A + O + M + I) (Berger et al.
 *       1993); both 0 when no respondent gave A, O, M or I.
 *   <li>Total strength = (A + O + M) / n: the share for whom the feature matters.
 *   <li>Category strength = share of the most frequent category minus share of the second.
 *   <li>Fong's (1996) test: the two most frequent counts a &gt;= b differ significantly if {@code a
 *       - b >= z sqrt((a + b)(2n - a - b) / (2n))}; Fong used z = 1.65 (level 0.90).
 * </ul>
 */
public final class KanoFeatureResult {
  /** Tie-break priority: M, O, A, I, R, Q (lower wins). */
  private static final int[] PRIORITY = {2, 1, 0, 3, 4, 5};

  private final String feature;
  private final long[] counts;
  private final long n;
  private final KanoCategory dominant;
  private final KanoCategory second;
  private final long missing;
  private final long invalid;

  KanoFeatureResult(String feature, long[] counts) {
    this(feature, counts, 0, 0);
  }

  KanoFeatureResult(String feature, long[] counts, long missing, long invalid) {
    if (counts.length != 6) {
      throw CxValidationException.of(
          "Kano.counts", "have 6 entries (A, O, M, I, R, Q)", counts.length);
    }
    long total = 0;
    for (long c : counts) {
      if (c < 0) {
        throw CxValidationException.of("Kano.counts", "be at least 0", Arrays.toString(counts));
      }
      total += c;
    }
    if (total == 0) {
      throw CxValidationException.of(
          "Kano.counts",
          "hold at least one answer for "
              + feature
              + " ("
              + missing
              + " unanswered, "
              + invalid
              + " invalid skipped)",
          0);
    }
    this.missing = missing;
    this.invalid = invalid;
    this.feature = feature;
    this.counts = counts.clone();
    this.n = total;
    Integer[] order = {0, 1, 2, 3, 4, 5};
    Arrays.sort(
        order,
        (x, y) ->
            counts[x] != counts[y]
                ? Long.compare(counts[y], counts[x])
                : Integer.compare(PRIORITY[x], PRIORITY[y]));
    this.dominant = KanoCategory.values()[order[0]];
    this.second = KanoCategory.values()[order[1]];
  }

  /**
   * The feature.
   *
   * @return its name
   */
  public String feature() {
    return feature;
  }

  /**
   * The number of answer pairs.
   *
   * @return n
   */
  public long n() {
    return n;
  }

  /**
   * Answer pairs skipped because a question was unanswered.
   *
   * @return the count
   */
  public long missing() {
    return missing;
  }

  /**
   * Answer pairs skipped because a code was invalid (policy {@link
   * io.github.cx4j.scoring.survey.InputPolicy#SKIP}).
   *
   * @return the count
   */
  public long invalid() {
    return invalid;
  }

  /**
   * The count of a category.
   *
   * @param category the category
   * @return its count
   */
  public long count(KanoCategory category) {
    return counts[category.ordinal()];
  }

  /**
   * All counts.
   *
   * @return category to count, in A, O, M, I, R, Q order
   */
  public Map<KanoCategory, Long> counts() {
    Map<KanoCategory, Long> map = new EnumMap<>(KanoCategory.class);
    for (KanoCategory c : KanoCategory.values()) {
      map.put(c, counts[c.ordinal()]);
    }
    return map;
  }

  /**
   * The share of a category among all answers.
   *
   * @param category the category
   * @return in [0, 1]
   */
  public double share(KanoCategory category) {
    return count(category) / (double) n;
  }

  /**
   * The most frequent category, ties broken M &gt; O &gt; A &gt; I &gt; R &gt; Q.
   *
   * @return the dominant category
   */
  public KanoCategory dominant() {
    return dominant;
  }

  /**
   * The second most frequent category (same tie rule).
   *
   * @return the runner-up
   */
  public KanoCategory second() {
    return second;
  }

  private long aomi() {
    return counts[0] + counts[1] + counts[2] + counts[3];
  }

  /**
   * The Better (satisfaction) coefficient.
   *
   * @return in [0, 1]
   */
  public double better() {
    long d = aomi();
    return d == 0 ? 0.0 : (counts[0] + counts[1]) / (double) d;
  }

  /**
   * The Worse (dissatisfaction) coefficient.
   *
   * @return in [-1, 0]
   */
  public double worse() {
    long d = aomi();
    return d == 0 ? 0.0 : -(counts[1] + counts[2]) / (double) d;
  }

  /**
   * Total strength: the share of A, O and M answers.
   *
   * @return in [0, 1]
   */
  public double totalStrength() {
    return (counts[0] + counts[1] + counts[2]) / (double) n;
  }

  /**
   * Category strength: the share of the dominant category minus that of the runner-up.
   *
   * @return in [0, 1]
   */
  public double categoryStrength() {
    return share(dominant) - share(second);
  }

  /**
   * Fong's critical difference {@code z sqrt((a + b)(2n - a - b) / (2n))} for the two most frequent
   * counts.
   *
   * @param level the level whose two-sided normal quantile is z (0.90 gives Fong's 1.645)
   * @return the critical difference in counts
   */
  public double fongCriticalValue(double level) {
    double z = Stats.z(level, "KanoFeatureResult.level");
    double ab = count(dominant) + count(second);
    return z * Math.sqrt(ab * (2.0 * n - ab) / (2.0 * n));
  }

  /**
   * Fong's test: whether the dominant category is significantly more frequent than the runner-up.
   *
   * @param level the level (0.90 is Fong's)
   * @return true if {@code a - b >= } the critical value
   */
  public boolean fongSignificant(double level) {
    return count(dominant) - count(second) >= fongCriticalValue(level);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KanoFeatureResult r
        && feature.equals(r.feature)
        && Arrays.equals(counts, r.counts)
        && missing == r.missing
        && invalid == r.invalid;
  }

  @Override
  public int hashCode() {
    return feature.hashCode() * 31 + Arrays.hashCode(counts);
  }

  @Override
  public String toString() {
    return "KanoFeatureResult{"
        + feature
        + ", counts="
        + Arrays.toString(counts)
        + ", dominant="
        + dominant
        + "}";
  }
}
