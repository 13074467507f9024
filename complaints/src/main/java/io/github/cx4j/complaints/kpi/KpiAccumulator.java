/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.kpi;

import io.github.cx4j.complaints.workflow.Complaint;
import java.util.ArrayList;
import java.util.List;

/**
 * A mergeable accumulator of complaints for {@link ComplaintKpis}: add complaints, merge partial
 * accumulators from other threads or partitions in any order, and compute the report at the end.
 * First-contact resolution and exact percentiles need every complaint, so the accumulator keeps
 * them; the report does not depend on the order of adding or merging. Not thread-safe: use one per
 * thread and merge.
 */
public final class KpiAccumulator {
  private final List<Complaint> complaints = new ArrayList<>();

  /** An empty accumulator. */
  public KpiAccumulator() {}

  /**
   * Adds a complaint.
   *
   * @param complaint the complaint's state
   * @return this accumulator
   */
  public KpiAccumulator add(Complaint complaint) {
    complaints.add(complaint);
    return this;
  }

  /**
   * Adds everything another accumulator holds.
   *
   * @param other the other accumulator
   * @return this accumulator
   */
  public KpiAccumulator merge(KpiAccumulator other) {
    complaints.addAll(other.complaints);
    return this;
  }

  /**
   * The number of complaints added.
   *
   * @return the count
   */
  public int size() {
    return complaints.size();
  }

  /**
   * The report over everything added.
   *
   * @param options the options
   * @return the report
   */
  public KpiReport result(KpiOptions options) {
    return ComplaintKpis.of(complaints, options);
  }
}
