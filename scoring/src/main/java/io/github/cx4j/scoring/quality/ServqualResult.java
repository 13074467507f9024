/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.quality;

import io.github.cx4j.core.CxValidationException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * SERVQUAL gaps per item and per dimension, and the overall score.
 *
 * @param respondents respondents added
 * @param items the 22 item gaps in instrument order
 */
public record ServqualResult(long respondents, List<ItemGap> items) {

  /**
   * Copies the items.
   *
   * @param respondents respondents added
   * @param items the item gaps
   */
  public ServqualResult {
    items = List.copyOf(items);
  }

  /**
   * One item's gap.
   *
   * @param item the item
   * @param n complete pairs
   * @param expectation the mean expectation
   * @param perception the mean perception
   * @param gap the mean gap perception - expectation
   * @param se the standard error of the mean gap (paired; 0 when n = 1)
   * @param skipped pairs skipped for a missing or invalid rating
   */
  public record ItemGap(
      ServqualItem item,
      long n,
      double expectation,
      double perception,
      double gap,
      double se,
      long skipped) {}

  /**
   * The gap of each dimension: the mean of its items' gaps.
   *
   * @return dimension to gap, in instrument order
   */
  public Map<ServqualDimension, Double> dimensionGaps() {
    Map<ServqualDimension, Double> gaps = new EnumMap<>(ServqualDimension.class);
    for (ServqualDimension d : ServqualDimension.values()) {
      gaps.put(
          d,
          items.stream()
              .filter(i -> i.item().dimension() == d)
              .mapToDouble(ItemGap::gap)
              .average()
              .orElseThrow());
    }
    return gaps;
  }

  /**
   * The unweighted SERVQUAL score: the mean of the five dimension gaps.
   *
   * @return the score in scale points
   */
  public double unweightedScore() {
    return dimensionGaps().values().stream()
        .mapToDouble(Double::doubleValue)
        .average()
        .orElseThrow();
  }

  /**
   * The importance-weighted SERVQUAL score {@code sum_d w_d gap_d / sum_d w_d}, with weights such
   * as the points out of 100 that respondents allocate to the five dimensions.
   *
   * @param importance a weight for each of the five dimensions, at least 0, not all 0
   * @return the score in scale points
   * @throws CxValidationException if a dimension lacks a weight or the weights are invalid
   */
  public double weightedScore(Map<ServqualDimension, Double> importance) {
    Map<ServqualDimension, Double> gaps = dimensionGaps();
    double total = 0;
    double sum = 0;
    for (ServqualDimension d : ServqualDimension.values()) {
      Double w = importance.get(d);
      if (w == null) {
        throw CxValidationException.of("Servqual.importance", "have a weight for " + d, importance);
      }
      if (!Double.isFinite(w) || w < 0) {
        throw CxValidationException.of(
            "Servqual.importance[" + d + "]", "be finite and at least 0", w);
      }
      total += w;
      sum += w * Objects.requireNonNull(gaps.get(d), "gap of a dimension");
    }
    if (!(total > 0)) {
      throw CxValidationException.of("Servqual.importance", "have a positive total", total);
    }
    return sum / total;
  }
}
