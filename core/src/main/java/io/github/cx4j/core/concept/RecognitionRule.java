/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/** The rule that decided a {@link StateRecognition}, so that every outcome can be explained. */
public enum RecognitionRule implements Labelled {
  /** Insulting language was observed: the customer is irate. */
  INSULT_OVERRIDE(true),
  /** One state has at least the minimum support and more than any other state. */
  CLEAR_MAJORITY(true),
  /** No cue was observed. */
  NO_CUES(false),
  /** The best-supported state has less than the minimum support. */
  INSUFFICIENT_EVIDENCE(false),
  /** Two or more states share the highest support. */
  CONFLICTING_CUES(false);

  private final boolean determines;

  RecognitionRule(boolean determines) {
    this.determines = determines;
  }

  @Override
  public String code() {
    return name();
  }

  /**
   * Whether this rule yields a state (rather than "undetermined").
   *
   * @return true for {@link #INSULT_OVERRIDE} and {@link #CLEAR_MAJORITY}
   */
  public boolean determinesState() {
    return determines;
  }
}
