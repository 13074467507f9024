/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.sla;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A complaint's SLA clocks at an instant: the latest clock of each target.
 *
 * @param complaintId the complaint
 * @param now the evaluation instant
 * @param clocks one per target, in the order the clocks started
 */
public record ComplaintClocks(String complaintId, Instant now, List<ClockStatus> clocks) {

  /**
   * An unmodifiable copy.
   *
   * @param complaintId complaint
   * @param now now
   * @param clocks clocks
   */
  public ComplaintClocks {
    clocks = List.copyOf(clocks);
  }

  /**
   * The clock of a target.
   *
   * @param target a metric code or a regulatory clock's name
   * @return the clock, if the policy gives the complaint that target
   */
  public Optional<ClockStatus> clock(String target) {
    return clocks.stream().filter(c -> c.target().equals(target)).findFirst();
  }
}
