/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.handling;

import io.github.cx4j.core.Labelled;

/**
 * The kinds of phrase the reply checker flags (course file "Customer Relationship Management", 话术).
 */
public enum PhraseKind implements Labelled {
  /** Shifts responsibility away from the organisation (推卸责任). */
  BLAME_SHIFTING,
  /** Negative, dismissive or patronising wording (消极用语). */
  NEGATIVE;

  @Override
  public String code() {
    return name();
  }
}
