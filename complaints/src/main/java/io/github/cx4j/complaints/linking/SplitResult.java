/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.linking;

import io.github.cx4j.complaints.workflow.ComplaintEvent;
import java.util.List;

/**
 * The two histories of a split.
 *
 * @param source the source complaint's history, ending with its {@code split-off} event
 * @param split the new complaint's history, ending with its {@code split-from} event
 */
public record SplitResult(List<ComplaintEvent> source, List<ComplaintEvent> split) {

  /** Copies the lists. */
  public SplitResult {
    source = List.copyOf(source);
    split = List.copyOf(split);
  }
}
