/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.workflow;

import java.util.List;

/**
 * One complaint as a tolerant replay rebuilt it.
 *
 * @param state the fold of the events that could be applied, in version order
 * @param incomplete whether the stream was cut (a missing, unreadable or corrupt version): the
 *     state is then the state at {@code state.version()}, not the final one
 * @param storedVersions the number of distinct versions read for the complaint, applied or not
 * @param events the events applied, in version order (versions 1 to {@code state.version()})
 */
public record ReplayedComplaint(
    Complaint state, boolean incomplete, long storedVersions, List<ComplaintEvent> events) {

  /**
   * Checks the state.
   *
   * @param state state
   * @param incomplete incomplete
   * @param storedVersions stored versions
   * @param events events
   */
  public ReplayedComplaint {
    Checks.present(state, "ReplayedComplaint.state");
    events = List.copyOf(events);
  }
}
