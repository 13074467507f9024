/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.sla;

import io.github.cx4j.core.Labelled;

/**
 * Who wrote a message on a complaint.
 *
 * <p>Labels in English and Chinese come from this package's {@code messages} bundles.
 */
public enum Author implements Labelled {
  /** Agent: A person of the organisation. */
  AGENT,
  /** Requester: The complainant. */
  REQUESTER,
  /** System: An automatic sender, such as an auto-acknowledgement. */
  SYSTEM;

  @Override
  public String code() {
    return name();
  }
}
