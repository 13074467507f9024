/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.sla;

import io.github.cx4j.core.Labelled;

/**
 * The priority of a complaint, which selects the targets.
 *
 * <p>Labels in English and Chinese come from this package's {@code messages} bundles.
 */
public enum SlaPriority implements Labelled {
  /** Low: Low priority. */
  LOW,
  /** Normal: Normal priority. */
  NORMAL,
  /** High: High priority. */
  HIGH,
  /** Urgent: Urgent priority. */
  URGENT;

  @Override
  public String code() {
    return name();
  }
}
