/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.linking;

import io.github.cx4j.complaints.workflow.Decision;

/**
 * Both sides of a split.
 *
 * @param source the source complaint's decision ({@code split-off})
 * @param split the new complaint's decision (its receipt, the copied events and {@code split-from})
 */
public record SplitDecision(Decision source, Decision split) {

  /**
   * Whether both sides were accepted.
   *
   * @return true if both were
   */
  public boolean accepted() {
    return source.accepted() && split.accepted();
  }
}
