/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.index;

import java.util.Map;
import java.util.OptionalDouble;

/**
 * What an estimation did with missing answers. An answer is missing when it is NaN or equals the
 * declared missing code.
 *
 * @param policy listwise deletion or mean replacement
 * @param code the declared missing code, if any
 * @param rowsRead the number of respondents in the data
 * @param rowsUsed the number of respondents the estimation used (after listwise deletion)
 * @param missingCells for each indicator of the model, the number of missing answers in the data
 */
public record MissingReport(
    MissingPolicy policy,
    OptionalDouble code,
    int rowsRead,
    int rowsUsed,
    Map<String, Integer> missingCells) {

  /** Copies the map. */
  public MissingReport {
    missingCells =
        java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(missingCells));
  }

  /**
   * The number of missing answers over all indicators.
   *
   * @return the total count of missing cells
   */
  public int totalMissing() {
    int total = 0;
    for (int c : missingCells.values()) {
      total += c;
    }
    return total;
  }
}
