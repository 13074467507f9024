/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.survey;

import io.github.cx4j.core.Interval;
import io.github.cx4j.core.internal.Intervals;
import io.github.cx4j.scoring.internal.Stats;
import java.util.Arrays;

/**
 * A 0-100 satisfaction index with its standard error and per-item statistics.
 *
 * @param index the index in [0, 100]
 * @param se its standard error in index points
 * @param respondents respondents added (answering any number of items)
 * @param itemMeans the mean answer per item, in scale points
 * @param itemN valid answers per item
 * @param itemMissing unanswered items skipped per item
 * @param itemInvalid invalid answers skipped per item
 * @param weights the item weights
 */
public record SatisfactionIndexResult(
    double index,
    double se,
    long respondents,
    double[] itemMeans,
    long[] itemN,
    long[] itemMissing,
    long[] itemInvalid,
    double[] weights) {

  /**
   * The normal-approximation interval {@code index +- z se}, clamped to [0, 100].
   *
   * @param level the confidence level
   * @return the interval in index points
   */
  public Interval interval(double level) {
    double z = Stats.z(level, "SatisfactionIndexResult.level");
    return new Interval(
        Intervals.clamp(index - z * se, 0, 100), Intervals.clamp(index + z * se, 0, 100));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SatisfactionIndexResult r
        && Double.compare(index, r.index) == 0
        && Double.compare(se, r.se) == 0
        && respondents == r.respondents
        && Arrays.equals(itemMeans, r.itemMeans)
        && Arrays.equals(itemN, r.itemN)
        && Arrays.equals(itemMissing, r.itemMissing)
        && Arrays.equals(itemInvalid, r.itemInvalid)
        && Arrays.equals(weights, r.weights);
  }

  @Override
  public int hashCode() {
    return Double.hashCode(index) * 31 + Arrays.hashCode(itemN);
  }

  @Override
  public String toString() {
    return "SatisfactionIndexResult{index="
        + index
        + ", se="
        + se
        + ", respondents="
        + respondents
        + ", itemMeans="
        + Arrays.toString(itemMeans)
        + ", itemN="
        + Arrays.toString(itemN)
        + "}";
  }
}
