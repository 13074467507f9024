/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.workflow;

import java.util.List;

/**
 * The answer of {@link ComplaintWorkflow#decide}: either the events to append (possibly none) or a
 * rejection with its reason. Business rules never throw.
 */
public sealed interface Decision {

  /**
   * Whether the command was accepted.
   *
   * @return true for {@link Accepted}
   */
  boolean accepted();

  /**
   * The events to append; empty for a rejection.
   *
   * @return the events, in order
   */
  List<ComplaintEvent> events();

  /**
   * The command was accepted.
   *
   * @param events the events it produced, in order, with consecutive versions
   */
  record Accepted(List<ComplaintEvent> events) implements Decision {
    /** Copies the list. */
    public Accepted {
      events = List.copyOf(events);
    }

    @Override
    public boolean accepted() {
      return true;
    }
  }

  /**
   * The command was rejected by a business rule.
   *
   * @param reason the rule that rejected it
   * @param message a sentence saying why, naming the values involved
   */
  record Rejected(RejectionReason reason, String message) implements Decision {
    /** Checks the fields. */
    public Rejected {
      Checks.present(reason, "Decision.Rejected.reason");
      Checks.text(message, "Decision.Rejected.message");
    }

    @Override
    public boolean accepted() {
      return false;
    }

    @Override
    public List<ComplaintEvent> events() {
      return List.of();
    }
  }
}
