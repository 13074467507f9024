/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.audit;

import io.github.cx4j.core.Labelled;

/** The standard questionnaires of an organisation audit, one per checklist of the course. */
public enum AuditKind implements Labelled {
  /** The CS system: MS, BS and VHS (course file "CS Theory and Keeping Customers"). */
  CS_SYSTEM,
  /** The twelve steps to keep customers (course file "CS Theory and Keeping Customers"). */
  RETENTION,
  /** The all-staff service inspection: five dimensions (course file "All-Staff Service"). */
  STAFF_INSPECTION,
  /** The SERVICE principles (course file "All-Staff Service"). */
  SERVICE_PRINCIPLES,
  /**
   * The procedural and personal sides of service, which give the service style (course file
   * "Understanding Customer Service").
   */
  SERVICE_STYLE;

  @Override
  public String code() {
    return name();
  }
}
