/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import java.util.List;

/**
 * Rows a model was not fitted on, for one reason: an observation outside the model's domain (a
 * repeat buyer whose repeat purchases are worth 0 has no place in the Gamma-Gamma likelihood) is
 * reported this way, never fatal for the other rows.
 *
 * @param reason why, in words, for example "mean value of the repeat purchases is 0"
 * @param rows how many rows
 * @param firstRows the zero-based indices of the first few of them (at most {@link #SHOWN})
 */
public record LeftOut(String reason, int rows, List<Integer> firstRows) {
  /** Indices kept in {@link #firstRows()} at most. */
  public static final int SHOWN = 5;

  /** Copies the indices. */
  public LeftOut {
    firstRows = List.copyOf(firstRows);
  }
}
