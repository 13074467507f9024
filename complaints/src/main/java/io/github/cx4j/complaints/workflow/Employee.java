/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.workflow;

/**
 * An employee who acts on a complaint, with the department that employs them. Departments matter
 * for the hand-over rules of first-question responsibility (course file "All-Staff Service"): a
 * complaint that returns to a department it already left has bounced.
 *
 * @param id the employee's identifier in the caller's system
 * @param department the department's identifier
 */
public record Employee(String id, String department) {

  /** Checks that both texts are non-blank. */
  public Employee {
    Checks.text(id, "Employee.id");
    Checks.text(department, "Employee.department");
  }

  /**
   * An employee.
   *
   * @param id the employee id
   * @param department the department
   * @return the employee
   */
  public static Employee of(String id, String department) {
    return new Employee(id, department);
  }
}
