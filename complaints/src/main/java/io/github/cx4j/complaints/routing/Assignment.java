/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.routing;

import io.github.cx4j.complaints.workflow.ComplaintCommand;
import io.github.cx4j.complaints.workflow.ComplaintId;
import io.github.cx4j.complaints.workflow.Employee;
import java.util.Optional;

/**
 * Where routing put a complaint.
 *
 * @param complaintId the complaint
 * @param queue the queue, empty if no queue takes it
 * @param agent the agent, empty if no member has capacity (it waits in the queue)
 * @param rule the strategy that picked the agent, in lower case with dashes
 */
public record Assignment(
    ComplaintId complaintId, Optional<String> queue, Optional<Employee> agent, String rule) {

  /**
   * The workflow command that records the assignment.
   *
   * @return the command, when an agent was picked
   */
  public Optional<ComplaintCommand> command() {
    if (queue.isEmpty() || agent.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ComplaintCommand.Route(complaintId, queue.get(), agent.get(), rule));
  }
}
