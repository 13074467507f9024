/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.audit;

import io.github.cx4j.core.Labelled;

/** The standard questionnaires of an organisation audit, one per checklist of the course. */
public enum AuditKind implements Labelled {
  /** The CS system: MS, BS and VHS (source file 000). */
  CS_SYSTEM,
  /** The twelve steps to keep customers (source file 000). */
  RETENTION,
  /** The all-staff service inspection: five dimensions (source file 004). */
  STAFF_INSPECTION,
  /** The SERVICE principles (source file 004). */
  SERVICE_PRINCIPLES,
  /**
   * The procedural and personal sides of service, which give the service style (source file 002).
   */
  SERVICE_STYLE;

  @Override
  public String code() {
    return name();
  }
}
