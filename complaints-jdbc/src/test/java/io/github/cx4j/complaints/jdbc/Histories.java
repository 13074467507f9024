/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.jdbc;

import io.github.cx4j.complaints.workflow.Channel;
import io.github.cx4j.complaints.workflow.ComplaintEvent;
import io.github.cx4j.complaints.workflow.ComplaintId;
import io.github.cx4j.complaints.workflow.Employee;
import io.github.cx4j.complaints.workflow.Register;
import io.github.cx4j.complaints.workflow.Severity;
import io.github.cx4j.core.CustomerId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Event streams built by hand for the store tests. */
final class Histories {
  static final Instant T0 = Instant.parse("2026-03-02T01:30:00Z");
  static final Employee ALICE = Employee.of("alice", "front-desk");

  private Histories() {}

  static Register register() {
    return Register.of(
        Channel.PHONE,
        "late delivery",
        "The order came two days late",
        "Ms. Li",
        "li@example.com",
        Severity.MEDIUM);
  }

  static ComplaintEvent.Received received(String id) {
    ComplaintId c = ComplaintId.of(id);
    return new ComplaintEvent.Received(
        ComplaintEvent.idFor(c, 1),
        c,
        1,
        T0,
        CustomerId.of("cust-" + id),
        ALICE,
        register(),
        Optional.empty());
  }

  static ComplaintEvent reply(String id, long version, String salt) {
    ComplaintId c = ComplaintId.of(id);
    return new ComplaintEvent.CustomerReplied(
        ComplaintEvent.idFor(c, version, salt),
        c,
        version,
        T0.plusSeconds(version),
        "message " + version + " " + salt);
  }

  /** Versions {@code from..to} of a complaint: received first, then customer replies. */
  static List<ComplaintEvent> stream(String id, long from, long to, String salt) {
    List<ComplaintEvent> out = new ArrayList<>();
    for (long v = from; v <= to; v++) {
      out.add(v == 1 ? received(id) : reply(id, v, salt));
    }
    return out;
  }
}
