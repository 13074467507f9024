/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.workflow;

import io.github.cx4j.core.Labelled;

/**
 * The status a complainant may see when tracking their complaint (ISO 10002:2018 clause 8.3):
 * coarser than the internal status and free of internal detail.
 */
public enum TrackingStatus implements Labelled {
  /** We have received your complaint. */
  RECEIVED,
  /** We are working on your complaint. */
  IN_PROGRESS,
  /** We are waiting for information from you. */
  AWAITING_YOUR_REPLY,
  /** We have told you our decision. */
  DECISION_MADE,
  /** Your complaint is closed. */
  CLOSED;

  @Override
  public String code() {
    return name();
  }
}
