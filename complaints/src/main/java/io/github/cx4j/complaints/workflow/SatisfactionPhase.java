/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.workflow;

import io.github.cx4j.core.Labelled;

/** When a satisfaction score was taken, for the service-recovery analysis. */
public enum SatisfactionPhase implements Labelled {
  /** Before the failure, or at the start of the complaint. */
  BEFORE,
  /** After the complaint was resolved. */
  AFTER;

  @Override
  public String code() {
    return name();
  }
}
