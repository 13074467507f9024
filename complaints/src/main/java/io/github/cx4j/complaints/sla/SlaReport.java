/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.sla;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * All clocks of a complaint at an instant, per cycle.
 *
 * @param complaintId the complaint
 * @param policyId the policy
 * @param now the evaluation instant
 * @param cycles the cycles, in order
 */
public record SlaReport(String complaintId, String policyId, Instant now, List<Cycle> cycles) {

  /**
   * An unmodifiable copy.
   *
   * @param complaintId c
   * @param policyId p
   * @param now n
   * @param cycles c
   */
  public SlaReport {
    cycles = List.copyOf(cycles);
  }

  /**
   * A cycle: the first starts at creation, each reopen starts another.
   *
   * @param number 1, 2, ...
   * @param startedAt when it started
   * @param reopen how it was reopened; empty for the first
   * @param clocks the clocks started in this cycle
   */
  public record Cycle(
      int number, Instant startedAt, Optional<ReopenMode> reopen, List<SlaClock> clocks) {

    /**
     * An unmodifiable copy.
     *
     * @param number n
     * @param startedAt s
     * @param reopen r
     * @param clocks c
     */
    public Cycle {
      clocks = List.copyOf(clocks);
    }
  }

  /**
   * Every clock of every cycle, in start order.
   *
   * @return the clocks
   */
  public List<SlaClock> clocks() {
    List<SlaClock> out = new ArrayList<>();
    cycles.forEach(c -> out.addAll(c.clocks()));
    return out;
  }

  /**
   * The latest clock with a name (a metric code such as {@code "RESOLUTION"} or a regulatory
   * clock's name).
   *
   * @param name the name
   * @return the clock, if there is one
   */
  public Optional<SlaClock> latest(String name) {
    SlaClock found = null;
    for (SlaClock clock : clocks()) {
      if (clock.name().equals(name)) {
        found = clock;
      }
    }
    return Optional.ofNullable(found);
  }
}
