/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.workflow;

import java.util.ArrayList;
import java.util.List;

/**
 * What a tolerant replay ({@link ComplaintReplay}) rebuilt and what it noticed.
 *
 * @param complaints every complaint with at least its first event applied, in order of first
 *     appearance
 * @param issues the issues, in the order found: unreadable and duplicate events as read, then per
 *     complaint the corrupt events and the cut
 * @param read the lines or rows read (events and unreadable ones)
 * @param applied the events applied to the states
 */
public record ReplayResult(
    List<ReplayedComplaint> complaints, List<ReplayIssue> issues, long read, long applied) {

  /**
   * Unmodifiable copies.
   *
   * @param complaints complaints
   * @param issues issues
   * @param read read
   * @param applied applied
   */
  public ReplayResult {
    complaints = List.copyOf(complaints);
    issues = List.copyOf(issues);
  }

  /**
   * The states of the complaints whose streams were read to the end, for measures (KPIs, SLA
   * attainment) that must not count a stale state as final.
   *
   * @return the complete complaints' states
   */
  public List<Complaint> complete() {
    List<Complaint> out = new ArrayList<>();
    for (ReplayedComplaint c : complaints) {
      if (!c.incomplete()) {
        out.add(c.state());
      }
    }
    return out;
  }

  /**
   * The number of incomplete complaints: those whose stream was cut, including those of which not
   * even the first event could be applied (and that are therefore not in {@link #complaints()}).
   *
   * @return the count
   */
  public long incomplete() {
    return issues.stream().filter(i -> i.kind() == ReplayIssue.Kind.CUT).count();
  }

  /**
   * Whether something other than a dropped retry was found.
   *
   * @return true if any issue is corrupt or a cut
   */
  public boolean hasProblems() {
    return issues.stream().anyMatch(i -> !i.note());
  }
}
