/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.linking;

import io.github.cx4j.complaints.sla.ClockStatus;
import io.github.cx4j.complaints.sla.ComplaintClocks;
import io.github.cx4j.complaints.workflow.Complaint;
import io.github.cx4j.complaints.workflow.ComplaintCommand;
import io.github.cx4j.complaints.workflow.ComplaintEvent;
import io.github.cx4j.complaints.workflow.ComplaintWorkflow;
import io.github.cx4j.complaints.workflow.Decision;
import io.github.cx4j.complaints.workflow.Employee;
import io.github.cx4j.core.CxValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Two-sided merges: the link on both complaints, and the source's open clocks moved. */
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

  /**
   * The target's clocks with the moved clocks of the complaints merged into it: a running clock
   * whose moved counterpart is due earlier takes the earlier due instant (and the remaining time
   * shrinks by the difference, in calendar time).
   *
   * @param target the target's clocks
   * @param targetHistory the target's events, holding its {@code merge-received} events
   * @return the clocks
   */
  public static ComplaintClocks movedClocks(
      ComplaintClocks target, List<? extends ComplaintEvent> targetHistory) {
    Map<String, Instant> earliest = new TreeMap<>();
    for (ComplaintEvent e : targetHistory) {
      if (e instanceof ComplaintEvent.MergeReceived m) {
        m.openClocks().forEach((k, v) -> earliest.merge(k, v, (a, b) -> a.isBefore(b) ? a : b));
      }
    }
    if (earliest.isEmpty()) {
      return target;
    }
    List<ClockStatus> out = new ArrayList<>(target.clocks().size());
    for (ClockStatus c : target.clocks()) {
      Instant moved = earliest.get(c.target());
      if (moved != null
          && c.status() == ClockStatus.Status.RUNNING
          && c.due().isPresent()
          && moved.isBefore(c.due().get())) {
        Duration earlier = Duration.between(moved, c.due().get());
        Duration remaining = c.remaining().minus(earlier);
        boolean breached = !moved.isAfter(target.now());
        out.add(
            new ClockStatus(
                c.target(),
                c.metric(),
                c.cycle(),
                breached ? ClockStatus.Status.BREACHED : ClockStatus.Status.RUNNING,
                Optional.of(moved),
                remaining.isNegative() || breached ? Duration.ZERO : remaining,
                c.targetDuration(),
                c.basis()));
      } else {
        out.add(c);
      }
    }
    return new ComplaintClocks(target.complaintId(), target.now(), out);
  }
}
