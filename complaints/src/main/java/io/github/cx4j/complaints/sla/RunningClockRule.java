/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.sla;

import io.github.cx4j.core.Labelled;

/**
 * What a new policy version does to clocks already running when it takes effect.
 *
 * <p>Labels in English and Chinese come from this package's {@code messages} bundles.
 */
public enum RunningClockRule implements Labelled {
  /** Keep: Running clocks keep the old version until they stop. */
  KEEP,
  /**
   * Apply forward: Running clocks take the new targets from the effective instant, keeping their
   * elapsed time.
   */
  APPLY_FORWARD,
  /**
   * Apply retroactively: Running clocks are recomputed as if the new version had applied since they
   * started.
   */
  APPLY_RETROACTIVELY;

  @Override
  public String code() {
    return name();
  }
}
