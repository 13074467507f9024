/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.workflow;

import io.github.cx4j.core.CxValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;

/**
 * A thread-safe in-memory event store with optimistic concurrency: each complaint is a stream of
 * events, and {@link #append} succeeds only if the caller's expected version is the stream's
 * current version, so two writers who decided on the same state cannot both append. Re-appending
 * events already stored (a retry) changes nothing. For tests, examples and as the reference for a
 * database-backed store.
 */
public final class InMemoryEventStore {
  private final ConcurrentMap<ComplaintId, Stream> streams = new ConcurrentHashMap<>();

  /** An empty store. */
  public InMemoryEventStore() {}

  private static final class Stream {
    final List<ComplaintEvent> events = new ArrayList<>();
    @Nullable Complaint state;
  }

  /**
   * Appends events to a complaint's stream if its version is the expected one.
   *
   * @param complaintId the complaint
   * @param expectedVersion the version the caller's decision was based on (0 for a new complaint)
   * @param events the events, all of this complaint, versions {@code expectedVersion + 1} onwards
   * @return appended, already appended, or a conflict
   * @throws CxValidationException if the events belong to another complaint or their versions do
   *     not follow the expected version
   */
  public AppendResult append(
      ComplaintId complaintId, long expectedVersion, List<? extends ComplaintEvent> events) {
    Checks.present(complaintId, "InMemoryEventStore.complaintId");
    long v = expectedVersion;
    for (ComplaintEvent e : events) {
      if (!e.complaintId().equals(complaintId)) {
        throw CxValidationException.of(
            "InMemoryEventStore.events", "belong to " + complaintId, e.complaintId().value());
      }
      v++;
      if (e.version() != v) {
        throw CxValidationException.of("InMemoryEventStore.events.version", "be " + v, e.version());
      }
    }
    Stream stream = streams.computeIfAbsent(complaintId, k -> new Stream());
    synchronized (stream) {
      long current = stream.events.size();
      if (!events.isEmpty() && expectedVersion < current && alreadyStored(stream, events)) {
        return new AppendResult.AlreadyAppended(current);
      }
      if (current != expectedVersion) {
        return new AppendResult.Conflict(expectedVersion, current);
      }
      Complaint state = stream.state;
      for (ComplaintEvent e : events) {
        state =
            state == null
                ? ComplaintWorkflow.evolve(Optional.empty(), e)
                : ComplaintWorkflow.evolve(state, e);
      }
      stream.events.addAll(events);
      stream.state = state;
      return new AppendResult.Appended(stream.events.size());
    }
  }

  private static boolean alreadyStored(Stream stream, List<? extends ComplaintEvent> events) {
    for (ComplaintEvent e : events) {
      long index = e.version() - 1;
      if (index >= stream.events.size() || !stream.events.get((int) index).id().equals(e.id())) {
        return false;
      }
    }
    return true;
  }

  /**
   * The events of a complaint, in order.
   *
   * @param complaintId the complaint
   * @return a copy of its events; empty if unknown
   */
  public List<ComplaintEvent> events(ComplaintId complaintId) {
    Stream stream = streams.get(complaintId);
    if (stream == null) {
      return List.of();
    }
    synchronized (stream) {
      return List.copyOf(stream.events);
    }
  }

  /**
   * The current state of a complaint.
   *
   * @param complaintId the complaint
   * @return its state, or empty if it has no events
   */
  public Optional<Complaint> load(ComplaintId complaintId) {
    Stream stream = streams.get(complaintId);
    if (stream == null) {
      return Optional.empty();
    }
    synchronized (stream) {
      return Optional.ofNullable(stream.state);
    }
  }

  /**
   * The ids of all complaints with events.
   *
   * @return the ids, sorted
   */
  public List<ComplaintId> complaintIds() {
    List<ComplaintId> ids = new ArrayList<>(streams.keySet());
    ids.sort(null);
    return ids;
  }

  /**
   * Loads the complaint, decides the command with the workflow and appends the events, re-reading
   * and deciding again when another writer appended first (up to {@code maxAttempts} times).
   *
   * @param workflow the workflow
   * @param command the command
   * @param now the command's time
   * @param maxAttempts how often to try, at least 1
   * @return the decision that was appended, or the rejection
   * @throws CxValidationException if every attempt conflicted
   */
  public Decision execute(
      ComplaintWorkflow workflow, ComplaintCommand command, Instant now, int maxAttempts) {
    if (maxAttempts < 1) {
      throw CxValidationException.of(
          "InMemoryEventStore.maxAttempts", "be at least 1", maxAttempts);
    }
    for (int attempt = 0; attempt < maxAttempts; attempt++) {
      Optional<Complaint> state = load(command.complaintId());
      Decision decision = workflow.decide(state, command, now);
      if (!decision.accepted() || decision.events().isEmpty()) {
        return decision;
      }
      long expected = state.map(Complaint::version).orElse(0L);
      AppendResult result = append(command.complaintId(), expected, decision.events());
      if (!(result instanceof AppendResult.Conflict)) {
        return decision;
      }
    }
    throw CxValidationException.of(
        "InMemoryEventStore.execute",
        "succeed within " + maxAttempts + " attempts",
        command.complaintId().value());
  }
}
