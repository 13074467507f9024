/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.recovery;

import io.github.cx4j.core.Labelled;

/** What the data say about the recovery paradox, judged by the confidence interval. */
public enum ParadoxVerdict implements Labelled {
  /** Recovered customers are more satisfied: the whole interval lies above zero. */
  SUPPORTED,
  /** Recovered customers are less satisfied: the whole interval lies below zero. */
  CONTRADICTED,
  /** The interval includes zero: no difference can be claimed either way. */
  INCONCLUSIVE;

  @Override
  public String code() {
    return name();
  }
}
