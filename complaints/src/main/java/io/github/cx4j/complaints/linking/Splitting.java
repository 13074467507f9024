/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.linking;

import io.github.cx4j.complaints.workflow.Complaint;
import io.github.cx4j.complaints.workflow.ComplaintCommand;
import io.github.cx4j.complaints.workflow.ComplaintEvent;
import io.github.cx4j.complaints.workflow.ComplaintId;
import io.github.cx4j.complaints.workflow.ComplaintWorkflow;
import io.github.cx4j.complaints.workflow.Decision;
import io.github.cx4j.complaints.workflow.Employee;
import io.github.cx4j.core.CxValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

/**
 * Splits a complaint in two as workflow commands, and reads the events that belong to a complaint
 * after its splits and merges.
 *
 * <p>An event store is append-only, so a split rewrites nothing: the source records {@code
 * split-off} (naming the moved events by id and version) and keeps its history; the new complaint
 * starts with a copy of the source's receipt, then copies of the moved events (new ids, its own
 * versions, the original times and fields) and {@code split-from}. {@link #thread} is the view a
 * helpdesk shows: a complaint's own events without the ones split off, with the threads of the
 * complaints merged into it (Zendesk and Zammad show a merged ticket's comments on the target).
 */
public final class Splitting {
  private Splitting() {}

  /**
   * The commands of a split: the new complaint's {@link ComplaintCommand.ReceiveSplit} and the
   * source's {@link ComplaintCommand.Split}.
   *
   * @param history the source complaint's events, versions 1, 2, ...
   * @param moved ids of the events that belong to the new complaint; never the receipt
   * @param newId the new complaint's id
   * @param by who splits
   * @return the new complaint's command, then the source's
   * @throws CxValidationException if the history is empty, nothing or the receipt is moved, or an
   *     id is not an event of the history
   */
  public static List<ComplaintCommand> commands(
      List<ComplaintEvent> history, Set<UUID> moved, ComplaintId newId, Employee by) {
    if (history.isEmpty()) {
      throw CxValidationException.of("Splitting.history", "not be empty", "[]");
    }
    ComplaintEvent first = history.get(0);
    ComplaintId sourceId = first.complaintId();
    if (moved.isEmpty()) {
      throw CxValidationException.of("Splitting.moved", "name at least one event", "[]");
    }
    if (moved.contains(first.id())) {
      throw CxValidationException.of(
          "Splitting.moved", "not include the receipt (version 1) of " + sourceId, first.id());
    }
    Set<UUID> seen = new HashSet<>();
    for (ComplaintEvent e : history) {
      seen.add(e.id());
    }
    for (UUID id : moved) {
      if (!seen.contains(id)) {
        throw CxValidationException.of(
            "Splitting.moved", "be events of complaint " + sourceId.value(), id);
      }
    }
    List<ComplaintEvent> taken = new ArrayList<>();
    taken.add(first);
    List<UUID> ids = new ArrayList<>();
    List<Long> versions = new ArrayList<>();
    for (ComplaintEvent e : history) {
      if (moved.contains(e.id())) {
        taken.add(e);
        ids.add(e.id());
        versions.add(e.version());
      }
    }
    return List.of(
        new ComplaintCommand.ReceiveSplit(newId, by, sourceId, taken),
        new ComplaintCommand.Split(sourceId, by, newId, ids, versions));
  }

  /**
   * Decides both sides of a split. Append the new complaint's events first: if they are rejected,
   * the source is left alone (its decision is then the same rejection).
   *
   * @param workflow the workflow
   * @param history the source complaint's events
   * @param moved ids of the events that belong to the new complaint
   * @param newId the new complaint's id
   * @param by who splits
   * @param now when
   * @return the source's and the new complaint's decisions
   * @throws CxValidationException as {@link #commands}
   */
  public static SplitDecision decide(
      ComplaintWorkflow workflow,
      List<ComplaintEvent> history,
      Set<UUID> moved,
      ComplaintId newId,
      Employee by,
      Instant now) {
    List<ComplaintCommand> commands = commands(history, moved, newId, by);
    Decision split = workflow.decide(java.util.Optional.empty(), commands.get(0), now);
    if (!split.accepted()) {
      return new SplitDecision(split, split);
    }
    Complaint source = ComplaintWorkflow.replay(history).orElseThrow();
    return new SplitDecision(workflow.decide(source, commands.get(1), now), split);
  }

