/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.survey;

import io.github.cx4j.core.Labelled;

/**
 * What a measure does with unanswered items and with answers outside its scale. Whatever the
 * policy, skipped answers never enter a denominator, and every result reports how many it skipped.
 */
public enum InputPolicy implements Labelled {
  /** Skip and count both unanswered items and invalid answers. */
  SKIP,
  /** Skip and count unanswered items; reject an invalid answer with an error (the default). */
  REJECT_INVALID,
  /** Reject both unanswered items and invalid answers with an error. */
  REJECT;

  @Override
  public String code() {
    return name();
  }
}
