/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.jdbc;

import io.github.cx4j.complaints.workflow.EventStore;
import io.github.cx4j.complaints.workflow.InMemoryEventStore;

/** The contract on the in-memory reference store. */
class InMemoryEventStoreContractTest extends EventStoreContract {
  @Override
  EventStore create() {
    return new InMemoryEventStore();
  }

  @Override
  String name() {
    return "InMemoryEventStore";
  }

  @Override
  String database() {
    return "memory";
  }
}
