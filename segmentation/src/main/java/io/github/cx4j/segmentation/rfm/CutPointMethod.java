/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.segmentation.rfm;

/** How a set of RFM cut points was obtained. */
public enum CutPointMethod {
  /** Exact type-7 quantiles of the whole column, found by selection (rank error 0). */
  EXACT,
  /** Quantiles of a KLL sketch; the cut points carry the sketch's normalised rank error. */
  SKETCH,
  /** Given by the caller (for example last quarter's cut points, or business thresholds). */
  GIVEN
}
