/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.linking;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cx4j.complaints.workflow.ComplaintEvent;
import io.github.cx4j.complaints.workflow.ComplaintId;
import io.github.cx4j.complaints.workflow.ComplaintWorkflow;
import io.github.cx4j.complaints.workflow.Employee;
import io.github.cx4j.core.CxJson;
import io.github.cx4j.core.CxValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Splits a complaint's history in two, and joins a split back. */
public final class Splitting {
  private static final ObjectMapper JSON = CxJson.mapper();

  private Splitting() {}

  /**
   * Splits the chosen events off into a new complaint.
   *
   * @param history the source complaint's events, versions 1, 2, ...
   * @param moved ids of the events that belong to the new complaint; never the receipt
   * @param newId the new complaint's id
   * @param by who splits
   * @param at when; not before the last event
   * @return both histories, each a valid complaint
   * @throws CxValidationException if nothing or the receipt is moved, an id is not in the history,
   *     the new id is the source's, {@code at} precedes the last event, or either side would not be
   *     a valid complaint (the message names the side and the problem)
   */
  public static SplitResult split(
      List<ComplaintEvent> history, Set<UUID> moved, ComplaintId newId, Employee by, Instant at) {
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
    if (newId.equals(sourceId)) {
      throw CxValidationException.of("Splitting.newId", "differ from the source", newId.value());
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
    Instant last = history.get(history.size() - 1).at();
    if (at.isBefore(last)) {
      throw CxValidationException.of("Splitting.at", "not precede the last event at " + last, at);
    }
    List<ComplaintEvent> kept = new ArrayList<>();
    List<ComplaintEvent> taken = new ArrayList<>();
    List<UUID> movedIds = new ArrayList<>();
    List<Long> movedVersions = new ArrayList<>();
    ComplaintEvent.Received received = (ComplaintEvent.Received) first;
    taken.add(
        new ComplaintEvent.Received(
            ComplaintEvent.idFor(newId, 1, "split-of#" + sourceId.value()),
            newId,
            1,
            received.at(),
            received.customer(),
            received.receivedBy(),
            received.register(),
            Optional.empty()));
    for (ComplaintEvent e : history) {
      if (moved.contains(e.id())) {
        movedIds.add(e.id());
        movedVersions.add(e.version());
        taken.add(renumbered(e, newId, taken.size() + 1));
      } else {
        kept.add(renumbered(e, sourceId, kept.size() + 1));
      }
    }
    kept.add(
        new ComplaintEvent.SplitOff(
            ComplaintEvent.idFor(sourceId, kept.size() + 1, "split-off#" + newId.value()),
            sourceId,
            kept.size() + 1,
            at,
            by,
            newId,
            movedIds,
            movedVersions));
    taken.add(
        new ComplaintEvent.SplitFrom(
            ComplaintEvent.idFor(newId, taken.size() + 1, "split-from#" + sourceId.value()),
            newId,
            taken.size() + 1,
            at,
            by,
            sourceId));
    requireValid(kept, "the source " + sourceId.value());
    requireValid(taken, "the new complaint " + newId.value());
    return new SplitResult(kept, taken);
  }

  /**
   * Joins a split back: the original history, with its original versions and ids.
   *
   * @param split a result of {@link #split}
   * @return the history before the split
   * @throws CxValidationException if the source does not end with the split-off of this split
   */
  public static List<ComplaintEvent> rejoin(SplitResult split) {
    List<ComplaintEvent> source = split.source();
    List<ComplaintEvent> taken = split.split();
    if (source.isEmpty()
        || taken.size() < 2
        || !(source.get(source.size() - 1) instanceof ComplaintEvent.SplitOff off)
        || !off.into().equals(taken.get(0).complaintId())) {
      throw CxValidationException.of(
          "Splitting.rejoin", "get a source that ends with the split-off of the split", source);
    }
    ComplaintId sourceId = off.complaintId();
    List<ComplaintEvent> moved = taken.subList(1, taken.size() - 1);
    if (moved.size() != off.movedVersions().size()) {
      throw CxValidationException.of(
          "Splitting.rejoin",
          "get the " + off.movedVersions().size() + " moved events",
          moved.size());
    }
    int total = source.size() - 1 + moved.size();
    List<ComplaintEvent> out = new ArrayList<>(total);
    int k = 0;
    int m = 0;
    for (long v = 1; v <= total; v++) {
      if (m < moved.size() && off.movedVersions().get(m) == v) {
        out.add(renumbered(moved.get(m++), sourceId, v));
      } else {
        out.add(renumbered(source.get(k++), sourceId, v));
      }
    }
    return out;
  }

  /**
   * An event moved to a complaint at a version: same id, type and fields.
   *
   * @param e the event
   * @param id the complaint
   * @param version the version
   * @return the event, itself when nothing changes
   */
  static ComplaintEvent renumbered(ComplaintEvent e, ComplaintId id, long version) {
    if (e.complaintId().equals(id) && e.version() == version) {
      return e;
    }
    ObjectNode node = JSON.valueToTree(e);
    node.put("complaintId", id.value());
    node.put("version", version);
    try {
      return JSON.treeToValue(node, ComplaintEvent.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
      throw new IllegalStateException("cannot renumber " + e.getClass().getSimpleName(), ex);
    }
  }

  private static void requireValid(List<ComplaintEvent> events, String side) {
    try {
      ComplaintWorkflow.replay(events);
    } catch (CxValidationException e) {
      throw CxValidationException.withMessage(
          "Splitting.moved", "the split leaves " + side + " invalid: " + e.getMessage());
    }
  }
}
