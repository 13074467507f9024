/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.workflow;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where complaint event streams live: one stream per complaint, appended with optimistic
 * concurrency (the caller names the version its decision was based on), read back per complaint,
 * for many complaints at once, or all together in the order of a global position.
 *
 * <p>Contract every implementation keeps (and the shared test suites check):
 *
 * <ul>
 *   <li>{@link #append} is atomic: all of the given events become visible, or none.
 *   <li>A stream is gap-free: its versions are 1, 2, 3, ... A stale expected version gives {@link
 *       AppendResult.Conflict} and changes nothing.
 *   <li>Re-appending events whose ids are stored at the same versions (a retry after a lost
 *       acknowledgement) gives {@link AppendResult.AlreadyAppended} and changes nothing.
 *   <li>Every stored event has a global position, increasing in the order of appends; {@link
 *       #readAll} visits events in that order.
 * </ul>
 *
 * <p>Implementations: {@link InMemoryEventStore}; a JDBC store for H2 and PostgreSQL in {@code
 * cx4j-complaints-jdbc}. {@link CommandExecution} decides and appends a command against any store.
 * The design follows the optimistic-concurrency event store described by Greg Young, "CQRS
 * Documents" (2010), and Martin Fowler, "Event Sourcing" (2005).
 */
public interface EventStore {

  /**
   * Appends events to a complaint's stream if its version is the expected one.
   *
   * @param complaintId the complaint
   * @param expectedVersion the version the caller's decision was based on (0 for a new complaint)
   * @param events the events, all of this complaint, versions {@code expectedVersion + 1} onwards
   * @return appended, already appended, or a conflict
   * @throws io.github.cx4j.core.CxValidationException if the events belong to another complaint or
   *     their versions do not follow the expected version
   * @throws EventStoreException if the storage fails; nothing was appended
   */
  AppendResult append(
      ComplaintId complaintId, long expectedVersion, List<? extends ComplaintEvent> events);

  /**
   * The events of a complaint in version order.
   *
   * @param complaintId the complaint
   * @return its events; empty if unknown
   * @throws EventStoreException if the storage fails or a stored event cannot be read (the message
   *     names the complaint and the version)
   */
  List<ComplaintEvent> load(ComplaintId complaintId);

  /**
   * The events of many complaints, each in version order.
   *
   * @param complaintIds the complaints
   * @return the events by complaint, in the order of {@code complaintIds}; unknown complaints are
   *     left out
   * @throws EventStoreException as {@link #load}
   */
  Map<ComplaintId, List<ComplaintEvent>> loadMany(Collection<ComplaintId> complaintIds);

  /**
   * The current state of a complaint: the fold of its events.
   *
   * @param complaintId the complaint
   * @return its state, or empty if it has no events
   * @throws EventStoreException as {@link #load}
   */
  default Optional<Complaint> state(ComplaintId complaintId) {
    return ComplaintWorkflow.replay(load(complaintId));
  }

  /**
   * Visits every stored event with a position greater than {@code afterPosition}, in position
   * order. Rows that cannot be read as events are passed to {@link StoredEventVisitor#unreadable}
   * with what is known of them; reading goes on.
   *
   * @param afterPosition 0 for everything, or the last position a reader has seen
   * @param visitor receives the events
   * @return the last position visited, or {@code afterPosition} if there was nothing new
   * @throws EventStoreException if the storage fails
   */
  long readAll(long afterPosition, StoredEventVisitor visitor);

  /**
   * The ids of all complaints with events.
   *
   * @return the ids, sorted
   * @throws EventStoreException if the storage fails
   */
  List<ComplaintId> complaintIds();
}
