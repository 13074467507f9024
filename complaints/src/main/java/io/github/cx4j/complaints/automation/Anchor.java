/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.automation;

import io.github.cx4j.complaints.workflow.Complaint;
import java.time.Instant;
import java.util.Optional;

/** The instant a delay counts from. */
public enum Anchor {
  /** When the complaint was received. */
  RECEIVED,
  /** When the status category last changed. */
  STATUS_CHANGED,
  /** When it was solved. */
  SOLVED,
  /** The later of the last status change and the last reminder (for repeated reminders). */
  STATUS_OR_REMINDER,
  /** When the customer last replied. */
  CUSTOMER_REPLY;

  /**
   * The anchor's instant in a complaint.
   *
   * @param c the complaint
   * @return the instant, if the complaint has it
   */
  public Optional<Instant> of(Complaint c) {
    switch (this) {
      case RECEIVED:
        return Optional.of(c.receivedAt());
      case STATUS_CHANGED:
        return Optional.of(c.statusChangedAt().orElse(c.receivedAt()));
      case SOLVED:
        return c.solvedAt();
      case STATUS_OR_REMINDER:
        Instant status = c.statusChangedAt().orElse(c.receivedAt());
        return Optional.of(c.lastReminderAt().filter(r -> r.isAfter(status)).orElse(status));
      default:
        return c.lastCustomerReplyAt();
    }
  }
}
