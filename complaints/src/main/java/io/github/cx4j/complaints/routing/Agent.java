/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.routing;

import io.github.cx4j.complaints.workflow.Employee;
import io.github.cx4j.core.CxValidationException;
import java.util.Set;

/**
 * An agent who can be assigned complaints.
 *
 * @param employee the employee
 * @param skills the categories the agent handles well
 * @param languages the languages the agent answers in; empty for any
 * @param capacity the most open complaints the agent takes, 1 or more
 */
public record Agent(Employee employee, Set<String> skills, Set<String> languages, int capacity) {

  /** Checks and copies the fields. */
  public Agent {
    if (employee == null) {
      throw CxValidationException.of("Agent.employee", "be present", "null");
    }
    skills = Set.copyOf(skills);
    languages = Set.copyOf(languages);
    if (capacity < 1) {
      throw CxValidationException.of(
          "Agent.capacity", "be at least 1 for " + employee.id(), capacity);
    }
  }

  /**
   * The agent's id.
   *
   * @return the employee id
   */
  public String id() {
    return employee.id();
  }
}
