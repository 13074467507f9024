/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.workflow;

import java.time.Instant;

/**
 * A hand-over waiting for the receiver's acceptance; until then the complaint stays with its owner
 * (first-question responsibility, course file "All-Staff Service").
 *
 * @param from the owner who asked
 * @param to the proposed owner
 * @param reason why
 * @param requestedAt when it was asked
 */
public record PendingHandover(Employee from, Employee to, String reason, Instant requestedAt) {

  /** Checks the fields are present. */
  public PendingHandover {
    Checks.present(from, "PendingHandover.from");
    Checks.present(to, "PendingHandover.to");
    Checks.present(reason, "PendingHandover.reason");
    Checks.present(requestedAt, "PendingHandover.requestedAt");
  }
}
