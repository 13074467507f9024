/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.workflow;

import java.util.Locale;

/**
 * Something a tolerant replay ({@link ComplaintReplay}) noticed in an event stream, with where it
 * was: the source (a file and line, or a store position), the complaint and the version.
 *
 * @param kind a dropped retry, a corrupt event, or a stream that was cut
 * @param source where the event was read, for example {@code events.jsonl:12} or {@code position
 *     42}
 * @param complaintId the complaint, or empty when the line did not say
 * @param version the version the event claims, or 0 when unknown
 * @param message what is wrong, naming the values involved
 */
public record ReplayIssue(
    ReplayIssue.Kind kind, String source, String complaintId, long version, String message) {

  /** What was noticed. */
  public enum Kind {
    /** An exact repeat of an event already read (same id, same content): dropped. */
    RETRY_DROPPED,
    /** An event that cannot be applied (unreadable, a reused id, out of time order, ...). */
    CORRUPT,
    /** A complaint's stream stops at a version: later events were not applied. */
    CUT
  }

  /**
   * Checks the fields.
   *
   * @param kind kind
   * @param source source
   * @param complaintId complaint
   * @param version version
   * @param message message
   */
  public ReplayIssue {
    Checks.present(kind, "ReplayIssue.kind");
    Checks.present(source, "ReplayIssue.source");
    Checks.present(complaintId, "ReplayIssue.complaintId");
    Checks.text(message, "ReplayIssue.message");
  }

  /**
   * Whether this is only a note (a dropped retry) rather than a problem.
   *
   * @return true for {@link Kind#RETRY_DROPPED}
   */
  public boolean note() {
    return kind == Kind.RETRY_DROPPED;
  }

  /**
   * One line for an error stream: {@code events.jsonl:12: complaint C-1 version 3: corrupt: ...}.
   *
   * @return the line
   */
  @Override
  public String toString() {
    String what =
        switch (kind) {
          case RETRY_DROPPED -> "note";
          case CORRUPT -> "skipped";
          case CUT -> "incomplete";
        };
    StringBuilder b = new StringBuilder(source).append(": ");
    if (!complaintId.isEmpty()) {
      b.append("complaint ").append(complaintId);
      if (version > 0) {
        b.append(" version ").append(version);
      }
      b.append(": ");
    }
    return b.append(what.toLowerCase(Locale.ROOT)).append(": ").append(message).toString();
  }
}
