/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.workflow;

import io.github.cx4j.core.CxValidationException;
import java.util.List;

/** The argument checks every {@link EventStore#append} makes before touching storage. */
public final class AppendChecks {
  private AppendChecks() {}

  /**
   * Checks that the events belong to the complaint and carry the versions after the expected one.
   *
   * @param complaintId the complaint
   * @param expectedVersion the expected version, zero or more
   * @param events the events
   * @param store the store's name, for the message ({@code "JdbcEventStore"})
   * @throws CxValidationException naming {@code <store>.events}, {@code <store>.events.version} or
   *     {@code <store>.expectedVersion}
   */
  public static void require(
      ComplaintId complaintId,
      long expectedVersion,
      List<? extends ComplaintEvent> events,
      String store) {
    Checks.present(complaintId, store + ".complaintId");
    if (expectedVersion < 0) {
      throw CxValidationException.of(store + ".expectedVersion", "be 0 or more", expectedVersion);
    }
    long v = expectedVersion;
    for (ComplaintEvent e : events) {
      if (!e.complaintId().equals(complaintId)) {
        throw CxValidationException.of(
            store + ".events", "belong to " + complaintId, e.complaintId().value());
      }
      v++;
      if (e.version() != v) {
        throw CxValidationException.of(store + ".events.version", "be " + v, e.version());
      }
    }
  }
}
