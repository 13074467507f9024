/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.sla;

import io.github.cx4j.core.Labelled;

/**
 * What a reopened complaint does to its clocks.
 *
 * <p>Labels in English and Chinese come from this package's {@code messages} bundles.
 */
public enum ReopenMode implements Labelled {
  /** New cycle: Every clock starts again from zero in a new cycle. */
  NEW_CYCLE,
  /** Resume: Resolution clocks continue with their elapsed time; the closed time is not counted. */
  RESUME,
  /** Restart: Resolution clocks start again from zero; response clocks carry on. */
  RESTART,
  /** Keep: The first resolution stands; the reopened work is not timed. */
  KEEP;

  @Override
  public String code() {
    return name();
  }
}
