/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.workflow;

import io.github.cx4j.core.CxValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A thread-safe in-memory {@link EventStore}: each complaint is a stream of events, and {@link
 * #append} succeeds only if the caller's expected version is the stream's current version, so two
 * writers who decided on the same state cannot both append. Re-appending events already stored (a
 * retry) changes nothing. One lock orders all appends, so global positions follow append order. For
 * tests, examples and as the reference for database-backed stores.
 */
public final class InMemoryEventStore implements EventStore {
  private final Object lock = new Object();
  private final Map<ComplaintId, Stream> streams = new HashMap<>();
  private final List<ComplaintEvent> all = new ArrayList<>();

  /** An empty store. */
  public InMemoryEventStore() {}

  private static final class Stream {
    final List<ComplaintEvent> events = new ArrayList<>();
    @Nullable Complaint state;
  }

  @Override
  public AppendResult append(
      ComplaintId complaintId, long expectedVersion, List<? extends ComplaintEvent> events) {
    AppendChecks.require(complaintId, expectedVersion, events, "InMemoryEventStore");
    synchronized (lock) {
      Stream stream = streams.computeIfAbsent(complaintId, k -> new Stream());
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
      all.addAll(events);
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
   * The events of a complaint, in order; the same as {@link #load}.
   *
   * @param complaintId the complaint
   * @return a copy of its events; empty if unknown
   */
  public List<ComplaintEvent> events(ComplaintId complaintId) {
    return load(complaintId);
  }

  @Override
  public List<ComplaintEvent> load(ComplaintId complaintId) {
    synchronized (lock) {
      Stream stream = streams.get(complaintId);
      return stream == null ? List.of() : List.copyOf(stream.events);
    }
  }

  @Override
  public Map<ComplaintId, List<ComplaintEvent>> loadMany(Collection<ComplaintId> complaintIds) {
    Map<ComplaintId, List<ComplaintEvent>> out = new LinkedHashMap<>();
    synchronized (lock) {
      for (ComplaintId id : complaintIds) {
        Stream stream = streams.get(id);
        if (stream != null && !stream.events.isEmpty()) {
          out.put(id, List.copyOf(stream.events));
        }
      }
    }
    return out;
  }

  /**
   * The current state of a complaint, kept up to date by each append.
   *
   * @param complaintId the complaint
   * @return its state, or empty if it has no events
   */
  @Override
  public Optional<Complaint> state(ComplaintId complaintId) {
    synchronized (lock) {
      Stream stream = streams.get(complaintId);
      return stream == null ? Optional.empty() : Optional.ofNullable(stream.state);
    }
  }

  @Override
  public long readAll(long afterPosition, StoredEventVisitor visitor) {
    List<ComplaintEvent> snapshot;
    synchronized (lock) {
      int from = (int) Math.min(Math.max(afterPosition, 0), all.size());
      snapshot = List.copyOf(all.subList(from, all.size()));
    }
    long position = Math.max(afterPosition, 0);
    for (ComplaintEvent e : snapshot) {
      position++;
      visitor.event(position, e);
    }
    return snapshot.isEmpty() ? afterPosition : position;
  }

  @Override
  public List<ComplaintId> complaintIds() {
    List<ComplaintId> ids;
    synchronized (lock) {
      ids = new ArrayList<>(streams.keySet());
    }
    ids.removeIf(id -> load(id).isEmpty());
    ids.sort(null);
    return ids;
  }

  /**
   * Decides and appends a command with retries; see {@link CommandExecution#execute(EventStore,
   * ComplaintWorkflow, ComplaintCommand, Instant, int)}.
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
    return CommandExecution.execute(this, workflow, command, now, maxAttempts).decisionOrThrow();
  }
}
