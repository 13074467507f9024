/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.kpi;

import io.github.cx4j.complaints.sla.ClockStatus;
import io.github.cx4j.complaints.sla.ComplaintClocks;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * SLA attainment per target: of the clocks that are decided (met, or breached whether still running
 * or stopped late), the share met, with a 95% Wilson (1927) score interval ({@link Rate}). Running
 * and paused clocks within their targets are not decided yet and are not counted.
 */
public final class SlaAttainment {
  private SlaAttainment() {}

  /**
   * Attainment per target over complaints' clocks.
   *
   * @param clocks the complaints' clocks (see {@link io.github.cx4j.complaints.sla.SlaMonitor})
   * @return per target name, in name order
   */
  public static Map<String, Rate> of(Collection<ComplaintClocks> clocks) {
    Map<String, long[]> counts = new TreeMap<>();
    for (ComplaintClocks c : clocks) {
      for (ClockStatus clock : c.clocks()) {
        long[] k = counts.computeIfAbsent(clock.target(), t -> new long[2]);
        if (clock.status() == ClockStatus.Status.MET) {
          k[0]++;
          k[1]++;
        } else if (clock.status() == ClockStatus.Status.BREACHED) {
          k[1]++;
        }
      }
    }
    Map<String, Rate> out = new TreeMap<>();
    counts.forEach((target, k) -> out.put(target, Rate.of(k[0], k[1])));
    return out;
  }
}
