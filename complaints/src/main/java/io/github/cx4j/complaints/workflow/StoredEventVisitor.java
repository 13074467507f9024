/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.workflow;

/**
 * Receives the events of {@link EventStore#readAll} in position order, and the rows that could not
 * be read as events.
 */
public interface StoredEventVisitor {

  /**
   * A stored event.
   *
   * @param position its global position
   * @param event the event
   */
  void event(long position, ComplaintEvent event);

  /**
   * A stored row that is not a valid event (corrupt JSON, an unknown type, a field that breaks a
   * rule). The default ignores it.
   *
   * @param position its global position
   * @param complaintId the complaint id column of the row
   * @param version the version column of the row
   * @param problem what is wrong, naming the offending property where known
   */
  default void unreadable(long position, String complaintId, long version, String problem) {}
}