  /**
   * The events that belong to a complaint after its splits and merges: its own events except the
   * ones it split off, and for each complaint merged into it, that complaint's thread without its
   * receipt; the copies a split made stand for their originals. The linking events themselves
   * ({@code split-off}, {@code split-from}, {@code merged}, {@code merge-received}) are left out.
   *
   * @param id the complaint
   * @param load a complaint's stored events (empty if unknown), for example {@code store::load}
   * @return the events, in time order (ties in the order found)
   * @throws CxValidationException if a split-from names a source without the matching split-off
   */
  public static List<ComplaintEvent> thread(
      ComplaintId id, Function<ComplaintId, List<ComplaintEvent>> load) {
    List<ComplaintEvent> out = new ArrayList<>();
    collect(id, load, new HashSet<>(), out, false);
    List<ComplaintEvent> sorted = new ArrayList<>(out);
    sorted.sort((a, b) -> a.at().compareTo(b.at()));
    return sorted;
  }

  private static void collect(
      ComplaintId id,
      Function<ComplaintId, List<ComplaintEvent>> load,
      Set<ComplaintId> visited,
      List<ComplaintEvent> out,
      boolean withoutReceipt) {
    if (!visited.add(id)) {
      return;
    }
    List<ComplaintEvent> events = load.apply(id);
    Set<Long> movedAway = new HashSet<>();
    Map<Long, ComplaintEvent> originals = new TreeMap<>();
    long opening = 1;
    for (ComplaintEvent e : events) {
      if (e instanceof ComplaintEvent.SplitOff off) {
        movedAway.addAll(off.movedVersions());
      } else if (e instanceof ComplaintEvent.SplitFrom from) {
        originals.putAll(originalsOf(events, from, load));
        opening = from.version();
      }
    }
    for (ComplaintEvent e : events) {
      boolean openedBySplit =
          e.version() == 1 || (e.version() < opening && e instanceof ComplaintEvent.Acknowledged);
      if (withoutReceipt && openedBySplit) {
        continue;
      }
      if (movedAway.contains(e.version())
          || e instanceof ComplaintEvent.SplitOff
          || e instanceof ComplaintEvent.SplitFrom
          || e instanceof ComplaintEvent.Merged
          || e instanceof ComplaintEvent.MergeReceived) {
        if (e instanceof ComplaintEvent.MergeReceived m) {
          collect(m.from(), load, visited, out, true);
        }
        continue;
      }
      out.add(originals.getOrDefault(e.version(), e));
    }
  }

  /** The split-off complaint's copied versions to the source's original events. */
  private static Map<Long, ComplaintEvent> originalsOf(
      List<ComplaintEvent> copy,
      ComplaintEvent.SplitFrom from,
      Function<ComplaintId, List<ComplaintEvent>> load) {
    ComplaintId copyId = from.complaintId();
    List<ComplaintEvent> events = load.apply(from.from());
    for (ComplaintEvent e : events) {
      if (e instanceof ComplaintEvent.SplitOff off && off.into().equals(copyId)) {
        Map<Long, ComplaintEvent> byVersion = new TreeMap<>();
        for (ComplaintEvent o : events) {
          byVersion.put(o.version(), o);
        }
        // the copies follow the receipt in order; an acknowledgement among them is the split's own
        Map<Long, ComplaintEvent> out = new TreeMap<>();
        int i = 0;
        for (ComplaintEvent c : copy) {
          if (c.version() == 1 || c instanceof ComplaintEvent.Acknowledged) {
            continue;
          }
          if (c.version() >= from.version() || i >= off.movedVersions().size()) {
            break;
          }
          ComplaintEvent original = byVersion.get(off.movedVersions().get(i++));
          if (original != null) {
            out.put(c.version(), original);
          }
        }
        return out;
      }
    }
    throw CxValidationException.of(
        "Splitting.thread",
        "find the split-off into " + copyId.value() + " on complaint " + from.from().value(),
        from.from().value());
  }
}
