/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.linking;

import io.github.cx4j.complaints.workflow.Decision;

/**
 * Both sides of a merge.
 *
 * @param source the merged complaint's decision ({@code merged})
 * @param target the surviving complaint's decision ({@code merge-received})
 */
public record MergeDecision(Decision source, Decision target) {

  /**
   * Whether both sides were accepted.
   *
   * @return true if both were
   */
  public boolean accepted() {
    return source.accepted() && target.accepted();
  }
}
