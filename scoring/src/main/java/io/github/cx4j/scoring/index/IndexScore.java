/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.index;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A construct on the 0-100 scale of the ACSI (Fornell et al. 1996): the outer weights are
 * unstandardised (divided by each item's standard deviation) and normalised to sum to 1, then
 * applied to the item means, rescaled from the item scale {@code [min, max]} to 0-100: {@code 100 *
 * sum_k u_k (mean_k - min) / (max - min)}. With positive weights the index lies within 0-100.
 *
 * @param construct the construct
 * @param value the index, 0-100
 * @param min the lowest point of the item scale used
 * @param max the highest point of the item scale used
 * @param itemWeights the normalised unstandardised weight of each item, summing to 1
 */
public record IndexScore(
    String construct, double value, double min, double max, Map<String, Double> itemWeights) {
  /** Copies the weights. */
  public IndexScore {
    itemWeights = Collections.unmodifiableMap(new LinkedHashMap<>(itemWeights));
  }
}
