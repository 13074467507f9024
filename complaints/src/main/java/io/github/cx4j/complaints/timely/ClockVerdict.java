/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.timely;

import io.github.cx4j.complaints.sla.ClockStatus;
import java.time.Duration;
import java.util.Optional;

/**
 * How timely one SLA clock is.
 *
 * @param target the clock's target name
 * @param status the clock's status
 * @param used the counted time used of the target
 * @param share {@code used} over the target duration (above 1 once breached while running)
 * @param reached the highest warning level reached, if any
 * @param remainingToNext counted time until the next level not yet reached, while the clock runs
 */
public record ClockVerdict(
    String target,
    ClockStatus.Status status,
    Duration used,
    double share,
    Optional<WarningLevel> reached,
    Optional<Duration> remainingToNext) {

  /**
   * Whether the clock is within its target (not breached).
   *
   * @return true unless breached
   */
  public boolean timely() {
    return status != ClockStatus.Status.BREACHED;
  }

  /**
   * A one-line explanation, for example {@code FIRST_RESPONSE RUNNING: 80% of PT4H used}.
   *
   * @return the text
   */
  public String explain() {
    return target
        + " "
        + status
        + ": "
        + Math.round(share * 100)
        + "% of the target used ("
        + used
        + ")"
        + reached.map(w -> ", level " + w.level()).orElse("");
  }
}
