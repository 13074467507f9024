/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.timely;

import io.github.cx4j.complaints.sla.ClockStatus;
import io.github.cx4j.complaints.sla.ComplaintClocks;
import io.github.cx4j.complaints.workflow.Classification;
import io.github.cx4j.complaints.workflow.Complaint;
import io.github.cx4j.complaints.workflow.ComplaintId;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/** Breach counts by complaint category. */
public final class Breaches {
  private Breaches() {}

  /**
   * Breached clocks per category, and per category and target.
   *
   * @param complaints the complaints by id (for their categories; unassessed ones count as {@code
   *     "unassessed"})
   * @param clocks their clocks
   * @return category to target to breached clocks, both in name order; categories without breaches
   *     are left out
   */
  public static Map<String, Map<String, Long>> byCategory(
      Map<ComplaintId, Complaint> complaints, Collection<ComplaintClocks> clocks) {
    Map<String, Map<String, Long>> out = new TreeMap<>();
    for (ComplaintClocks cc : clocks) {
      Complaint c = complaints.get(ComplaintId.of(cc.complaintId()));
      String category =
          c == null
              ? "unknown"
              : c.classification().map(Classification::category).orElse("unassessed");
      for (ClockStatus clock : cc.clocks()) {
        if (clock.status() == ClockStatus.Status.BREACHED) {
          out.computeIfAbsent(category, k -> new TreeMap<>()).merge(clock.target(), 1L, Long::sum);
        }
      }
    }
    return out;
  }
}
