/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.sla;

import io.github.cx4j.core.Labelled;

/**
 * The status category of a complaint as the SLA engine sees it.
 *
 * <p>Labels in English and Chinese come from this package's {@code messages} bundles.
 */
public enum SlaStatus implements Labelled {
  /** New: Received, nobody has started on it. */
  NEW,
  /** Open: Being worked on by the organisation. */
  OPEN,
  /** Pending: Waiting for the requester. */
  PENDING,
  /** On hold: Waiting for a third party or another team. */
  ON_HOLD,
  /** Solved: A solution was given; the requester may still reopen. */
  SOLVED,
  /** Closed: Finished for good. */
  CLOSED,
  /** Merged: Merged into another complaint. */
  MERGED;

  @Override
  public String code() {
    return name();
  }
}
