/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.workflow;

import io.github.cx4j.core.CustomerId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Shared test data for the workflow tests. */
final class Fixtures {
  static final ComplaintId ID = ComplaintId.of("C-1");
  static final CustomerId CUSTOMER = CustomerId.of("cust-1");
  static final Employee ALICE = Employee.of("alice", "front-desk");
  static final Employee BOB = Employee.of("bob", "kitchen");
  static final Employee CAROL = Employee.of("carol", "quality");
  static final Employee DAVE = Employee.of("dave", "front-desk");
  static final Instant T0 = Instant.parse("2026-03-01T22:30:00Z");

  private Fixtures() {}

  static Register register() {
    return Register.of(
            Channel.IN_PERSON,
            "late-night meal",
            "The kitchen said it was closed",
            "Mr. Wang",
            "wang@example.com",
            Severity.MEDIUM)
        .withPersonComplainedAbout("bob");
  }

  static ComplaintCommand.Receive receive() {
    return new ComplaintCommand.Receive(ID, CUSTOMER, ALICE, register(), Optional.empty());
  }

  static Instant at(int minutes) {
    return T0.plus(Duration.ofMinutes(minutes));
  }

  /** Runs commands one minute apart, failing on any rejection; returns all events. */
  static List<ComplaintEvent> run(ComplaintWorkflow wf, List<ComplaintCommand> commands) {
    List<ComplaintEvent> events = new ArrayList<>();
    Optional<Complaint> state = Optional.empty();
    int minute = 0;
    for (ComplaintCommand c : commands) {
      Decision d = wf.decide(state, c, at(minute++));
      if (!d.accepted()) {
        throw new AssertionError("rejected " + c + ": " + d);
      }
      for (ComplaintEvent e : d.events()) {
        state = Optional.of(ComplaintWorkflow.evolve(state, e));
        events.add(e);
      }
    }
    return events;
  }
}
