/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.sla;

import io.github.cx4j.core.Labelled;

/** What an official schedule declares about a date. */
public enum OfficialDayKind implements Labelled {
  /** A day off (法定节假日或调休放假日). */
  HOLIDAY,
  /** A working day that would otherwise be a weekend day (调休上班日). */
  WORKING_DAY;

  @Override
  public String code() {
    return name();
  }
}
