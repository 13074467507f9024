/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.sla;

import io.github.cx4j.core.Labelled;

/**
 * What a priority change does to running clocks.
 *
 * <p>Labels in English and Chinese come from this package's {@code messages} bundles.
 */
public enum PriorityChangeMode implements Labelled {
  /** Keep elapsed: Running clocks keep their elapsed time and take the new priority's target. */
  KEEP_ELAPSED,
  /** Restart: Running clocks start again from zero with the new priority's target. */
  RESTART;

  @Override
  public String code() {
    return name();
  }
}
