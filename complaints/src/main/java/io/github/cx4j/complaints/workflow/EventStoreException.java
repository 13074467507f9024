/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.workflow;

/**
 * The storage behind an {@link EventStore} failed (a lost connection, a rolled-back transaction) or
 * holds a row that is not a valid event. An append that throws this changed nothing.
 */
public final class EventStoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception with a message and its cause.
   *
   * @param message what failed, naming the complaint and version where known
   * @param cause the underlying error
   */
  public EventStoreException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * An exception with a message.
   *
   * @param message what failed
   */
  public EventStoreException(String message) {
    super(message);
  }
}
