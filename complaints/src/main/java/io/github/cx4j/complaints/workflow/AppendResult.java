/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.workflow;

/**
 * The outcome of {@link EventStore#append}: appended, a duplicate of events already stored (nothing
 * changed), or a conflict with a concurrent writer (nothing changed; re-read and decide again).
 */
public sealed interface AppendResult {

  /**
   * The stream's version after the call.
   *
   * @return the version
   */
  long version();

  /**
   * The events were appended.
   *
   * @param version the stream's new version
   */
  record Appended(long version) implements AppendResult {}

  /**
   * All the events were stored before (same ids, same versions): nothing changed.
   *
   * @param version the stream's version
   */
  record AlreadyAppended(long version) implements AppendResult {}

  /**
   * Another writer appended first: the expected version is not the stream's version.
   *
   * @param expected the version the caller expected
   * @param version the stream's actual version
   */
  record Conflict(long expected, long version) implements AppendResult {}
}
