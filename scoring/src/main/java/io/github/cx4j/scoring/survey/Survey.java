/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.survey;

/** Constants shared by the survey measures' column paths. */
public final class Survey {
  /**
   * The marker of an unanswered item in an {@code int[]} column: {@link Integer#MIN_VALUE}. Any
   * other value outside the measure's scale is an invalid answer.
   */
  public static final int MISSING = Integer.MIN_VALUE;

  private Survey() {}
}
