/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.linking;

import io.github.cx4j.complaints.sla.ClockStatus;
import io.github.cx4j.complaints.sla.ComplaintClocks;
import io.github.cx4j.complaints.workflow.Complaint;
import io.github.cx4j.complaints.workflow.ComplaintCommand;
import io.github.cx4j.complaints.workflow.ComplaintWorkflow;
import io.github.cx4j.complaints.workflow.Decision;
import io.github.cx4j.complaints.workflow.Employee;
import io.github.cx4j.core.CxValidationException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Two-sided merges: the link on both complaints, and the source's open clocks moved. The target's
 * {@code merge-received} event carries the due instants of the source's running clocks; the SLA
 * mapping ({@code SlaInputs}) turns each into a moved deadline, and the clock engine gives the
 * target's clock of that target the smaller remaining time.
 */
public final class Merging {
  private Merging() {}

  /**
   * The decisions of both sides of merging {@code source} into {@code target}. Append the target's
   * events first: if they are rejected, the source stays open.
   *
   * @param workflow the workflow
   * @param source the complaint merged away
   * @param sourceClocks the source's clocks at {@code now}, if an SLA applies
   * @param target the surviving complaint
   * @param by who merges
   * @param now when
   * @return the source's and the target's decisions
   */
  public static MergeDecision merge(
      ComplaintWorkflow workflow,
      Complaint source,
      Optional<ComplaintClocks> sourceClocks,
      Complaint target,
      Employee by,
      Instant now) {
    if (source.id().equals(target.id())) {
      throw CxValidationException.of("Merging.target", "differ from the source", target.id());
    }
    Map<String, Instant> open = new TreeMap<>();
    if (sourceClocks.isPresent()) {
      for (ClockStatus c : sourceClocks.get().clocks()) {
        if (c.status() == ClockStatus.Status.RUNNING && c.due().isPresent()) {
          open.put(c.target(), c.due().get());
        }
      }
    }
    Decision t =
        workflow.decide(
            target,
            new ComplaintCommand.RecordMergeReceived(target.id(), by, source.id(), open),
            now);
    Decision s =
        workflow.decide(source, new ComplaintCommand.Merge(source.id(), by, target.id()), now);
    return new MergeDecision(s, t);
  }
}
