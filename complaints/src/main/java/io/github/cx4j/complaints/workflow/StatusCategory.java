/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.workflow;

import io.github.cx4j.core.Labelled;

/**
 * The status category of a complaint, as helpdesks (Zendesk, Zammad, Jira Service Management) model
 * it. Custom {@link SubStatus}es map to one category. A complaint never returns to {@link #NEW}.
 */
public enum StatusCategory implements Labelled {
  /** Received and not yet acknowledged. */
  NEW,
  /** Being worked on by the organisation. */
  OPEN,
  /** Waiting for the customer; a customer reply reopens it. */
  PENDING,
  /** Waiting for a third party; a customer reply reopens it. */
  ON_HOLD,
  /** A decision was communicated; a customer reply reopens it. */
  SOLVED,
  /** Finished with a closure outcome; only the reopen policy can bring it back. */
  CLOSED,
  /** Merged into another complaint, which carries on the case; terminal. */
  MERGED;

  @Override
  public String code() {
    return name();
  }
}
