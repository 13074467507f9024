/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.report;

import java.util.List;

/**
 * A titled part of a report: a paragraph of explanation and its blocks.
 *
 * @param title the heading
 * @param text the explanation, plain text
 * @param blocks the blocks, in order
 */
public record Section(String title, String text, List<Block> blocks) {
  /** Copies the blocks. */
  public Section {
    blocks = List.copyOf(blocks);
  }
}
